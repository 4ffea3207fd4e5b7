# Sourced by ./mentorfeed and .ci/run: finds a JDK 21 or newer and exports JAVA_HOME to it.
# Looks at JAVA_HOME, then the java on PATH, then the usual install folders; the newest suitable one wins among
# the folders. A JDK (with javac) is needed because the first run builds mentorfeed.

MENTORFEED_MIN_JAVA=21

# Prints the feature version (17, 21, 25, ...) of the JDK at $1, or nothing when it is not a usable JDK.
mentorfeed_jdk_version() {
  local home=$1
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  "$home/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

mentorfeed_find_jdk() {
  local candidate version best="" best_version=0
  if [ -n "${JAVA_HOME:-}" ]; then
    version=$(mentorfeed_jdk_version "$JAVA_HOME")
    if [ -n "$version" ] && [ "$version" -ge "$MENTORFEED_MIN_JAVA" ]; then
      return 0
    fi
    echo "mentorfeed: JAVA_HOME=$JAVA_HOME is not a JDK $MENTORFEED_MIN_JAVA+ (found ${version:-none}); looking elsewhere" >&2
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    version=$(mentorfeed_jdk_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge "$MENTORFEED_MIN_JAVA" ]; then
      export JAVA_HOME=$candidate
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* \
                   "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    version=$(mentorfeed_jdk_version "$candidate") || continue
    if [ -n "$version" ] && [ "$version" -ge "$MENTORFEED_MIN_JAVA" ] && [ "$version" -gt "$best_version" ]; then
      best=$candidate
      best_version=$version
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME=$best
    return 0
  fi
  cat >&2 <<MSG
mentorfeed: no JDK $MENTORFEED_MIN_JAVA or newer found (looked at JAVA_HOME, PATH, /usr/lib/jvm, /opt, ~/.sdkman).
Install one, for example:  sudo apt-get install openjdk-21-jdk   (or Temurin 21+ from adoptium.net)
then run again, or set JAVA_HOME to its folder.
MSG
  return 1
}
