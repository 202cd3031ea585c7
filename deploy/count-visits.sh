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
  # The loader lists every chunk once (`const c = ["./chunk-….wasm", …]`) and loads each
  # part with the indexes of the chunks it needs (`export const __wasm_split_load_<part> =
  # load(0, 1, 25)`). A chunk that one part alone needs is named after it; a chunk that
  # several need is "shared code". A view's parts (`plan_parts`) count as the view.
  cat "$SAFEPATH_DIST"/split-*.js | awk '
    /^const c = \[/ {
      s = $0; n = 0
      while (match(s, /chunk-[0-9a-f]+\.wasm/)) { file[n++] = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH) }
    }
    /^export const __wasm_split_load_/ {
      p = $3; sub(/^__wasm_split_load_/, "", p); sub(/_parts$/, "", p)
      s = $0; sub(/^[^(]*\(/, "", s); sub(/\).*/, "", s)
      k = split(s, idx, /, */)
      for (i = 1; i <= k; i++) {
        j = idx[i] + 0
        if (!((j, p) in seen)) { seen[j, p] = 1; users[j]++; label[j] = p }
      }
    }
    END { for (j = 0; j < n; j++) print file[j], (users[j] == 1 ? label[j] : "shared code") }
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
