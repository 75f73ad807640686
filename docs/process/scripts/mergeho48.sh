#!/bin/bash
# mergeho48.sh SLUG : merge the reader's branch into main, append README-section.md to holdout README, remove it
set -e
SLUG=$1; N=${SLUG}rev
cd /work/main
git merge -q --no-ff -m "Holdout: $SLUG (written by hand and second-read before any engine run, session 48)" $N
f=test/fixtures/holdout/$SLUG/README-section.md
test -f $f
printf '\n' >> test/fixtures/holdout/README.md
cat $f >> test/fixtures/holdout/README.md
git rm -q $f
git add test/fixtures/holdout/README.md
git commit -qm "Holdout README: the $SLUG section (session 48)"
git log --oneline -2
