#!/bin/bash
# ho-quick48.sh REF : held-out only (devset emptied in a scratch worktree); output /tmp/hoq-REF.txt
REF=$1; T=$(echo $REF | tr '/' '_'); W=/work/wt-hoq-$T
cd /work/main; git worktree remove --force $W 2>/dev/null; git worktree add -q --detach $W $REF
ln -s /work/main/node_modules $W/node_modules
rm -rf $W/test/fixtures/holdout; cp -a /work/main/test/fixtures/holdout $W/test/fixtures/
find $W/test/fixtures/devset -mindepth 1 -maxdepth 1 -type d ! -name heist -exec rm -rf {} +
cd $W && npx tsx scripts/run-all.ts eval devset > /tmp/hoq-$T.txt 2>&1; echo "exit $?" >> /tmp/hoq-$T.txt
cd /work/main; git worktree remove --force $W
grep -n "held-out stories" /tmp/hoq-$T.txt | cut -c1-600
