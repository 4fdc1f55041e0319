# bash completion for hooksmith-cli and hooksmith. The commands and options come from the program's own
# --help, so they are those of the installed version.

_hooksmith_cli_commands()
{
    LC_ALL=C "$1" --help 2>/dev/null | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'
}

_hooksmith_options()
{
    # Only the option column: lines that start with "  -".
    LC_ALL=C "$@" --help 2>/dev/null | grep -E '^ {1,8}-' | grep -oE -- '(^|[ ,])--?[a-zA-Z][a-zA-Z0-9-]*' | tr -d ' ,'
}

# The actions a command takes as its first argument, from its usage line: "outbox (list|show|...)" or
# "secret set|get|delete".
_hooksmith_cli_actions()
{
    LC_ALL=C "$1" "$2" --help 2>/dev/null | sed -n "1s/^Usage: [^ ]* $2 (\{0,1\}\([a-z|-]*|[a-z|-]*\).*/\1/p" | tr '|' ' '
}

_hooksmith_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} i
    local -a positional=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        -*) ;;
        *) positional+=("${COMP_WORDS[i]}") ;;
        esac
    done
    if ((${#positional[@]} == 0)); then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W '--help --version' -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$(_hooksmith_cli_commands "$1")" -- "$cur")
        fi
        return 0
    fi
    local command=${positional[0]}
    local actions
    actions=$(_hooksmith_cli_actions "$1" "$command")
    if [[ -n $actions && ${#positional[@]} -eq 1 && $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$actions" -- "$cur")
        return 0
    fi
    if [[ $cur == -* ]]; then
        local -a help_of=("$1" "$command")
        [[ -n $actions && ${#positional[@]} -ge 2 ]] && help_of+=("${positional[1]}")
        mapfile -t COMPREPLY < <(compgen -W "$(_hooksmith_options "${help_of[@]}")" -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
}

_hooksmith()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(QT_QPA_PLATFORM=offscreen _hooksmith_options "$1")" -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
}

complete -o filenames -F _hooksmith_cli hooksmith-cli
complete -o filenames -F _hooksmith hooksmith
