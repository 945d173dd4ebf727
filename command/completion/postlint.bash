# bash completion for postlint
#   in this shell:  source <(postlint completion bash)
#   for every new shell, one of:
#     postlint completion bash > ~/.local/share/bash-completion/completions/postlint
#     postlint completion bash | sudo tee /usr/share/bash-completion/completions/postlint
# postlint prints the candidates for the words up to the cursor; with none,
# bash completes file names.
_postlint() {
	local IFS=$'\n'
	COMPREPLY=($("${COMP_WORDS[0]}" "${COMP_WORDS[@]:1:COMP_CWORD}" --generate-bash-completion 2>/dev/null))
}
complete -o default -F _postlint postlint
