#!/bin/sh
# Regenerates the shell screenshots under Xvfb:
#   docs/screenshots/capture.sh [BUILD_DIR]      (default: build)
# Needs xvfb, xauth, imagemagick and x11-utils. Uses a throw-away HOME, the sample profile in
# docs/examples/ (pass PROFILE=... for the sandbox's profile.json) and the --page option.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
profile=${PROFILE:-$root/docs/examples/sandbox-profile.json}

shoot() { # OUT LANGUAGE
    xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
        out=$1 lang=$2 app=$3 profile=$4 extra=$5
        H=$(mktemp -d)
        export HOME=$H XDG_CONFIG_HOME=$H/.config XDG_STATE_HOME=$H/.local/state \
               XDG_RUNTIME_DIR=$H/run
        mkdir -p "$H/.config/plancia/profiles" "$H/run" && chmod 700 "$H/run"
        cp "$extra" "$H/.config/plancia/profiles/"
        printf "[ui]\nlanguage=%s\n" "$lang" > "$H/.config/plancia/plancia.conf"
        "$app" --profile "$profile" --page overview &
        pid=$!
        for _ in $(seq 50); do
            id=$(xwininfo -root -tree | grep "(\"plancia\" \"plancia\")" | awk "{print \$1}" | head -1)
            [ -n "$id" ] && break
            sleep 0.1
        done
        sleep 1 # let the first paint settle
        import -window "$id" "$out"
        kill $pid
        rm -rf "$H"
    ' sh "$1" "$2" "$build/app/plancia" "$profile" "$root/docs/examples/ai-infn-profile.json"
}

shoot "$root/docs/screenshots/shell.png" en
shoot "$root/docs/screenshots/shell-it.png" it
echo "wrote docs/screenshots/shell.png and shell-it.png"
