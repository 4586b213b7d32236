#!/bin/sh
# Regenerates docs/screenshots/support.png (as support staff, USER_NAME default dferri) and
# tutor.png (as a tutor, TUTOR_NAME default cgallo) from the real app against the real sandbox,
# the way capture-e2e.sh does it (same helpers, its own sandbox and display):
#   docs/screenshots/capture-support.sh [BUILD_DIR]      (default: build)
# Before the tutor's shot, three hackathon participants' servers are started through the hub's
# admin API so that the room shows running, idle and not-started people.
# Needs xvfb, imagemagick, x11-utils, xdotool, xclip, curl, dbus, gnome-keyring.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
support_user=${USER_NAME:-dferri}
tutor_user=${TUTOR_NAME:-cgallo}
display=:${DISPLAY_NUMBER:-94}
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

# run_app USER PAGE-KEY SHOT: a fresh HOME, log in as USER with the dialog's code, open the page
# with its shortcut, shoot it, quit.
run_app() {
    H=$work/home-$1
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
    for y in 233 247 261; do
        xdotool mousemove --window "$dialog" 269 "$y" click 1
        sleep 0.3
        has_code && break
    done
    wait_for 5 has_code
    code=$(xclip -o -selection clipboard)
    curl -sf -X POST -H 'Content-Type: application/json' \
        -d "{\"user_code\": \"$code\", \"username\": \"$1\"}" \
        --cacert "$PLANCIA_CA_FILE" "${PLANCIA_IAM_ISSUER}__test/approve" >/dev/null
    wait_for 30 no_window '"Log in'
    xdotool mousemove 1279 799
    sleep 1.5
    xdotool windowfocus --sync "$main" key "$2"
    sleep 6 # every namespace listed / the room's first round (hub, Prometheus, storage)
    import -window "$main" "$shots/$3"
    xdotool windowfocus --sync "$main" key ctrl+q
    wait "$app_pid" 2>/dev/null || true
    app_pid=
}

run_app "$support_user" ctrl+6 support.png

admin_token=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['hubAdminToken'])" "$run_dir/state.json")
for u in hack01 hack02 hack05; do
    curl -sf -X POST -H "Authorization: token $admin_token" -H 'Content-Type: application/json' \
        -d '{"profile": "cpu-small"}' --cacert "$PLANCIA_CA_FILE" \
        "${PLANCIA_HUB_URL}hub/api/users/$u/server" >/dev/null || true
done
sleep 8 # the servers come up
run_app "$tutor_user" ctrl+7 tutor.png
echo "wrote docs/screenshots/support.png (as $support_user) and tutor.png (as $tutor_user)"
