#!/bin/sh
# The container's `mentorfeed` command: the JVM sized by the container's memory limit, flags as ./mentorfeed sets.
exec java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError ${MENTORFEED_JAVA_OPTS:-} \
  -jar /opt/mentorfeed/mentorfeed.jar "$@"
