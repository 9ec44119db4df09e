#!/usr/bin/env bash
# Installs a built okta-jwt-wizard_*.deb into a fresh Debian 12 (debootstrap, minbase) and runs what a user
# would: both programs, the menu entry's Exec line and the sandbox mode, offscreen. Needs root and Debian's
# archive; not part of `make test` (it downloads a whole base system). Usage: check-fresh-install.sh DEB [DIR]
set -euo pipefail
deb=$(realpath "$1")
root=${2:-$(mktemp -d /var/tmp/owz-fresh.XXXXXX)}
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
[ -x "$root/bin/bash" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
cp "$deb" "$root/tmp/"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc"' EXIT
chroot "$root" env DEBIAN_FRONTEND=noninteractive bash -euc "
    apt-get update -qq
    apt-get install -y -qq --reinstall /tmp/$(basename "$deb") >/dev/null # a reused DIR gets this build
    okta-jwt --version
    okta-jwt generate --okta-domain dev-123456.okta.com --auth-server default >/dev/null
    export QT_QPA_PLATFORM=offscreen
    okta-jwt-wizard --version
    exec_line=\$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.oktajwtwizard.Wizard.desktop | sed 's/ %[fFuU]//')
    rc=0; timeout 8 \$exec_line || rc=\$?
    [ \$rc = 124 ] || { echo \"menu entry exited with \$rc\"; exit 1; }
    # The window stays open when its sandbox fails (the Welcome page says why): stderr tells.
    rc=0; timeout 8 okta-jwt-wizard --sandbox 2>/tmp/sandbox.err || rc=\$?
    [ \$rc = 124 ] || { echo \"--sandbox exited with \$rc\"; exit 1; }
    ! grep '^okta-jwt-wizard: ' /tmp/sandbox.err || { echo '--sandbox could not start its sandbox'; exit 1; }
    rm -rf /tmp/shots
    LANGUAGE=de okta-jwt-wizard --screenshots /tmp/shots >/dev/null
    ls /tmp/shots/*.png >/dev/null
"
echo "check-fresh-install: $(basename "$deb") installs and runs on a fresh Debian 12 in $root"
