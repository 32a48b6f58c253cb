#!/bin/sh
# Installs shell completions (bash, zsh, fish) and man pages for `ingest` and `query`, made from
# their swift-argument-parser definitions, so they always match the binaries.
#
#   Scripts/install-completions.sh                 # into ~/.local (PREFIX), building release binaries
#   PREFIX=/usr/local sudo -E Scripts/install-completions.sh
#   BIN_DIR=.build/debug Scripts/install-completions.sh   # use binaries already built
#
# Completions: `TOOL --generate-completion-script bash|zsh|fish`, written to
#   $PREFIX/share/bash-completion/completions/TOOL, $PREFIX/share/zsh/site-functions/_TOOL,
#   $PREFIX/share/fish/vendor_completions.d/TOOL.fish
# Man pages: swift-argument-parser's generate-manual plugin (`swift package generate-manual`,
# works offline once the package's dependencies are fetched) into $PREFIX/share/man/man1; when
# the plugin cannot run (no toolchain, no network for a first fetch), a page per tool made from
# `TOOL help SUBCOMMAND` text instead (MAN_FROM_HELP=1 forces that).
set -eu

cd "$(dirname "$0")/.."
PREFIX=${PREFIX:-"$HOME/.local"}
TOOLS="ingest query"

if [ -z "${BIN_DIR:-}" ]; then
    swift build -c release --product ingest >&2
    swift build -c release --product query >&2
    BIN_DIR=$(swift build -c release --show-bin-path)
fi

bash_dir="$PREFIX/share/bash-completion/completions"
zsh_dir="$PREFIX/share/zsh/site-functions"
fish_dir="$PREFIX/share/fish/vendor_completions.d"
man_dir="$PREFIX/share/man/man1"
mkdir -p "$bash_dir" "$zsh_dir" "$fish_dir" "$man_dir"

for tool in $TOOLS; do
    "$BIN_DIR/$tool" --generate-completion-script bash > "$bash_dir/$tool"
    "$BIN_DIR/$tool" --generate-completion-script zsh > "$zsh_dir/_$tool"
    "$BIN_DIR/$tool" --generate-completion-script fish > "$fish_dir/$tool.fish"
    echo "completions for $tool: $bash_dir/$tool, $zsh_dir/_$tool, $fish_dir/$tool.fish" >&2
done

# A man page from the --help text: NAME from the abstract, the rest preformatted.
man_from_help() {
    tool=$1
    out="$man_dir/$tool.1"
    abstract=$("$BIN_DIR/$tool" --help | awk 'NR==1{sub(/^OVERVIEW: /,"")} /^$/{exit} {printf "%s%s", (NR>1?" ":""), $0}')
    {
        printf '.TH %s 1 "%s" "ConflictEvents" "User Commands"\n' "$(echo "$tool" | tr a-z A-Z)" "$(date +%Y-%m-%d)"
        printf '.SH NAME\n%s \\- %s\n' "$tool" "$abstract"
        printf '.SH DESCRIPTION\n.nf\n'
        "$BIN_DIR/$tool" --help | sed -e 's/\\/\\e/g' -e 's/^\./\\\&./'
        printf '.fi\n'
        # Subcommands (query has them; ingest has none): each one's help in its own section.
        subcommands=$("$BIN_DIR/$tool" --help | awk '/^SUBCOMMANDS:/{on=1;next} on&&/^  [a-z]/{print $1} on&&/^$/{exit}')
        for sub in $subcommands; do
            printf '.SH "%s %s"\n.nf\n' "$(echo "$tool" | tr a-z A-Z)" "$(echo "$sub" | tr a-z A-Z)"
            "$BIN_DIR/$tool" help "$sub" | sed -e 's/\\/\\e/g' -e 's/^\./\\\&./'
            printf '.fi\n'
        done
    } > "$out"
    echo "man page for $tool (from its help text): $out" >&2
}

for tool in $TOOLS; do
    if [ -z "${MAN_FROM_HELP:-}" ] && swift package --allow-writing-to-directory "$man_dir" \
            generate-manual --product "$tool" --output-directory "$man_dir" >/dev/null 2>&1 \
            && [ -s "$man_dir/$tool.1" ]; then
        echo "man page for $tool (generate-manual plugin): $man_dir/$tool.1" >&2
    else
        man_from_help "$tool"
    fi
done

cat >&2 <<NOTE
Done. If your shell does not look in $PREFIX yet:
  bash: source $bash_dir/query        (bash-completion loads $bash_dir by itself when PREFIX is ~/.local or /usr/local)
  zsh:  fpath=($zsh_dir \$fpath); autoload -U compinit && compinit
  man:  MANPATH=$PREFIX/share/man:\$MANPATH man query
NOTE
