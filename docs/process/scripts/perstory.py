import re, sys
# per-story totals (fr+en) from an eval output: figures right, passages given recall/precision, e2e
cur=None; d={}
for l in open(sys.argv[1]):
    m=re.match(r'### (\S+):', l)
    if m: cur=m.group(1); d[cur]={'fr':[0,0],'pg':[0,0],'pp':[0,0],'er':[0,0],'ep':[0,0]}; continue
    if cur is None: continue
    m=re.search(r'figures \(given the story\): pairs compared \S+ \((\d+)/(\d+)\), right verdict \S+ \((\d+)/(\d+)\)', l)
    if m: d[cur]['fr'][0]+=int(m.group(3)); d[cur]['fr'][1]+=int(m.group(4))
    m=re.search(r'passages \(given the story\): recall \S+ \((\d+)/(\d+)\).*precision \S+ \((\d+)/(\d+)\)', l)
    if m: d[cur]['pg'][0]+=int(m.group(1)); d[cur]['pg'][1]+=int(m.group(2)); d[cur]['pp'][0]+=int(m.group(3)); d[cur]['pp'][1]+=int(m.group(4))
    m=re.search(r'passages \(end to end\): recall \S+ \((\d+)/(\d+)\).*precision \S+ \((\d+)/(\d+)\)', l)
    if m: d[cur]['er'][0]+=int(m.group(1)); d[cur]['er'][1]+=int(m.group(2)); d[cur]['ep'][0]+=int(m.group(3)); d[cur]['ep'][1]+=int(m.group(4))
    if l.startswith('  all stories') or l.startswith('  held-out'): cur=None
want=sys.argv[2].split(',') if len(sys.argv)>2 else list(d)
for s in want:
    if s in d: x=d[s]; print(f"{s}: figures {x['fr'][0]}/{x['fr'][1]}; passages {x['pg'][0]}/{x['pg'][1]} prec {x['pp'][0]}/{x['pp'][1]}; e2e {x['er'][0]}/{x['er'][1]} prec {x['ep'][0]}/{x['ep'][1]}")
