#!/usr/bin/env bash
# Smoke test of the current OS's package: builds it (./mvnw -P installers -DskipTests package),
# installs it into a scratch folder the way the OS's tools unpack it, runs the installed launcher
# the way a user would, and checks the package's metadata.
#   Linux:   the .deb, unpacked with dpkg -x; with no DISPLAY, --screenshot renders on Monocle
#   Windows: the .msi, unpacked with an administrative install (msiexec /a); run from Git Bash
#   macOS:   the .dmg, mounted with hdiutil and its .app copied out
# Usage: installers/smoke-test.sh [--no-build]   (--no-build: test what is in installers/target/dist/)
# Needs a JDK 25 (scripts/jdk.sh finds it); on Linux dpkg-deb and fakeroot, on Windows the WiX
# Toolset (jpackage's tools for those packages). Ends with "smoke-test: N passed, M failed" and
# exits 1 if anything failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" || exit 1
# shellcheck source=../scripts/jdk.sh
. scripts/jdk.sh
select_jdk25 || exit 1

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW* | MSYS* | CYGWIN*) os=windows ;;
    *) echo "smoke-test: no package type for $(uname -s)"; exit 1 ;;
esac

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
give_up() {
    echo "smoke-test: $1"
    echo "smoke-test: $passed passed, $((failed + 1)) failed"
    exit 1
}
has_line() { tr -d '\r' < "$1" | grep -qxF -- "$2"; } # the .cfg has CRLF line ends on Windows
png_ok() { "$JAVA_HOME/bin/java" -Djava.awt.headless=true installers/smoke/CheckPng.java "$@"; }
native_path() { if [ "$os" = windows ]; then cygpath -w "$1"; else echo "$1"; fi; }
one_file() { # one_file GLOB: prints the single file the glob matches; fails if not exactly one
    local matches=()
    shopt -s nullglob
    # shellcheck disable=SC2206
    matches=($1)
    shopt -u nullglob
    [ "${#matches[@]}" -eq 1 ] || { echo "smoke-test: expected one $1, found ${#matches[@]}" >&2; return 1; }
    echo "${matches[0]}"
}

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
version="${version%-SNAPSHOT}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/acr-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
data="$scratch/data"
home="$scratch/home" # a new user: no cache folders yet
mkdir -p "$home"

