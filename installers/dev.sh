#!/usr/bin/env bash
# The README's two commands.
#   installers/dev.sh run   install what is missing, build (quietly), start the local sandbox
#                           platform and open Plancia against it (the sandbox stops when the
#                           app quits; its ports, CA and logins are kept for the next run)
#   installers/dev.sh test  install what is missing, build, run the whole test suite
# Options through the environment: BUILD_DIR (default: build), JOBS (default: nproc),
# PLANCIA_SANDBOX_RUN_DIR (run: default $XDG_STATE_HOME/plancia/sandbox).
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
# Paths relative to the checkout, and no build-directory hash (RelWithDebInfo has -g): a fresh
# clone elsewhere (CI) then reuses what an earlier build of the same sources compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$top} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}

if [ "$mode" = test ]; then
    # CI: everything visible (build errors and warnings, every test); every test must be able to
    # run (a missing prerequisite is a configure error, not a skip).
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPLANCIA_WERROR=ON -DPLANCIA_REQUIRE_ALL_TESTS=ON -Wno-dev >/dev/null
    cmake --build "$build_dir" --parallel "$jobs"
    cd "$build_dir"
    exec ctest --output-on-failure --parallel "$jobs" --timeout 600
fi

# Runs a command with its output kept in a log that is shown only if the command fails.
quietly() {
    local log rc=0
    log=$(mktemp "${TMPDIR:-/tmp}/plancia-dev.XXXXXX")
    "$@" >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        cat "$log" >&2
        echo "dev.sh: failed (exit $rc): $*" >&2
    fi
    rm -f "$log"
    return "$rc"
}

# run: build the app (the compiler's output only on failure), start the sandbox, then the app
# against its profile.
echo "Building Plancia and plancia-cli in $build_dir (the first build takes a few minutes) ..."
quietly cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPLANCIA_WERROR=OFF -Wno-dev
quietly cmake --build "$build_dir" --parallel "$jobs" --target plancia plancia-cli
# A session without a runtime directory (a bare root shell, Xvfb) makes Qt warn at every start.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/plancia-runtime-$(id -u)"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
fi

# The same run directory every time: the sandbox keeps its ports, CA and IAM logins there, so a
# second run opens already logged in (`tests/sandbox/sandbox down --forget` starts afresh).
run_dir=${PLANCIA_SANDBOX_RUN_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/plancia/sandbox}
sandbox="$top/tests/sandbox/sandbox"
echo "Starting the local sandbox platform (IAM, Kubernetes, JupyterHub, Prometheus, S3) ..."
up_log=$(mktemp "${TMPDIR:-/tmp}/plancia-sandbox-up.XXXXXX")
if ! "$sandbox" up --run-dir "$run_dir" >/dev/null 2>"$up_log"; then
    cat "$up_log" >&2
    rm -f "$up_log"
    echo "dev.sh: the sandbox did not start (its logs: $run_dir/logs)" >&2
    exit 1
fi
# The one thing of `up` a person must know: a port that moved (the platform's address changed).
grep -E 'is taken|address changes' "$up_log" | sed 's/^sandbox: /Note: /' || true
rm -f "$up_log"
trap 'echo "Stopping the sandbox ..."; quietly "$sandbox" down --run-dir "$run_dir" || true' EXIT
eval "$("$sandbox" env --run-dir "$run_dir")"
read -r user password < <(python3 -c '
import json, sys
fleet = json.load(open(sys.argv[1], encoding="utf-8"))
user = next(u["username"] for u in fleet["users"] if u["username"] == "mrossi")
print(user, fleet["iam"]["browserPassword"])' "$top/tests/sandbox/fleet.json")

cat <<EOF
Plancia:  $build_dir/app/plancia --profile $PLANCIA_PROFILE
CLI:      $build_dir/app/cli/plancia-cli --profile $PLANCIA_PROFILE whoami
Log in:   click "Log in…": the app shows a link and a code; open the link ("Open in browser"),
          sign in as $user, password $password, and approve the code (other users:
          tests/sandbox/README.md). The login is kept in the system keychain, so the next run
          opens already logged in (if the keychain asks for its password, that is your desktop
          keyring's; without one the login lasts until you quit).
          The browser does not know the sandbox's own CA: accept its warning for 127.0.0.1,
          or import $PLANCIA_CA_FILE as a certificate authority.
Stop:     quit the app; the sandbox stops with it.
EOF
"$build_dir/app/plancia" --profile "$PLANCIA_PROFILE"
