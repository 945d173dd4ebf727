#compdef postlint
# zsh completion for postlint
#   in this shell:  source <(postlint completion zsh)
#   for every new shell:  postlint completion zsh > "${fpath[1]}/_postlint"
# postlint prints the candidates for the words up to the cursor; with none,
# zsh completes file names.
compdef _postlint postlint
_postlint() {
	local -a candidates
	candidates=(${(f)"$("${words[1]}" "${(@)words[2,CURRENT-1]}" "$PREFIX" --generate-bash-completion 2>/dev/null)"})
	compadd -a candidates || _files
}
# Loaded from $fpath, this file is the body of _postlint: complete now.
if [ "$funcstack[1]" = "_postlint" ]; then
	_postlint "$@"
fi