install_linux() {
    local deb depends dep
    deb="$(one_file "installers/target/dist/*.deb")" || give_up "no single .deb to test"
    echo "smoke-test: $deb ($(du -h "$deb" | cut -f1))"
    dpkg-deb -f "$deb" Package Version Depends > "$scratch/control"
    check "package name is acr-console" has_line "$scratch/control" "Package: acr-console"
    check "package version is the pom's without -SNAPSHOT ($version)" has_line "$scratch/control" "Version: $version"
    depends="$(sed -n 's/^Depends: //p' "$scratch/control" | tr -d ' ' | tr ',' '\n')"
    for dep in libgtk-3-0 libfreetype6 libfontconfig1 xdg-utils; do
        check "depends on $dep" grep -qxF "$dep" <<< "$depends"
    done
    dpkg-deb -e "$deb" "$scratch/control.d"
    check "postinst registers the desktop entry" \
        grep -q "xdg-desktop-menu install /opt/acr-console/lib/acr-console-acr-console.desktop" "$scratch/control.d/postinst"
    check "postinst installs the hicolor icons" grep -q "xdg-icon-resource install" "$scratch/control.d/postinst"

    dpkg-deb -x "$deb" "$scratch/root"
    app="$scratch/root/opt/acr-console"
    launcher="$app/bin/acr-console"
    cfg="$app/lib/app/acr-console.cfg"
    runtime="$app/lib/runtime"
    archive="$home/.cache/acr-console/acr-console.jsa"
    local desktop="$app/lib/acr-console-acr-console.desktop" line size
    check "desktop entry is installed" test -f "$desktop"
    for line in "Type=Application" "Name=ACR Console" "Exec=/opt/acr-console/bin/acr-console" "Icon=acr-console"; do
        check "desktop entry has $line" has_line "$desktop" "$line"
    done
    if command -v desktop-file-validate > /dev/null; then
        check "desktop entry is valid (desktop-file-validate)" desktop-file-validate "$desktop"
    fi
    check "the package's own icon is ours, not jpackage's default" png_ok "$app/lib/acr-console.png" 512 512 8
    for size in 16 24 32 48 64 128 256 512; do
        check "icon ${size}x$size is a PNG of that size" png_ok "$app/lib/icons/acr-console-$size.png" "$size" "$size" 8
    done
}

msi_query() { # msi_query MSI SQL: the first column of each row of the query over the .msi's tables
    MSYS2_ARG_CONV_EXCL='*' powershell -NoProfile -ExecutionPolicy Bypass -File "$(cygpath -w installers/smoke/msi-query.ps1)" \
        -Msi "$(cygpath -w "$1")" -Query "$2" | tr -d '\r'
}

same_guid() { [ "$(tr 'a-f' 'A-F' <<< "$1")" = "{$(tr 'a-f' 'A-F' <<< "$2")}" ]; } # MSI writes {UPPER-CASE}

install_windows() {
    local msi
    msi="$(one_file "installers/target/dist/*.msi")" || give_up "no single .msi to test"
    echo "smoke-test: $msi ($(du -h "$msi" | cut -f1))"
    check "product name is ACR Console" test "$(msi_query "$msi" "SELECT Value FROM Property WHERE Property='ProductName'")" = "ACR Console"
    check "product version is the pom's without -SNAPSHOT ($version)" \
        test "$(msi_query "$msi" "SELECT Value FROM Property WHERE Property='ProductVersion'")" = "$version"
    local upgrade_code
    upgrade_code="$(sed -n 's:.*<installers.winUpgradeUuid>\(.*\)</installers.winUpgradeUuid>.*:\1:p' installers/pom.xml)"
    check "upgrade code is the fixed one ($upgrade_code)" same_guid \
        "$(msi_query "$msi" "SELECT Value FROM Property WHERE Property='UpgradeCode'")" "$upgrade_code"
    check "installs per user" test "$(msi_query "$msi" "SELECT Value FROM Property WHERE Property='ALLUSERS'")" != 1
    check "has a Start-menu shortcut" grep -qi "ACR Console" <<< "$(msi_query "$msi" "SELECT Name FROM Shortcut")"

    # An administrative install only unpacks the files: nothing is registered on the machine.
    MSYS2_ARG_CONV_EXCL='*' msiexec /a "$(cygpath -w "$msi")" /qn TARGETDIR="$(cygpath -w "$scratch/root")" \
        "/l*v" "$(cygpath -w "$scratch/msiexec.log")"
    local gui
    gui="$(find "$scratch/root" -name "ACR Console.exe" | head -n 1)"
    [ -n "$gui" ] || give_up "no ACR Console.exe in the unpacked .msi (see msiexec's log)"
    app="$(dirname "$gui")"
    # The console launcher, so that exit codes and stdout reach this script.
    launcher="$app/acr-console.exe"
    cfg="$app/app/ACR Console.cfg"
    runtime="$app/runtime"
    archive="$home/AppData/Local/acr-console/acr-console.jsa"
    check "console launcher acr-console.exe is installed" test -f "$launcher"
}

install_macos() {
    local dmg mac_version
    dmg="$(one_file "installers/target/dist/*.dmg")" || give_up "no single .dmg to test"
    echo "smoke-test: $dmg ($(du -h "$dmg" | cut -f1))"
    hdiutil attach -nobrowse -readonly -mountpoint "$scratch/mnt" "$dmg" > /dev/null || give_up "hdiutil could not mount $dmg"
    mkdir -p "$scratch/Applications"
    cp -R "$scratch/mnt/ACR Console.app" "$scratch/Applications/"
    hdiutil detach "$scratch/mnt" > /dev/null
    app="$scratch/Applications/ACR Console.app"
    launcher="$app/Contents/MacOS/ACR Console"
    cfg="$app/Contents/app/ACR Console.cfg"
    runtime="$app/Contents/runtime/Contents/Home"
    archive="$home/Library/Caches/dev.acrconsole.console/acr-console.jsa"
    mac_version="$version"
    [[ "$mac_version" == 0.* ]] && mac_version="1.${mac_version#0.}" # see the macOS profile in installers/pom.xml
    local plist="$app/Contents/Info.plist"
    check "bundle id is dev.acrconsole.console" test "$(plutil -extract CFBundleIdentifier raw "$plist")" = dev.acrconsole.console
    check "bundle version is $mac_version" test "$(plutil -extract CFBundleShortVersionString raw "$plist")" = "$mac_version"
    check "bundle has its icon" test -s "$app/Contents/Resources/ACR Console.icns"
}

app="" launcher="" cfg="" runtime="" archive=""
"install_$os"

# --- common to every OS: the runtime, the JVM options and the app itself
check "launcher is installed" test -f "$launcher"
runtime_modules="$(sed -n 's/^MODULES="\(.*\)"/\1/p' "$runtime/release" | tr -d '\r')"
jlinked() { [[ " $1 " == *" jdk.httpserver "* && " $1 " != *" jdk.compiler "* ]]; }
check "runtime is jlinked (has jdk.httpserver, no jdk.compiler): $runtime_modules" jlinked "$runtime_modules"
# One place for JVM options: every option of ./acr-console's jvm.options is in the launcher's cfg.
jvm_options_in_cfg() {
    local option
    for option in $(tr -d '\r' < ui/target/jvm.options); do
        has_line "$cfg" "java-options=$option" || { echo "missing from $cfg: $option"; return 1; }
    done
}
check "launcher uses the root pom's acr.jvm.options" jvm_options_in_cfg

# With no DISPLAY (Linux), --screenshot renders headless; Windows and macOS open a real window.
run_app() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" LOCALAPPDATA="$(native_path "$home/AppData/Local")" "$launcher" "$@"
}
data_arg="$(native_path "$data")"
check "--sandbox --screenshot exits 0" run_app --sandbox --data-dir "$data_arg" --screenshot "$(native_path "$data/sandbox.png")"
check "sandbox screenshot is a rendered window" png_ok "$data/sandbox.png" 800 600
run_app export --data-dir "$data_arg" > "$scratch/export.json"
check "export exits 0" test "$?" -eq 0
check "export lists the sandbox's registries" grep -q '"name" : "contosobuildcache"' "$scratch/export.json"
check "--offline --screenshot renders the cache, exits 0" run_app --offline --data-dir "$data_arg" --screenshot "$(native_path "$data/offline.png")"
check "offline screenshot is a rendered window" png_ok "$data/offline.png" 800 600
run_app --no-such-flag > /dev/null 2>&1
check "a bad flag exits 2" test "$?" -eq 2
check "the class-data archive is in the new user's cache folder" test -s "$archive"

if [ -n "${SMOKE_KEEP:-}" ]; then # keep the screenshots to look at them
    mkdir -p "$SMOKE_KEEP" && cp "$data"/*.png "$SMOKE_KEEP"/
fi
echo "smoke-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
