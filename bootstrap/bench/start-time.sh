#!/usr/bin/env bash
# The service's start by ./crm itself, on embedded storage holding a million customers and a campaign's million
# deliveries. For each start: whether ./crm found its ahead-of-time cache (the build writes one; ./crm drops one older
# than the jar or bootstrap/jvm.args, and a start that finds none records one and writes it when it stops), the wall
# time from running ./crm until GET /health answers 200, the time the service reports ("Startup completed in"), the
# time it took to read the storage file, and the JVM's CPU time until /health answered, which a busy machine inflates
# less than the wall time. Then what a user looks at first: the web app's dashboard and the first page of customers,
# newest first (both are cut from what the start reads, each customer's keys and creation time); then a preview of the
# benchmarks' six-condition audience over the million, which needs every customer read in full (a thread does that
# once the service answers, and the preview shares its work), and another of a rule differing by one number, so that
# no cached count answers it.
# The first start follows dropping the data file, the jar and the cache from the page cache (cold-ish); the others
# find them cached (warm).
# The data directory is written once (about a minute) and reused; delete it to write it again. Builds nothing: needs
#   ./mvnw -B -q -Pbench -DskipTests -pl bootstrap,crm-application/embedded-store -am package
# which makes bootstrap/target/mini-crm.jar, its ahead-of-time cache, and the embedded store's benchmark classes that
# write the data (./crm would build the jar again, without them, were a source newer).
# Usage: bootstrap/bench/start-time.sh [starts, default 5] [data directory, default bootstrap/target/start-time-data]
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/java-home.sh
starts=${1:-5}
data=${2:-bootstrap/target/start-time-data}
jar=bootstrap/target/mini-crm.jar
cache=bootstrap/target/mini-crm.aot
port=5193
work=$(mktemp -d)
service=""
trap '[ -n "$service" ] && kill $service 2> /dev/null; rm -rf "$work"' EXIT

if [ ! -f "$data/mini-crm-embedded.mv.db" ]; then
    echo "Writing a million customers and a million deliveries into $data ..." >&2
    java -cp "$jar:crm-application/embedded-store/target/test-classes:crm-application/target/test-classes" \
        io.minicrm.adapter.embedded.MillionRowFile "$data"
fi
ls -l "$data" >&2

printf '| start | ahead-of-time cache | until /health answers 200 | Startup completed in | storage read in |'
printf ' CPU time until then | dashboard | customers page | a preview | another | load average (1 min) |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
ticks=$(getconf CLK_TCK)
# The rule of MillionCustomers.sixConditionAudience; the second preview asks it with 501 for 500.
rule='total_spend > SPEND and (order_count < 3 or last_order_at more than 90 days ago) and city in (\"Pune\", \"Mumbai\", \"Delhi\") and not tags has any (\"churned\") and created_at within the last 365 days'
milliseconds() {
    curl -sf -o /dev/null -w '%{time_total}' "$@" | awk '{ printf "%d ms", $1 * 1000 }'
}
preview() {
    milliseconds -H 'Content-Type: application/json' -d "{\"rule\":\"${rule/SPEND/$1}\"}" \
        "http://localhost:$port/api/segment-rules/preview"
}
for run in $(seq 1 "$starts"); do
    if [ "$run" = 1 ]; then
        for file in "$data"/* "$jar" "$cache"; do
            if [ -f "$file" ]; then dd if="$file" iflag=nocache count=0 status=none; fi
        done
        label="1 (cold-ish)"
    else
        label="$run (warm)"
    fi
    # What ./crm will find: it drops a cache older than the jar or the JVM's options.
    classes=$([ -f "$cache" ] && [ "$cache" -nt "$jar" ] && [ "$cache" -nt bootstrap/jvm.args ] && echo used || echo recorded)
    load=$(cut -d' ' -f1 /proc/loadavg)
    launched=$(date +%s%N)
    CRM_STORAGE=embedded CRM_DATA_DIR="$data" PORT=$port ./crm > "$work/service.log" 2>&1 &
    service=$!
    until curl -sf -o /dev/null "http://localhost:$port/health"; do
        if ! kill -0 $service 2> /dev/null; then
            cat "$work/service.log" >&2
            exit 1
        fi
        sleep 0.05
    done
    answered=$(date +%s%N)
    # User and system time of the JVM: less at the mercy of other processes on a shared machine than the wall time.
    cpu=$(awk -v ticks="$ticks" '{ printf "%.1f", ($14 + $15) / ticks }' /proc/$service/stat)
    dashboard=$(milliseconds "http://localhost:$port/")
    page=$(milliseconds "http://localhost:$port/api/customers")
    first=$(preview 500)
    second=$(preview 501)
    reported=$(grep -o 'Startup completed in [0-9]*ms' "$work/service.log" | grep -o '[0-9]*' || echo '?')
    read=$(grep -o 'read in [0-9]* ms' "$work/service.log" | grep -o '[0-9]*' || echo '?')
    # A stop as a user's Ctrl-C makes it, so the next start opens a file closed cleanly.
    kill $service
    wait $service || true
    service=""
    printf '| %s | %s | %d ms | %s ms | %s ms | %s s | %s | %s | %s | %s | %s |\n' "$label" "$classes" \
        $(((answered - launched) / 1000000)) "$reported" "$read" "$cpu" "$dashboard" "$page" "$first" "$second" "$load"
done
