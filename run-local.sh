#!/usr/bin/env bash
# Builds Sparring and runs the whole platform on this machine, without Docker:
# a KRaft Kafka broker, Redis and the three services (gateway on http://localhost:8080).
# Needs only Java 17+ and Maven. State and logs go to target/local-platform/. Ctrl-C stops everything.
#
#   ./run-local.sh                        build, then start everything
#   ./run-local.sh --skip-build           start from the last build
#   ./run-local.sh --infrastructure-only  only Kafka and Redis, for services run from an IDE
#   ./run-local.sh --fresh                wipe Kafka's and Redis' data first
#   ./run-local.sh --help                 all options, including the port variables
set -euo pipefail
cd "$(dirname "$0")"

build=true
launcher_args=()
for arg in "$@"; do
  case "$arg" in
    --skip-build) build=false ;;
    *) launcher_args+=("$arg") ;;
  esac
done

if [[ "$build" == true ]]; then
  echo "Building Sparring (mvn -B -q -DskipTests install); the first build downloads dependencies and takes a few minutes..."
  mvn -B -q -DskipTests install
fi

classpath_file=local-platform/target/classpath.txt
if [[ ! -f "$classpath_file" ]]; then
  echo "Missing $classpath_file: run without --skip-build once." >&2
  exit 1
fi

# the same Java Maven built with: JAVA_HOME's when set, otherwise the one on the PATH
java="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java="$JAVA_HOME/bin/java"
fi

# exec: the JVM replaces this shell, so Ctrl-C and SIGTERM reach it directly and its shutdown hook
# stops the services, Kafka and Redis in that order.
exec "$java" -cp "local-platform/target/classes:$(cat "$classpath_file")" dev.sparring.local.LocalPlatform ${launcher_args[@]+"${launcher_args[@]}"}
