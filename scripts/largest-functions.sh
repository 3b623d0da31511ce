#!/bin/sh
# largest-functions.sh: the N largest Swift functions (lines from the `func`/`init` line to its closing brace) under
# the given folders, for keeping an eye on function size. A rough count: it reads braces, not Swift syntax.
# Usage: largest-functions.sh [N] [DIR...]   (default: 10 Sources)
n=${1:-10}; [ $# -gt 0 ] && shift
[ $# -eq 0 ] && set -- Sources
find "$@" -name '*.swift' | sort | xargs awk '
FNR == 1 { depth = 0; open = 0 }
{
    line = $0
    gsub(/"([^"\\]|\\.)*"/, "\"\"", line)   # braces inside string literals do not count
    sub(/\/\/.*$/, "", line)
    if (!open && line ~ /(^|[^A-Za-z0-9_])(func [A-Za-z_]|init[?!]?\(|init[?!]? *<)/ && line ~ /\{/) {
        open = 1; start = FNR; base = depth
        name = $0; sub(/^[ \t]+/, "", name); sub(/\{.*$/, "", name); name = substr(name, 1, 70)
    }
    o = gsub(/\{/, "{", line); c = gsub(/\}/, "}", line); depth += o - c
    if (open && depth <= base) { printf "%5d  %s:%d  %s\n", FNR - start + 1, FILENAME, start, name; open = 0 }
}' | sort -rn | head -n "$n"
