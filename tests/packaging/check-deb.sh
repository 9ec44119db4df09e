#!/usr/bin/env bash
# Builds the .deb with CPack and checks what a user would get from `apt install ./okta-jwt-wizard_*.deb`:
# control metadata, the file list, the desktop and AppStream validators, and both programs run from the
# installed paths.
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
shopt -s nullglob
debs=("$work"/out/okta-jwt-wizard_*_*.deb)
((${#debs[@]} == 1)) || fail "expected one okta-jwt-wizard_*.deb, found: $(ls "$work/out")"
deb=${debs[0]}

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = okta-jwt-wizard ] || fail "Package is $(field Package)"
[ -n "$(field Version)" ] || fail "no Version"
[[ "$(field Maintainer)" == *"<"*"@"*">" ]] || fail "Maintainer is $(field Maintainer)"
[[ "$(field Description)" == *"App Services Custom JWT"* ]] || fail "Description"
depends=$(field Depends)
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6httpserver6 libssl3 qt6-qpa-plugins libqt6svg6; do
    [[ "$depends" == *"$dep"* ]] || fail "Depends lacks $dep: $depends"
done
[[ "$(field Recommends)" == *qt6-translations-l10n* ]] || fail "Recommends lacks qt6-translations-l10n"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/okta-jwt ./usr/bin/okta-jwt-wizard \
         ./usr/share/applications/io.github.oktajwtwizard.Wizard.desktop \
         ./usr/share/metainfo/io.github.oktajwtwizard.Wizard.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.oktajwtwizard.Wizard.svg \
         ./usr/share/icons/hicolor/48x48/apps/io.github.oktajwtwizard.Wizard.png \
         ./usr/share/icons/hicolor/256x256/apps/io.github.oktajwtwizard.Wizard.png \
         ./usr/share/man/man1/okta-jwt.1 ./usr/share/bash-completion/completions/okta-jwt \
         ./usr/share/zsh/vendor-completions/_okta-jwt ./usr/share/fish/vendor_completions.d/okta-jwt.fish; do
    grep -qxF "$f" <<<"$files" || fail "the package lacks $f"
done
if grep -q '^./usr/lib/.*\.a$\|/include/' <<<"$files"; then fail "the package ships build files"; fi

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/io.github.oktajwtwizard.Wizard.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.oktajwtwizard.Wizard.metainfo.xml" \
    || fail "appstreamcli validate"
file "$work/root/usr/share/icons/hicolor/48x48/apps/io.github.oktajwtwizard.Wizard.png" | grep -q '48 x 48' \
    || fail "48x48 icon has the wrong size"

for exe in okta-jwt okta-jwt-wizard; do
    sections=$(readelf -SW "$work/root/usr/bin/$exe") || fail "readelf $exe"
    [[ $sections != *.debug_info* ]] || fail "$exe is not stripped"
done
"$work/root/usr/bin/okta-jwt" --version | grep -q '^okta-jwt ' || fail "okta-jwt --version from the package"
"$work/root/usr/bin/okta-jwt" generate --okta-domain dev-123456.okta.com | grep -q '"useJWKURI": true' \
    || fail "okta-jwt generate from the package"
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/okta-jwt-wizard" --version | grep -q 'okta-jwt-wizard' \
    || fail "okta-jwt-wizard --version from the package"

# The man page and the completions are the installed program's own output (made from its option tables), load
# without errors, and complete a command name.
usr="$work/root/usr"
cmp -s <("$usr/bin/okta-jwt" --man) "$usr/share/man/man1/okta-jwt.1" || fail "okta-jwt.1 differs from okta-jwt --man"
warnings=$(groff -man -Tutf8 -ww -z "$usr/share/man/man1/okta-jwt.1" 2>&1) || fail "groff okta-jwt.1"
[ -z "$warnings" ] || fail "okta-jwt.1 has roff warnings: $warnings"
bash_completion="$usr/share/bash-completion/completions/okta-jwt"
zsh_completion="$usr/share/zsh/vendor-completions/_okta-jwt"
fish_completion="$usr/share/fish/vendor_completions.d/okta-jwt.fish"
cmp -s <("$usr/bin/okta-jwt" completion bash) "$bash_completion" || fail "the bash completion differs"
cmp -s <("$usr/bin/okta-jwt" completion zsh) "$zsh_completion" || fail "the zsh completion differs"
cmp -s <("$usr/bin/okta-jwt" completion fish) "$fish_completion" || fail "the fish completion differs"
bash -n "$bash_completion" || fail "bash -n $bash_completion"
zsh -n "$zsh_completion" || fail "zsh -n $zsh_completion"
fish --no-execute "$fish_completion" || fail "fish --no-execute $fish_completion"
head -1 "$zsh_completion" | grep -qx '#compdef okta-jwt' || fail "_okta-jwt lacks #compdef"
completed=$(bash -c 'source "$1"; COMP_WORDS=(okta-jwt de); COMP_CWORD=1; _okta_jwt; echo "${COMPREPLY[*]}"' _ \
    "$bash_completion")
[ "$completed" = deploy ] || fail "the installed bash completion offers '$completed' for 'okta-jwt de'"
echo "packaging: $(basename "$deb") ok"
