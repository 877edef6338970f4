#!/usr/bin/env bash
# Sign-in's cost on an authenticated read: GET /api/customers/{id} in local mode (no credential checked), with the
# session cookie of an OpenID Connect sign-in (mock-oauth2-server as the provider, in its own JVM) and with an API
# token, interleaved on one machine. Needs wrk (Debian package `wrk`) and bootstrap/target/mini-crm.jar.
# Usage: bootstrap/bench/session-load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/java-home.sh
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
seconds=${1:-15}
connections=${2:-16}
jar=bootstrap/target/mini-crm.jar
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2> /dev/null; rm -rf "$work"' EXIT

./mvnw -B -q dependency:build-classpath -pl adapter-http -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp"
provider_cp=$(tr ':' '\n' < "$work/cp" | grep -v minicrm | paste -sd:)
SERVER_PORT=5190 JSON_CONFIG='{"interactiveLogin":false,"httpServer":"NettyWrapper","tokenCallbacks":[{"issuerId":"bench","requestMappings":[{"requestParam":"grant_type","match":"*","claims":{"sub":"bench-user","email":"bench@example.com","name":"Bench","aud":["crm"]}}]}]}' \
    java -cp "$provider_cp" no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt > "$work/provider.log" 2>&1 &
pids+=($!)
until curl -fs localhost:5190/bench/.well-known/openid-configuration > /dev/null; do sleep 0.5; done

CRM_STORAGE=memory PORT=5101 java -Xmx1g -jar "$jar" > "$work/local.log" 2>&1 &
pids+=($!)
CRM_STORAGE=memory PORT=5102 CRM_OIDC_ISSUER=http://localhost:5190/bench CRM_OIDC_CLIENT_ID=crm \
    CRM_OIDC_CLIENT_SECRET=bench CRM_SESSION_SECRET=$(head -c 48 /dev/urandom | base64) \
    java -Xmx1g -jar "$jar" > "$work/signed-in.log" 2>&1 &
pids+=($!)
until curl -fs localhost:5101/health > /dev/null && curl -fs localhost:5102/health > /dev/null; do sleep 0.5; done

# The browser's code flow with PKCE, followed by curl; the provider signs in without a form.
cookies="$work/cookies"
authorize=$(curl -s -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' localhost:5102/oauth/login/oidc)
callback=$(curl -s -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' "$authorize")
curl -s -c "$cookies" -b "$cookies" -o /dev/null "$callback"
session="Cookie: JWT=$(awk '$6 == "JWT" {print $7}' "$cookies")"
csrf="X-CSRF-Token: $(curl -fs localhost:5102/api/me -H "$session" | sed -E 's/.*"csrfToken":"([^"]+)".*/\1/')"
json='Content-Type: application/json'
signed_id=$(curl -fs localhost:5102/api/customers -H "$session" -H "$csrf" -H "$json" -d '{"email":"c@example.com"}' \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
token="Authorization: Bearer $(curl -fs localhost:5102/api/tokens -H "$session" -H "$csrf" -H "$json" \
    -d '{"name":"bench","role":"viewer"}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')"
local_id=$(curl -fs localhost:5101/api/customers -H "$json" -d '{"email":"c@example.com"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')

run() {
    echo "== $1"
    shift
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | grep -E 'Requests/sec|  50%|  99%|Non-2xx'
}
wrk -t2 -c"$connections" -d5s "http://localhost:5101/api/customers/$local_id" > /dev/null
wrk -t2 -c"$connections" -d5s -H "$session" "http://localhost:5102/api/customers/$signed_id" > /dev/null
run "local mode: no credential checked" "http://localhost:5101/api/customers/$local_id"
run "session cookie: JWT verified, membership read" -H "$session" "http://localhost:5102/api/customers/$signed_id"
run "API token" -H "$token" "http://localhost:5102/api/customers/$signed_id"
run "local mode again" "http://localhost:5101/api/customers/$local_id"
run "session cookie again" -H "$session" "http://localhost:5102/api/customers/$signed_id"
