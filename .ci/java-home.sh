# Sourced by .ci/run and usable by hand (`source .ci/java-home.sh`): points JAVA_HOME at a JDK 21 or newer.
# Keeps a JAVA_HOME that is already new enough; otherwise takes the newest JDK under /usr/lib/jvm.

java_feature_version() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_feature_version "$JAVA_HOME")" -lt 21 ]; then
    JAVA_HOME=""
    for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        candidate="${candidate%/}"
        if [ -x "$candidate/bin/java" ] && [ "$(java_feature_version "$candidate")" -ge 21 ]; then
            JAVA_HOME="$candidate"
            break
        fi
    done
    if [ -z "$JAVA_HOME" ]; then
        echo "Mini CRM needs a JDK 21 or newer: set JAVA_HOME to one." >&2
        return 1 2>/dev/null || exit 1
    fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
