#!/usr/bin/env bash
# Smoke test of the Linux package: builds the .deb (./mvnw -P installers -DskipTests package),
# unpacks it into a scratch root with dpkg -x, runs the installed launcher the way a user would
# (headless: with no DISPLAY, --screenshot renders on Monocle) and checks the package's metadata.
#   installers/smoke-test.sh               build, then test
#   installers/smoke-test.sh --no-build    test the .deb already in installers/target/dist/
# Needs a JDK 25 (scripts/jdk.sh finds it), dpkg-deb and fakeroot (jpackage runs dpkg-deb under it).
# Ends with "smoke-test: N passed, M failed" and exits 1 if anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../scripts/jdk.sh
. scripts/jdk.sh
select_jdk25 || exit 1

if [ "${1:-}" != "--no-build" ]; then
    echo "smoke-test: building the packages"
    ./mvnw -B -ntp -q -P installers -DskipTests package || { echo "smoke-test: the package build failed"; exit 1; }
fi

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...: runs the command, counts and reports the outcome
    local what="$1"
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok   - $what"
    else
        failed=$((failed + 1))
        echo "FAIL - $what"
    fi
}
has_line() { grep -qxF -- "$2" "$1"; }
png_ok() { "$JAVA_HOME/bin/java" -Djava.awt.headless=true installers/smoke/CheckPng.java "$@"; }

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
version="${version%-SNAPSHOT}"
shopt -s nullglob
debs=(installers/target/dist/*.deb)
if [ "${#debs[@]}" -ne 1 ]; then
    echo "smoke-test: expected one .deb in installers/target/dist/, found ${#debs[@]}"
    echo "smoke-test: 0 passed, 1 failed"
    exit 1
fi
deb="${debs[0]}"
echo "smoke-test: $deb ($(du -h "$deb" | cut -f1))"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/acr-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
installed="$scratch/root"
data="$scratch/data"
app="$installed/opt/acr-console"
launcher="$app/bin/acr-console"

# --- package metadata
dpkg-deb -f "$deb" Package Version Depends > "$scratch/control"
check "package name is acr-console" has_line "$scratch/control" "Package: acr-console"
check "package version is the pom's without -SNAPSHOT ($version)" has_line "$scratch/control" "Version: $version"
depends="$(sed -n 's/^Depends: //p' "$scratch/control" | tr -d ' ' | tr ',' '\n')"
for dep in libgtk-3-0 libfreetype6 libfontconfig1 xdg-utils; do
    check "depends on $dep" grep -qxF "$dep" <<< "$depends"
done
dpkg-deb -e "$deb" "$scratch/control.d"
check "postinst registers the desktop entry" grep -q "xdg-desktop-menu install /opt/acr-console/lib/acr-console-acr-console.desktop" "$scratch/control.d/postinst"
check "postinst installs the hicolor icons" grep -q "xdg-icon-resource install" "$scratch/control.d/postinst"

# --- the installed files
dpkg-deb -x "$deb" "$installed"
desktop="$app/lib/acr-console-acr-console.desktop"
check "desktop entry is installed" test -f "$desktop"
for line in "Type=Application" "Name=ACR Console" "Exec=/opt/acr-console/bin/acr-console" "Icon=acr-console"; do
    check "desktop entry has $line" has_line "$desktop" "$line"
done
if command -v desktop-file-validate > /dev/null; then
    check "desktop entry is valid (desktop-file-validate)" desktop-file-validate "$desktop"
fi
for size in 16 24 32 48 64 128 256 512; do
    check "icon ${size}x$size is a PNG of that size" png_ok "$app/lib/icons/acr-console-$size.png" "$size" "$size" 8
done
check "launcher is executable" test -x "$launcher"
runtime_modules="$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$app/lib/runtime/release")"
check "runtime is jlinked (no jdk.compiler, has jdk.httpserver): $runtime_modules" \
    bash -c '[[ " $1 " == *" jdk.httpserver "* && " $1 " != *" jdk.compiler "* ]]' _ "$runtime_modules"
# One place for JVM options: every option of ./acr-console's jvm.options is in the launcher's cfg.
jvm_options_in_cfg() {
    local option
    for option in $(cat ui/target/jvm.options); do
        has_line "$app/lib/app/acr-console.cfg" "java-options=$option" || { echo "missing: $option"; return 1; }
    done
}
check "launcher uses the root pom's acr.jvm.options" jvm_options_in_cfg

# --- the installed launcher, as a user runs it (no display: --screenshot renders headless)
run_app() { env -u DISPLAY -u WAYLAND_DISPLAY HOME="$scratch/home" "$launcher" "$@"; }
mkdir -p "$scratch/home"
check "--sandbox --screenshot exits 0" run_app --sandbox --data-dir "$data" --screenshot "$data/sandbox.png"
check "sandbox screenshot is a rendered window" png_ok "$data/sandbox.png" 800 600
run_app export --data-dir "$data" > "$scratch/export.json"
check "export exits 0" test "$?" -eq 0
check "export lists the sandbox's registries" grep -q '"name" : "contosobuildcache"' "$scratch/export.json"
check "--offline --screenshot renders the cache, exits 0" run_app --offline --data-dir "$data" --screenshot "$data/offline.png"
check "offline screenshot is a rendered window" png_ok "$data/offline.png" 800 600
run_app --no-such-flag > /dev/null 2>&1
check "a bad flag exits 2" test "$?" -eq 2

if [ -n "${SMOKE_KEEP:-}" ]; then # keep the screenshots to look at them
    mkdir -p "$SMOKE_KEEP" && cp "$data"/*.png "$SMOKE_KEEP"/
fi
echo "smoke-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
