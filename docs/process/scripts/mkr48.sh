#!/bin/bash
# mkr48.sh NAME DEADLINE : worktree + prompt
N=$1; DL=$2
cd /work/main && git worktree add -q -b $N /work/wt-$N ${BASE:-start48} && cp -a node_modules /work/wt-$N/ && (cd /work/wt-$N && npx wxt prepare >/dev/null 2>&1)
{ sed -e "s#NAME#$N#g" -e "s#START#02:52#g" -e "s#DEADLINE#$DL#g" /work/main/docs/process/helper-preamble.md; cat /work/notes/prompts48/common-why.md /work/notes/prompts48/task-$N.md; } > /work/notes/prompts48/$N.md
echo /work/notes/prompts48/$N.md
