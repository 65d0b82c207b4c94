# The flags: values, reprs, combinations, and Pattern.flags / Pattern repr.
import re

for f in [re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG]:
    print(repr(f), int(f), f.value, f.name)
print(re.IGNORECASE is re.I, re.I == 2, re.I | re.M, re.M | re.I, re.I | re.M | re.S)
print(repr(re.I | 1024), repr(re.X & re.X), repr(re.I & re.M), repr(~re.I))
print(re.I + 1, re.I * 2, isinstance(re.I, int), '%d %s' % (re.M, re.M), f'{re.S}', f'{re.S:d}')
print(repr(re.compile('a', re.I)), repr(re.compile('a', re.I | re.M | re.S | re.X)))
print(repr(re.compile('a')), repr(re.compile(b'a')), repr(re.compile('a', re.A)), repr(re.compile('a', re.U)))
print(repr(re.compile(b'a', re.L)), repr(re.compile(b'a', re.I)), repr(re.compile('(?i)a')))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags, re.compile(b'a', re.L).flags)
print(repr(re.compile("it's")), repr(re.compile('a\nb')), repr(re.compile('x' * 250))[-20:])
print(re.findall('a', 'aA', flags=re.I | re.M), re.findall('a', 'aA', 2))
print(re.compile('a', re.I) == re.compile('a', re.I), re.compile('a') == re.compile('a', re.I))
print(re.compile('a') == re.compile(b'a'), hash(re.compile('ab')) == hash(re.compile('ab')))
