# The JVM flags every run of the mentorfeed jar gets (./mentorfeed, bench/run's memory section), sourced:
#   mapfile -t java_opts < <(mentorfeed_jvm_options "$java_version")
# MENTORFEED_JAVA_OPTS, appended after these by ./mentorfeed, overrides any of them (of two contradicting flags the
# JVM takes the last).
mentorfeed_jvm_options() {
  local version=$1
  # RocksDB (Kafka Streams' state stores) loads native code, and Kafka uses sun.misc.Unsafe: newer JDKs warn about
  # both on every start unless told they are expected.
  [ "$version" -ge 22 ] && echo "--enable-native-access=ALL-UNNAMED"
  [ "$version" -ge 23 ] && echo "--sun-misc-unsafe-memory-access=allow"
  # The heap follows the live set instead of the largest size it once needed: after each collection G1 keeps at
  # most 30 % free (the default is 70 %), and an idle minute triggers a collection that gives memory back. No
  # fixed -Xmx: the API's view grows with the posts it serves, and a too-small ceiling would stop the whole
  # pipeline on an OutOfMemoryError rather than slow it (bench/README.md, "Memory"). RocksDB's off-heap share is
  # bounded by the processor itself (BoundedRocksDbMemory).
  echo "-XX:+UseG1GC"
  echo "-XX:MinHeapFreeRatio=10"
  echo "-XX:MaxHeapFreeRatio=30"
  echo "-XX:G1PeriodicGCInterval=60000"
  # A JVM out of heap is in no state to keep its promises: exit, and let the supervisor (or the operator) restart it.
  echo "-XX:+ExitOnOutOfMemoryError"
}
