#!/bin/bash
# mkr40.sh NAME DEADLINE : worktree + prompt
N=$1; DL=$2
cd /work/main && git worktree add -q -b $N /work/wt-$N main && cp -a node_modules /work/wt-$N/ && (cd /work/wt-$N && npx wxt prepare >/dev/null 2>&1)
{ sed -e "s#NAME#$N#g" -e "s#START#02:44#g" -e "s#DEADLINE#$DL#g" /work/main/docs/process/helper-preamble.md; cat /work/notes/prompts40/common-why.md /work/notes/prompts40/task-$N.md; } > /work/notes/prompts40/$N.md
echo /work/notes/prompts40/$N.md
