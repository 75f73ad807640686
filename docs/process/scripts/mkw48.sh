#!/bin/bash
# mkw48.sh SLUG LANG DEADLINE -> prompts48/w-SLUG.md, worktree /work/wt-w48-SLUG
SLUG=$1; LANG_=$2; DL=$3
B=w48-$SLUG
cd /work/main && git worktree add -q -b $B /work/wt-$B main
BRIEF=$(cat /work/notes/prompts48/brief-$SLUG.txt)
{ sed -e "s#NAME#$B#g" -e "s#START#02:52#g" -e "s#DEADLINE#$DL#g" /work/main/docs/process/helper-preamble.md; echo; cat /work/main/docs/process/holdout-writer.md; } \
 | SLUG="$SLUG" LANG_="$LANG_" BRIEF="$BRIEF" python3 -c "
import os,sys
t=sys.stdin.read()
t=t.replace('STORY_BRIEF',os.environ['BRIEF']).replace('SLUG',os.environ['SLUG']).replace('CORPUS_LANG',os.environ['LANG_'])
sys.stdout.write(t)" > /work/notes/prompts48/w-$SLUG.md
echo /work/notes/prompts48/w-$SLUG.md
