# zsh -f capture.zsh INIT LINE: types LINE and a Tab into an interactive zsh (zsh/zpty) set up by INIT
# (capture-init.zsh) and prints what it wrote up to <done>: the matches, as <match>…</match>.
zmodload zsh/zpty || exit 3
zpty z zsh -f -i
zpty -w z "source ${(q)1}"
zpty -r z out '*<ready>*' || exit 4
zpty -w -n z "$2"$'\t'
zpty -r z out '*<done>*' || exit 5
print -r -- "$out"
zpty -d z
