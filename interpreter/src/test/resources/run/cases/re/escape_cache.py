# re.escape, the compile cache and purge.
import re

for s in ['a.b', 'x*y+z?', '(1)[2]{3}', 'a b\tc\n', '$^|\\', 'under_score-dash', '#&~', 'plain123', '']:
    e = re.escape(s)
    print(repr(s), repr(e), bool(re.fullmatch(e, s)))
print(re.escape(b'1.5 + 2'), re.escape('!"%\',/:;<=>@`'))
p1 = re.compile(r'\d+')
p2 = re.compile(r'\d+')
print(p1 is p2, re.compile(r'\d+', re.I) is p1, re.compile(p1) is p1)
re.purge()
print(re.compile(r'\d+') is p1, re.compile(r'\d+') == p1)
print(re.search(p1, 'ab12').group(), re.findall(p1, '1 22 333'), re.sub(p1, '#', 'a1b22'))
try:
    re.search(p1, 'x', re.I)
except ValueError as e:
    print('ValueError', e)
words = ['cat', 'c.t', 'a+b']
alt = re.compile('|'.join(map(re.escape, words)))
print(alt.findall('cat cut c.t a+b aab'))
