import json, re, subprocess, os
os.chdir('/work/main')
S = ['francetravail', 'powerball', 'warhol', 'donanemab']
RISING = []
ho = open('test/fixtures/holdout/README.md').read()
# split sections
parts = re.split(r'(?m)^(?=#{2,3} [a-z0-9]+/)', ho)
head, secs = parts[0], parts[1:]
moved = [s for s in secs if any(re.match(f'#{{2,3}} {x}/', s) for x in S)]
assert len(moved) == len(S), [s[:40] for s in secs]
kept = [s for s in secs if s not in moved]
old = 'the\nsession-36 stories (karabakh, turkeyvote, creditsuisse, nahel) in session 37, the session-37 stories (maui, odisha,\ntrumpfraud, wagner) in session 38, the session-38 stories (kakhovka, titan, evergrande, dutchvote) in session 39, the\nsession-39 stories (otis, taiwanvote, eastpalestine, applefine) in session 40, the session-40 stories (nigercoup,\npakistanvote, rugbyfinal, turkeyquake) in session 41, the session-41 stories (chandrayaan, bloodinquiry, tavares,\nrolandgarros) in session 42, the session-42 stories (pogacar, derna, indiavote,\nhaneda) in session 43, the session-43 stories (gabon, lampedusa, bojhike,\nactivision) in session 44, the session-44 stories (altman, hottest,\neurovision, covidend) in session 45, the session-45 stories (nobelpeace, binance, chilefires, visionpro) in session\n46, the session-46 stories (cop28, fusion, mbappe, insee) in session 47. The session-47 stories were written and\nsecond-read at the start of session 47, before any engine run on them, and measured once before any engine change of\nthat session.'
assert old in head, 'sentence'
new = 'the\nsession-36 stories (karabakh, turkeyvote, creditsuisse, nahel) in session 37, the session-37 stories (maui, odisha,\ntrumpfraud, wagner) in session 38, the session-38 stories (kakhovka, titan, evergrande, dutchvote) in session 39, the\nsession-39 stories (otis, taiwanvote, eastpalestine, applefine) in session 40, the session-40 stories (nigercoup,\npakistanvote, rugbyfinal, turkeyquake) in session 41, the session-41 stories (chandrayaan, bloodinquiry, tavares,\nrolandgarros) in session 42, the session-42 stories (pogacar, derna, indiavote,\nhaneda) in session 43, the session-43 stories (gabon, lampedusa, bojhike,\nactivision) in session 44, the session-44 stories (altman, hottest,\neurovision, covidend) in session 45, the session-45 stories (nobelpeace, binance, chilefires, visionpro) in session\n46, the session-46 stories (cop28, fusion, mbappe, insee) in session 47, the\nsession-47 stories (francetravail, powerball, warhol, donanemab) in session 48. The session-48 stories were written and\nsecond-read at the start of session 48, before any engine run on them, and measured once before any engine change of\nthat session.'
head = head.replace(old, new)
open('test/fixtures/holdout/README.md', 'w').write(head.rstrip('\n') + '\n' + ''.join('\n' + k.rstrip('\n') + '\n' for k in kept))
for x in S:
    subprocess.check_call(['git', 'mv', f'test/fixtures/holdout/{x}', f'test/fixtures/devset/{x}'])
    p = f'test/fixtures/devset/{x}/story.json'
    raw = open(p).read()
    d = json.loads(raw)
    d['kind'] = d['kind'] + '; in the development set from session 48'
    indent = 1 if raw.startswith('{\n "') else 2
    open(p, 'w').write(json.dumps(d, ensure_ascii=False, indent=indent) + '\n')
intro = open('/work/notes/move48-intro.md').read().rstrip('\n')
body = ''.join('\n' + re.sub(r'(?m)^## ', '### ', m).rstrip('\n') + '\n' for m in moved)
dv = open('test/fixtures/devset/README.md').read().rstrip('\n')
open('test/fixtures/devset/README.md', 'w').write(dv + '\n\n' + intro + '\n' + body)
t = 'scripts/eval/devset-adjudicated.test.ts'
s = open(t).read(); assert 'toBe(154)' in s; open(t, 'w').write(s.replace('toBe(154)', 'toBe(158)'))
t = 'scripts/eval/timeline.ts'
s = open(t).read(); o = "'turkeyquake', 'derna', 'lampedusa', 'chilefires']"; assert o in s
if RISING: open(t, 'w').write(s.replace(o, "'turkeyquake', 'derna', 'lampedusa', 'chilefires', " + ', '.join(f"'{r}'" for r in RISING) + ']'))
t = 'README.md'
s = open(t).read(); assert 'holds 154 stories' in s; open(t, 'w').write(s.replace('holds 154 stories', 'holds 158 stories'))
print('ok')
