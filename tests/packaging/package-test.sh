#!/usr/bin/env bash
# The Debian package end to end (CTest "package"): build it with CPack, lint it, validate its
# desktop entry and metainfo, unpack it into a scratch root and run what it installed — the
# CLI's version and demo, the window's version (offscreen), the MIME type of a demo database.
#   package-test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "package test: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$scratch"/out/trellis_*_amd64.deb 2>/dev/null | head -1)
[ -f "$deb" ] || fail "no .deb was written"
echo "built $(basename "$deb"): $(stat -c %s "$deb") bytes"

# lintian: errors fail the test; warnings are printed.
lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true
lintian --fail-on error "$deb" >/dev/null 2>&1 || fail "lintian reports errors"

root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/trellis usr/bin/trellis-cli \
    usr/share/applications/org.trellis.Trellis.desktop usr/share/metainfo/org.trellis.Trellis.metainfo.xml \
    usr/share/mime/packages/org.trellis.Trellis.xml usr/share/icons/hicolor/scalable/apps/org.trellis.Trellis.svg \
    usr/share/icons/hicolor/48x48/apps/org.trellis.Trellis.png usr/share/man/man1/trellis-cli.1.gz \
    usr/share/man/man1/trellis.1.gz usr/share/doc/trellis/copyright; do
    [ -e "$root/$file" ] || fail "the package lacks /$file"
done
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libqt6widgets6; do
    case "$depends" in *"$needed"*) ;; *) fail "Depends lacks $needed: $depends" ;; esac
done

desktop-file-validate "$root/usr/share/applications/org.trellis.Trellis.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.trellis.Trellis.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate"

export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$("$root/usr/bin/trellis-cli" --version)
echo "installed trellis-cli: $version"
[[ "$version" == *"0."* ]] || fail "trellis-cli --version printed '$version'"
"$root/usr/bin/trellis-cli" demo "$scratch/demo.sqlite" --size small >/dev/null || fail "trellis-cli demo"
"$root/usr/bin/trellis-cli" check "$scratch/demo.sqlite" >/dev/null || fail "trellis-cli check"
window=$("$root/usr/bin/trellis" --version 2>/dev/null)
[[ "$window" == Trellis* ]] || fail "trellis --version printed '$window'"
echo "installed trellis: $window"

# The MIME type, as a desktop looks it up (shared-mime-info through gio, which xdg-mime uses on GNOME).
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1
type=$(XDG_CURRENT_DESKTOP=GNOME XDG_DATA_DIRS="$root/usr/share:/usr/share" xdg-mime query filetype "$scratch/demo.sqlite")
[ "$type" = application/x-trellis-database ] || fail "xdg-mime query filetype gave '$type'"
echo "xdg-mime query filetype demo.sqlite: $type"
echo "package test passed"
