#!/bin/sh
# Regenerates docs/screenshots/login.png, shell-logged-in.png, usage-chart.png,
# usage-accounting.png, storage.png and storage-transfers.png from the real app against the
# real sandbox, driven like a person would:
#   docs/screenshots/capture-e2e.sh [BUILD_DIR]      (default: build)
# Starts the sandbox in a temporary run dir, an Xvfb display (DISPLAY_NUMBER, default 93), the
# app in a throw-away HOME inside dbus-run-session with an unlocked gnome-keyring; opens
# File > Log In, shoots the dialog, copies the code with the dialog's Copy button, approves it as
# USER (default mrossi) through the IAM's loopback test route, shoots the main window; then
# opens the Usage page, then the Storage page (the user's own bucket; then a 400 MB upload
# under a 20 MB/s bandwidth limit, chosen in plancia.conf, so that the transfer is seen running);
# quits the app and stops everything it started.
# Needs xvfb, imagemagick, x11-utils, xdotool, xclip, curl, dbus, gnome-keyring.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
user=${USER_NAME:-mrossi}
display=:${DISPLAY_NUMBER:-93}
shots=$root/docs/screenshots
sandbox=$root/tests/sandbox/sandbox
work=$(mktemp -d)
run_dir=$work/sandbox
H=$work/home
xvfb_pid=
app_pid=

cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$(cat "$work/app.pid" 2>/dev/null)" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    "$sandbox" down --run-dir "$run_dir" >/dev/null 2>&1 || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# wait_for SECONDS COMMAND...: retry COMMAND every 0.1 s
wait_for() {
    n=$(($1 * 10))
    shift
    while ! "$@" >/dev/null 2>&1; do
        n=$((n - 1))
        [ "$n" -gt 0 ] || {
            echo "timed out waiting for: $*" >&2
            exit 1
        }
        sleep 0.1
    done
}
window() { # TITLE-PATTERN: the first plancia window whose title matches
    xwininfo -root -tree | grep '("plancia" "plancia")' | grep -- "$1" | awk '{print $1}' | head -1
}
has_window() { [ -n "$(window "$1")" ]; }
no_window() { [ -z "$(window "$1")" ]; }
has_code() { xclip -o -selection clipboard 2>/dev/null | grep -Eq '^[A-Z]{4}-[A-Z]{4}$'; }

"$sandbox" up --run-dir "$run_dir" >/dev/null
eval "$("$sandbox" env --run-dir "$run_dir")"

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
wait_for 10 xdpyinfo

mkdir -p "$H/.config/plancia" "$H/run" && chmod 700 "$H/run"
printf '[ui]\nlanguage=en\n[storage]\nbandwidthLimit=20000000\n' >"$H/.config/plancia/plancia.conf"
# shellcheck disable=SC2016 # expanded by the inner sh
HOME=$H XDG_CONFIG_HOME=$H/.config XDG_STATE_HOME=$H/.local/state XDG_DATA_HOME=$H/.local/share \
    XDG_RUNTIME_DIR=$H/run \
    dbus-run-session -- sh -c '
        echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        "$1" --profile "$2" --page overview >"$3/app.log" 2>&1 &
        echo $! >"$3/app.pid"
        wait $!' sh "$build/app/plancia" "$PLANCIA_PROFILE" "$work" 2>/dev/null &
app_pid=$!

wait_for 20 has_window 'Overview'
main=$(window 'Overview')
xdotool windowfocus --sync "$main" key alt+f
sleep 0.3
xdotool key l
wait_for 10 has_window '"Log in'
dialog=$(window '"Log in')
sleep 2 # the code and the QR code arrive, the first paint settles
import -window "$dialog" "$shots/login.png"

# The Copy button, next to the code (dialog coordinates; lower when the link takes two lines).
for y in 233 247 261; do
    xdotool mousemove --window "$dialog" 269 "$y" click 1
    sleep 0.3
    has_code && break
done
wait_for 5 has_code
code=$(xclip -o -selection clipboard)
curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"user_code\": \"$code\", \"username\": \"$user\"}" \
    --cacert "$PLANCIA_CA_FILE" "${PLANCIA_IAM_ISSUER}__test/approve" >/dev/null
wait_for 30 no_window '"Log in' # the dialog closes once logged in
xdotool mousemove 1279 799
sleep 1.5 # the status bar and pages settle
import -window "$main" "$shots/shell-logged-in.png"

# The Usage page (Ctrl+2): the chart over time, then the Accounting tab.
xdotool windowfocus --sync "$main" key ctrl+2
sleep 4 # the queries answer and the chart settles
import -window "$main" "$shots/usage-chart.png"
xdotool mousemove --window "$main" 362 117 click 1 # the Accounting tab
sleep 3
import -window "$main" "$shots/usage-accounting.png"

# The Storage page (Ctrl+3): the user's own bucket at its top level.
xdotool windowfocus --sync "$main" key ctrl+3
sleep 3 # the bucket list and the first listing
import -window "$main" "$shots/storage.png"

# An upload in progress: Ctrl+U, the file dialog's name field takes the path of a big file.
head -c 400000000 /dev/urandom >"$work/dataset-2026.bin"
xdotool windowfocus --sync "$main" key ctrl+u
wait_for 10 has_window 'Upload files'
sleep 0.5
xdotool type --delay 5 "$work/dataset-2026.bin"
xdotool key Return
wait_for 10 no_window 'Upload files'
sleep 5 # a few seconds of progress, rate and time left
import -window "$main" "$shots/storage-transfers.png"

xdotool windowfocus --sync "$main" key ctrl+q
wait "$app_pid" 2>/dev/null || true
app_pid=
echo "wrote docs/screenshots/login.png, shell-logged-in.png, usage-chart.png, usage-accounting.png, storage.png, storage-transfers.png (logged in as $user)"
