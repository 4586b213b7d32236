#!/bin/sh
# Regenerates docs/screenshots/sessions.png from the real app against the real sandbox, the way
# capture-e2e.sh and capture-support.sh do it (same helpers, its own sandbox and display):
#   docs/screenshots/capture-sessions.sh [BUILD_DIR]      (default: build)
# Logs in as USER_NAME (default mrossi), opens the Sessions page (Ctrl+4), then starts two named
# servers of that user through the hub's REST API, as its admin, with the spawn form's options
# (the page polls the hub and follows every spawn's progress stream, as for its own):
# "analysis" (CPU only, 2 cores, 4 GB), waited for until it runs, then "training" (one NVIDIA
# T4), shot while it is still spawning. The hub's spawner waits SANDBOX_SPAWN_STEP_SECONDS (here
# SPAWN_STEP_SECONDS, default 15) between its placement steps, so the second spawn stays at
# "Pulling image" for a while.
# Needs xvfb, imagemagick, x11-utils, xdotool, xclip, curl, dbus, gnome-keyring.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
user=${USER_NAME:-mrossi}
step=${SPAWN_STEP_SECONDS:-15}
display=:${DISPLAY_NUMBER:-95}
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

# The hub inherits the sandbox's environment: slow spawns.
SANDBOX_SPAWN_STEP_SECONDS=$step "$sandbox" up --run-dir "$run_dir" >/dev/null
eval "$("$sandbox" env --run-dir "$run_dir")"
admin_token=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['hubAdminToken'])" "$run_dir/state.json")
hub() { # METHOD PATH [BODY]: the hub's REST API as its admin
    curl -sf -X "$1" -H "Authorization: token $admin_token" -H 'Content-Type: application/json' \
        ${3:+-d "$3"} --cacert "$PLANCIA_CA_FILE" "${PLANCIA_HUB_URL}hub/api/$2"
}
ready() { # SERVER-NAME: the user's named server is up
    hub GET "users/$user" | python3 -c "import json,sys; sys.exit(0 if json.load(sys.stdin)['servers']['$1']['ready'] else 1)"
}

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
wait_for 10 xdpyinfo

mkdir -p "$H/.config/plancia" "$H/run" && chmod 700 "$H/run"
printf '[ui]\nlanguage=en\n' >"$H/.config/plancia/plancia.conf"
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
sleep 2
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
wait_for 30 no_window '"Log in'
xdotool mousemove 1279 799
sleep 1.5
xdotool windowfocus --sync "$main" key ctrl+4 # the Sessions page
sleep 2

# AI_INFN's spawn form, as the page's dialog and plancia-cli send it (a bare "profile" would do
# for the hub, but the card could not tell the image and resources).
img=harbor.cloud.infn.it/ai-infn/ai-infn-lab:2026.1
hub POST "users/$user/servers/analysis" "{\"img\": \"$img-cpu\", \"cpu\": 2, \"mem\": \"4G\", \"gpu\": \"none\"}" >/dev/null
wait_for $((3 * step + 60)) ready analysis
hub POST "users/$user/servers/training" "{\"img\": \"$img-cuda\", \"cpu\": 4, \"mem\": \"8G\", \"gpu\": \"gpu:t4:1\"}" >/dev/null
sleep $((step + step / 2)) # past "Pulling image", before "Starting JupyterLab"
import -window "$main" "$shots/sessions.png"

xdotool windowfocus --sync "$main" key ctrl+q
wait "$app_pid" 2>/dev/null || true
app_pid=
echo "wrote docs/screenshots/sessions.png (as $user: one session running, one spawning)"
