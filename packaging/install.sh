#!/bin/sh
# Installs Alongside from this unpacked tarball into ~/.local (no root needed), or removes it again.
#
#   ./install.sh                 install into ~/.local (or PREFIX=/some/where ./install.sh)
#   ./install.sh --uninstall     remove exactly the files an install put there; your answers stay
#                                (`alongside data wipe` removes those, before or after uninstalling)
#
# A copy of this script is installed as ~/.local/share/doc/alongside/install.sh, so
# `sh ~/.local/share/doc/alongside/install.sh --uninstall` works once the tarball is gone.
set -eu

prefix=${PREFIX:-$HOME/.local}
config=${XDG_CONFIG_HOME:-$HOME/.config}
here=$(cd "$(dirname "$0")" && pwd)

# Source in this tarball -> destination under the prefix. Fish reads completions from ~/.config/fish/completions;
# bash-completion from ~/.local/share/bash-completion/completions; zsh needs the folder on its fpath (see below).
files() {
    echo "bin/alongside                                 $prefix/bin/alongside"
    echo "share/man/man1/alongside.1.gz                 $prefix/share/man/man1/alongside.1.gz"
    echo "share/bash-completion/completions/alongside   $prefix/share/bash-completion/completions/alongside"
    echo "share/zsh/site-functions/_alongside           $prefix/share/zsh/site-functions/_alongside"
    echo "share/fish/completions/alongside.fish         $config/fish/completions/alongside.fish"
    for doc in "$here"/share/doc/alongside/* "$here"/share/doc/alongside/licences/*; do
        [ -f "$doc" ] || continue
        relative=${doc#"$here"/}
        echo "$relative $prefix/$relative"
    done
    echo "install.sh                                    $prefix/share/doc/alongside/install.sh"
}

uninstall() {
    # The list is fixed (no manifest file), so removal needs nothing but this script.
    for target in "$prefix/bin/alongside" "$prefix/share/man/man1/alongside.1.gz" \
                  "$prefix/share/bash-completion/completions/alongside" "$prefix/share/zsh/site-functions/_alongside" \
                  "$config/fish/completions/alongside.fish"; do
        [ -e "$target" ] && rm -f "$target" && echo "removed $target"
    done
    if [ -d "$prefix/share/doc/alongside" ]; then
        rm -rf "$prefix/share/doc/alongside" && echo "removed $prefix/share/doc/alongside/"
    fi
    echo "Alongside is uninstalled. Your answers are still on this computer: 'alongside data wipe' (before"
    echo "uninstalling) or removing ${XDG_DATA_HOME:-$HOME/.local/share}/alongside/ deletes them."
}

install_files() {
    [ -x "$here/bin/alongside" ] || { echo "install.sh: run me from the unpacked alongside tarball" >&2; exit 1; }
    files | while read -r source target; do
        mkdir -p "$(dirname "$target")"
        mode=644
        [ "$source" = bin/alongside ] && mode=755
        cp "$here/$source" "$target.tmp.$$" && chmod "$mode" "$target.tmp.$$" && mv -f "$target.tmp.$$" "$target"
    done
    echo "Installed $("$prefix/bin/alongside" --version) into $prefix."
    case ":$PATH:" in
        *":$prefix/bin:"*) ;;
        *) echo "Add $prefix/bin to your PATH, e.g. in ~/.profile: PATH=\"$prefix/bin:\$PATH\"" ;;
    esac
    echo "Manual: man alongside. zsh completion: add fpath=($prefix/share/zsh/site-functions \$fpath) before compinit."
    echo "Start with: alongside    (to remove: sh $prefix/share/doc/alongside/install.sh --uninstall)"
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install_files ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "install.sh: unknown option $1 (use --uninstall or nothing)" >&2; exit 2 ;;
esac
