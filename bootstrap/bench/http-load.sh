#!/usr/bin/env bash
# HTTP load on loopback against the embedded default: GET /api/customers/{id} and POST /api/customers.
# Needs wrk (Debian package `wrk`). Usage: bootstrap/bench/http-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/java-home.sh
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

seconds=${1:-20}
connections=${2:-16}
port=${BENCH_PORT:-5099}
jar=bootstrap/target/mini-crm.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package

log=$(mktemp)
PORT=$port java -Xmx2g -jar "$jar" > "$log" 2>&1 &
service=$!
trap 'kill $service 2> /dev/null; rm -f "$log" /tmp/minicrm-post.lua' EXIT
until curl -fs "http://127.0.0.1:$port/health" > /dev/null; do sleep 0.2; done

id=$(curl -fs -H 'Content-Type: application/json' -d '{"email":"load@example.com","name":"Load Test","city":"Pune"}' \
    "http://127.0.0.1:$port/api/customers" | sed -E 's/.*"id":"([^"]+)".*/\1/')

echo "== GET /api/customers/{id}, ${seconds}s, ${connections} connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/customers/$id" | grep -E 'Requests/sec|99%|Non-2xx'

# Each POST upserts one of 10,000 addresses, so the run measures creates and then updates.
cat > /tmp/minicrm-post.lua <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"email":"load%d@example.com","name":"Load %d","city":"Pune"}', counter % 10000, counter)
  return wrk.format("POST", "/api/customers", {["Content-Type"] = "application/json"}, body)
end
LUA
echo "== POST /api/customers, ${seconds}s, ${connections} connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s /tmp/minicrm-post.lua "http://127.0.0.1:$port/api/customers" \
    | grep -E 'Requests/sec|99%|Non-2xx'
