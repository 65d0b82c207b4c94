# Match objects: group variants, spans of unmatched groups, expand, repr truncation.
import re

m = re.match(r'(\w+)(?:-(\w+))?(x)?', 'key-value')
print(m.group(), m.group(0, 1, 2, 3), m.groups(), m.groups(''), m[3])
print(m.span(3), m.start(3), m.end(3), m.regs, m.lastindex)
print(m.expand(r'\2=\1'), m.expand(r'\g<2>\g<0>'), m.expand(r'[\3]'), m.expand(r'\\n\n'))
print(repr(re.match(r'.*', 'x' * 100)))
print(repr(re.match(r'.*', "it's")), repr(re.match(b'.*', b'bytes\x00')))
print(repr(re.search('b', 'abc')), repr(re.match('', 'abc')))
m = re.match(r'(a)(b)(c)', 'abc')
print(m[0], m[1], m[-0], m.group(True))
for bad in [4, -1, 'name', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), 'IndexError', e)
    try:
        m[bad]
    except IndexError as e:
        print(repr(bad), 'IndexError', e)
print(bool(m), m.start(1), m.end(2), m.span(0))
m = re.search(r'(?P<a>x)|(?P<b>y)', 'y')
print(m.groupdict(), m.lastgroup, m.lastindex, m.span('a'), m.group('b'))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
