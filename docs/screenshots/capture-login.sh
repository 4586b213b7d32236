#!/bin/sh
# Regenerates docs/screenshots/login.png (the device-login dialog, waiting for approval) under
# Xvfb:   docs/screenshots/capture-login.sh [BUILD_DIR]      (default: build)
# Needs xvfb, xauth, imagemagick and x11-utils. The dialog talks to an in-process fake IAM
# (tests/auth/tst_logindialog, function pose), so no sandbox is needed.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
out=$root/docs/screenshots/login.png

xvfb-run -a -s "-screen 0 1024x768x24" sh -c '
    out=$1 test=$2
    H=$(mktemp -d)
    export HOME=$H XDG_CONFIG_HOME=$H/.config XDG_STATE_HOME=$H/.local/state \
           XDG_RUNTIME_DIR=$H/run PLANCIA_POSE_MS=6000 QT_QPA_PLATFORM=xcb
    mkdir -p "$H/run" && chmod 700 "$H/run"
    "$test" pose >/dev/null 2>&1 &
    pid=$!
    id=
    for _ in $(seq 50); do
        id=$(xwininfo -root -tree | grep "\"Log in\"" | awk "{print \$1}" | head -1)
        [ -n "$id" ] && break
        sleep 0.1
    done
    sleep 1.5 # the code arrives and the first paint settles
    import -window "$id" "$out"
    wait $pid || true
    rm -rf "$H"
' sh "$out" "$build/tests/auth/tst_logindialog"
echo "wrote $out"
