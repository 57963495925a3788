# Sourced by the interactive zsh that capture.zsh starts in a pseudo-terminal: loads the completion system and
# the generated completion script ($LECTERN_COMPLETION_SCRIPT), and replaces compadd so that every match zsh would
# offer is printed as <match>…</match>; after the first completion the shell prints <done> and exits.
# (The technique of Valodim's zsh-capture-completion, cut down to what CompletionShellTests reads.)
PROMPT='' RPROMPT='' PS2=''
unsetopt zle_bracketed_paste 2>/dev/null
autoload -U compinit && compinit -u -D
source "$LECTERN_COMPLETION_SCRIPT"
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
bindkey '^I' complete-word
compadd () {
    # Calls that only gather matches into an array are passed on; the others are the matches offered.
    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd "$@"
        return $?
    fi
    typeset -a __hits
    builtin compadd -A __hits "$@"
    local hit
    for hit in $__hits; do print -r -- "<match>$hit</match>"; done
}
__capture_done () { print -r -- '<done>'; exit }
comppostfuncs=(__capture_done)
print -r -- '<ready>'
