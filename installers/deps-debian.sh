#!/usr/bin/env bash
# Installs every Debian and npm package that Plancia's build, app, tests and local sandbox
# need. Idempotent: when everything is present it installs nothing and asks no server.
# Only Debian's archive and the npm registry are used.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config clang-format git
    # Qt 6 and libraries
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools linguist-qt6 qt6-translations-l10n
    qt6-qpa-plugins libgl1-mesa-dev libxkbcommon-x11-0
    nlohmann-json3-dev libcurl4-openssl-dev libzstd-dev libspdlog-dev libqrencode-dev
    libyaml-cpp-dev # not linked yet: kubeconfigs and Job YAML are read next
    # display and keychain for tests and screenshots; the programs that tests REQUIRE
    # (tests/*/CMakeLists.txt: a configure error under PLANCIA_REQUIRE_ALL_TESTS when missing)
    xvfb xauth x11-utils xdotool xclip imagemagick fonts-dejavu-core dbus dbus-x11 gnome-keyring libsecret-tools
    desktop-file-utils appstream
    chromium # headless browser: tst_sessions_sandbox opens JupyterLab as a user would
    # the local sandbox platform
    jupyterhub prometheus oidc-agent-cli python3
    ceph-mon ceph-osd radosgw ceph-common rclone
    curl openssl procps iproute2 psmisc
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

# Commands that some images bring from elsewhere (a newer node with its own npm, kubectl, aws):
# install Debian's package only when the command is missing altogether.
declare -A provider=([node]=nodejs [npm]=npm [kubectl]=kubernetes-client [aws]=awscli)
for cmd in node npm kubectl aws; do
    command -v "$cmd" >/dev/null 2>&1 || missing+=("${provider[$cmd]}")
done

if ((${#missing[@]})); then
    echo "deps: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    # Prometheus pulls a web of recommends (node exporter, ...) that we do not run.
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm modules of the sandbox (pinned by lock files); installs only when missing or changed.
for installer in "$top"/tests/sandbox/*/install.sh; do
    [ -x "$installer" ] && "$installer"
done
exit 0
