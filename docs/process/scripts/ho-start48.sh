#!/bin/bash
# ho-start48.sh REF : held-out eval + timeline + figure causes (devset emptied in a scratch worktree); outputs /tmp/hos-REF*.txt
REF=$1; T=$(echo $REF | tr '/' '_'); W=/work/wt-hos-$T
STORIES=${STORIES:-kiptum,silkyara,bitcoin,ballondor}
cd /work/main; git worktree remove --force $W 2>/dev/null; git worktree add -q --detach $W $REF
ln -s /work/main/node_modules $W/node_modules
rm -rf $W/test/fixtures/holdout; cp -a /work/main/test/fixtures/holdout $W/test/fixtures/
find $W/test/fixtures/devset -mindepth 1 -maxdepth 1 -type d ! -name heist -exec rm -rf {} +
cd $W && npx tsx scripts/run-all.ts eval devset > /tmp/hos-$T.txt 2>&1; echo "exit $?" >> /tmp/hos-$T.txt
npx tsx scripts/run-all.ts eval timeline > /tmp/hos-$T-timeline.txt 2>&1
for s in ${STORIES//,/ }; do cp -a test/fixtures/holdout/$s test/fixtures/devset/; done
npx tsx scripts/dev/figure-causes.ts $STORIES > /tmp/hos-$T-causes.txt 2>&1
cd /work/main; git worktree remove --force $W
grep -n "held-out stories" /tmp/hos-$T.txt | cut -c1-600
