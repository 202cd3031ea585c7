#!/bin/sh
# Counts the optional visit log of deploy/nginx.conf (format `safepath_count`: one line
# per fetch, "<day> <file>", never who): how many times each day the page was opened, and
# how many phones fetched each part of the app for the first time (parts stay in the
# phone's cache, so a return visit fetches only the page).
#
# Usage: sh count-visits.sh [LOG…]   (default /var/log/nginx/safepath-count.log; rotated
#        .gz files too). Prints "day<TAB>file<TAB>count", one row per day and file.
# With SAFEPATH_DIST=/var/www/safepath (the deployed folder), rows name the part of the app
# instead (help, plan, diary…, as that build's loader split-<hash>.js names each part's own
# chunk); chunks of code shared by several parts are summed in one row, "shared code".
set -eu
[ "$#" -gt 0 ] || set -- /var/log/nginx/safepath-count.log
names=/dev/null
if [ -n "${SAFEPATH_DIST:-}" ]; then
  names=$(mktemp)
  trap 'rm -f "$names"' EXIT
  # The loader fetches each part's own chunk under `export const __wasm_split_load_<part>`
  # and every other chunk under a `/* part, part */` comment.
  cat "$SAFEPATH_DIST"/split-*.js | awk '
    /^\/\* .* \*\/$/ { label = "shared code"; next }
    /^export const __wasm_split_load_/ { label = $3; sub(/^__wasm_split_load_/, "", label) }
    match($0, /chunk-[0-9a-f]+\.wasm/) {
      if (label != "") print substr($0, RSTART, RLENGTH), label
      label = ""
    }
  ' >"$names"
fi
zcat -f -- "$@" | awk -v names="$names" '
  BEGIN {
    while ((getline line < names) > 0) {
      file = line; sub(/ .*/, "", file); part[file] = substr(line, length(file) + 2)
    }
  }
  NF == 2 { what = ($2 in part) ? part[$2] : $2; n[$1 "\t" what]++ }
  END { for (k in n) print k "\t" n[k] }
' | sort
