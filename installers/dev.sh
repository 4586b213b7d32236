#!/usr/bin/env bash
# The README's two commands.
#   installers/dev.sh run   install what is missing, build, start the local sandbox platform
#                           and open Plancia against it (the sandbox stops when the app quits)
#   installers/dev.sh test  install what is missing, build, run the whole test suite
# Options through the environment: BUILD_DIR (default: build), JOBS (default: nproc).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
build_dir=${BUILD_DIR:-$top/build}
jobs=${JOBS:-$(nproc)}
mode=${1:-}

case "$mode" in
run | test) ;;
*)
    echo "usage: installers/dev.sh run|test" >&2
    exit 2
    ;;
esac

"$top/installers/deps-debian.sh"

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
werror=OFF
[ "$mode" = test ] && werror=ON
cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLANCIA_WERROR=$werror -Wno-dev >/dev/null
if [ "$mode" = test ]; then
    cmake --build "$build_dir" --parallel "$jobs"
    cd "$build_dir"
    exec ctest --output-on-failure --parallel "$jobs" --timeout 600
fi
cmake --build "$build_dir" --parallel "$jobs" --target plancia

# run: start the sandbox, then the app against its profile.
run_dir=${PLANCIA_SANDBOX_RUN_DIR:-${XDG_RUNTIME_DIR:-$HOME/.cache}/plancia/sandbox}
sandbox="$top/tests/sandbox/sandbox"
"$sandbox" up --run-dir "$run_dir"
trap '"$sandbox" down --run-dir "$run_dir"' EXIT
eval "$("$sandbox" env --run-dir "$run_dir")"
echo "Sandbox users: see tests/sandbox/README.md (log in with the device code shown in the app)."
"$build_dir/app/plancia" --profile "$PLANCIA_PROFILE"
