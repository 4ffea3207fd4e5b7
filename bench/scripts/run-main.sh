#!/usr/bin/env bash
# Runs a class of the bench module (a JMH runner or a load run) on a JDK 21+, building the module first.
#   bench/scripts/run-main.sh org.openjdk.jmh.Main 'ParseBenchmark' -f 1 -wi 3 -i 5
#   bench/scripts/run-main.sh io.mentorfeed.bench.SomeLoadRun --feeds 10000
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/scripts/find-jdk.sh"
mentorfeed_find_jdk
cd "$root"
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests -pl bench -am package   # bench/run builds once itself
main=$1
shift
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$main" "$@"
