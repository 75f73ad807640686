#!/bin/bash
# mkrd48.sh SLUG DEADLINE : second reader worktree from the writer's branch + prompt
SLUG=$1; DL=$2; N=${SLUG}rev
cd /work/main && git worktree add -q -b $N /work/wt-$N w48-$SLUG
{ sed -e "s#NAME#$N#g" -e "s#START#02:52#g" -e "s#DEADLINE#$DL#g" /work/main/docs/process/helper-preamble.md; echo; sed -e "s#SLUG#$SLUG#g" -e "s#SESSION#48#g" /work/main/docs/process/holdout-second-reader.md; } > /work/notes/prompts48/rd-$SLUG.md
echo /work/notes/prompts48/rd-$SLUG.md
