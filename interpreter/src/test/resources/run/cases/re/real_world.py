# Typical uses: a tokenizer, log parsing, validation, extraction.
import re

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<SKIP>\s+)
  | (?P<ERROR>.)
''', re.VERBOSE)
for m in TOKEN.finditer('x = 3.5 * (y + 42) $'):
    if m.lastgroup != 'SKIP':
        print(m.lastgroup, repr(m.group()), m.start())
log = '''2023-01-15 10:23:45 ERROR [db] connection lost
2023-01-15 10:24:00 INFO [web] request /home 200
2023-01-15 10:25:13 WARNING [db] slow query 2.5s
bad line here
2023-01-16 08:00:00 ERROR [auth] token expired'''
entry = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)$', re.M)
for m in entry.finditer(log):
    print(m['level'], m['mod'], m['msg'])
print(len(entry.findall(log)), [m['date'] for m in entry.finditer(log) if m['level'] == 'ERROR'])
email = re.compile(r'^[\w.+-]+@[\w-]+(\.[\w-]+)+$')
for e in ['a@b.com', 'first.last+tag@sub.example.org', 'no-at-sign', 'x@y', '@y.com']:
    print(e, bool(email.match(e)))
print(re.findall(r'https?://[^\s,]+', 'see http://a.com/x, https://b.org/y?q=1 and ftp://c'))
print(re.sub(r'(\d+)/(\d+)/(\d+)', r'\3-\1-\2', 'due 12/25/2023 or 1/2/2024'))
print(re.sub(r'\s+', ' ', '  too   many \t spaces \n here ').strip())
print(re.findall(r'"([^"]*)"', 'say "hello" and "good bye"'))
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseString').lower())
print(re.split(r'[;,]\s*', 'a, b;c ,d'), re.split(r'(?<=[.!?]) +', 'Hi. How are you? Fine!'))
print(re.sub(r'\b(\w)(\w*)', lambda m: m[1].upper() + m[2], 'the quick brown fox'))
ini = '[main]\nkey = value\nother=1\n[extra]\nflag = yes'
sections = {}
for m in re.finditer(r'^\[(\w+)\]\n((?:(?!\[).*\n?)*)', ini, re.M):
    sections[m[1]] = dict(re.findall(r'^(\w+)\s*=\s*(.*)$', m[2], re.M))
print(sections)
