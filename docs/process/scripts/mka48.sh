#!/bin/bash
# mka48.sh NAME "a and b" PART DEADLINE
N=$1; SA=$2; P=$3; DL=$4; BASE=${5:-main}
cd /work/main && git worktree add -q -b $N /work/wt-$N $BASE && ln -s /work/main/node_modules /work/wt-$N/node_modules
{ sed -e "s#NAME#$N#g" -e "s#START#02:52#g" -e "s#DEADLINE#$DL#g" /work/main/docs/process/helper-preamble.md; sed -e "s#ADJNAME#$N#g" -e "s#STORIES_AND#$SA#g" -e "s#PART#$P#g" /work/notes/prompts48/task-adjho48.md; } > /work/notes/prompts48/$N.md
echo /work/notes/prompts48/$N.md
