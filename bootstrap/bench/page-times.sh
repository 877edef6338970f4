#!/usr/bin/env bash
# The web app's pages as a browser asks for them: the service starts on the demo data in memory (local mode), and each
# page is fetched 5 times to warm up, then 20 times; prints the median and the slowest round trip on loopback.
# Needs bootstrap/target/mini-crm.jar (./mvnw -B -DskipTests package).
# Usage: bootstrap/bench/page-times.sh [port]
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/java-home.sh
port=${1:-5191}
base="http://localhost:$port"
work=$(mktemp -d)
CRM_STORAGE=memory PORT=$port java -jar bootstrap/target/mini-crm.jar --demo > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2> /dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "$base/health" && break; sleep 1; done

first_id() {
    curl -s "$base$1?size=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])'
}
customer=$(first_id /api/customers)
segment=$(first_id /api/segment-rules)
campaign=$(first_id /api/campaigns)

fetch() {
    curl -s -o /dev/null -w "%{time_total}\n" -H 'Accept: text/html' "$base$1"
}
printf '| page | median | slowest of 20 |\n|---|---|---|\n'
for page in / /customers "/customers?sort=total_spend" "/customers/$customer" /customers/new /customers/import /orders \
    /segments /segments/new "/segments/$segment" /campaigns /campaigns/new "/campaigns/$campaign" /settings; do
    for _ in $(seq 1 5); do fetch "$page" > /dev/null; done
    label=${page/$customer/\{id\}}
    label=${label/$segment/\{id\}}
    label=${label/$campaign/\{id\}}
    for _ in $(seq 1 20); do fetch "$page"; done | sort -n |
        awk -v page="$label" '{ t[NR] = $1 * 1000 } END { printf "| `%s` | %.1f ms | %.1f ms |\n", page, t[10], t[20] }'
done
