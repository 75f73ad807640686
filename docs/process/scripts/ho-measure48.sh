#!/bin/bash
# ho-measure48.sh REF [causes]: eval devset (+ held-out from /work/main) at REF in a scratch worktree; output /tmp/ho-REF.txt
REF=$1; T=$(echo $REF | tr '/' '_'); W=/work/wt-ho-$T
STORIES=${STORIES:-francetravail,powerball,warhol,donanemab}
cd /work/main; git worktree remove --force $W 2>/dev/null; git worktree add -q --detach $W $REF
ln -s /work/main/node_modules $W/node_modules
rm -rf $W/test/fixtures/holdout; cp -a /work/main/test/fixtures/holdout $W/test/fixtures/
cd $W && npx tsx scripts/run-all.ts eval devset > /tmp/ho-$T.txt 2>&1
npx tsx scripts/run-all.ts eval timeline > /tmp/ho-$T-timeline.txt 2>&1
if [ "$2" = causes ]; then
  for s in ${STORIES//,/ }; do cp -a test/fixtures/holdout/$s test/fixtures/devset/; done
  npx tsx scripts/dev/figure-causes.ts $STORIES > /tmp/ho-$T-causes.txt 2>&1
fi
cd /work/main; git worktree remove --force $W
grep -n "all stories\|held-out stories" /tmp/ho-$T.txt | cut -c1-600
