# Sourced by ./acr-console and .ci/run: points JAVA_HOME at a JDK 25, or explains how to.
# Keeps a JAVA_HOME that is already 25; otherwise looks in the usual install folders.
java_major() {
    # The JDK's release file answers in a millisecond; starting its java to ask takes a tenth of a second.
    if [ -f "$1/release" ]; then
        sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
        return
    fi
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

select_jdk25() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" = "25" ]; then
        export JAVA_HOME
        return 0
    fi
    for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/java-25* /usr/lib/jvm/jdk-25* \
                     /opt/java/jdk-25* /Library/Java/JavaVirtualMachines/*25*/Contents/Home; do
        if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" = "25" ]; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    echo "acr-console needs JDK 25. Install one (e.g. Temurin 25) and set JAVA_HOME to it," >&2
    echo "for example: export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
    return 1
}
