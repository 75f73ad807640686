#!/bin/bash
# mkrev48.sh REV BRANCH DEADLINE : reviewer prompt for one branch's diff
R=$1; B=$2; DL=$3
BASE=${4:-$(git -C /work/main merge-base main $B)}
{ echo "Recoupe is a browser extension (TypeScript, WXT, Preact) that cross-checks a news page against a local corpus: same story, matching passages across French and English, figures compared (what is counted, by whom, when). The time now is $(date -u +%H:%M) UTC."; echo; sed -e "s#REVNAME#$R#g" -e "s#BASE#$BASE#g" -e "s#git diff $BASE main -- AREA#git diff $BASE $B#g" -e "s#DEADLINE#$DL UTC#g" -e "s#in /work/main (read only#in /work/main (branch $B; read only; its worktree /work/wt-$B holds it: read and run probes or tests there, never edit, commit or stash there#" /work/main/docs/process/reviewer.md; } > /work/notes/prompts48/$R.md
echo /work/notes/prompts48/$R.md
