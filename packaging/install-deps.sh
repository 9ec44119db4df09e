#!/usr/bin/env bash
# Installs the Debian 12 packages that building, testing and running Okta JWT Wizard need.
# Idempotent: packages already present are left alone, and apt is not touched when nothing is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n # Qt's own German texts (QWizard's buttons) beside the wizard's translation
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev libqt6svg6
    libssl-dev libgl-dev
    # Packaging: the .deb, its icons and the validators its test runs.
    dpkg-dev file librsvg2-bin desktop-file-utils appstream qt6-qpa-plugins
    # The CLI's man page and shell completions are checked with the tools that read them.
    groff-base zsh fish
    # GUI tests and screenshots run the real window under a virtual X server.
    xvfb xauth
    # make sanitize: clang with ASan/UBSan/libFuzzer runtimes, llvm-symbolizer for readable stacks.
    clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
