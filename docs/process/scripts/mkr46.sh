#!/bin/bash
# mkr46.sh NAME DEADLINE : worktree + prompt
N=$1; DL=$2
cd /work/main && git worktree add -q -b $N /work/wt-$N start46 && cp -a node_modules /work/wt-$N/ && (cd /work/wt-$N && npx wxt prepare >/dev/null 2>&1)
{ sed -e "s#NAME#$N#g" -e "s#START#20:18#g" -e "s#DEADLINE#$DL#g" /work/main/docs/process/helper-preamble.md; cat /work/notes/prompts46/common-why.md /work/notes/prompts46/task-$N.md; } > /work/notes/prompts46/$N.md
echo /work/notes/prompts46/$N.md
