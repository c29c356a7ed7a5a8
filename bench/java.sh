# Sourced by the bench scripts: sets $java to a JDK 21 or newer: $JAVA, then $JAVA_HOME, then
# java on the PATH, then /usr/lib/jvm/*.
java=""
for candidate in "${JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" \
    /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major="$("$candidate" -XshowSettings:properties -version 2>&1 |
        awk -F'= ' '/java.specification.version/ { print $2 }')"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then java="$candidate" && break; fi
done
[ -n "$java" ] || { echo "bench: no JDK 21 or newer found; set JAVA" >&2; exit 1; }
