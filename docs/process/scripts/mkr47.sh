#!/bin/bash
# mkr47.sh NAME DEADLINE : worktree + prompt
N=$1; DL=$2
cd /work/main && git worktree add -q -b $N /work/wt-$N start47 && cp -a node_modules /work/wt-$N/ && (cd /work/wt-$N && npx wxt prepare >/dev/null 2>&1)
{ sed -e "s#NAME#$N#g" -e "s#START#23:36#g" -e "s#DEADLINE#$DL#g" /work/main/docs/process/helper-preamble.md; cat /work/notes/prompts47/common-why.md /work/notes/prompts47/task-$N.md; } > /work/notes/prompts47/$N.md
echo /work/notes/prompts47/$N.md
