# match, search, fullmatch and the Match object's accessors.
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m[2])
print(m.groups(), m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(1))
print(m.pos, m.endpos, m.string, m.re)
print(m.lastindex, m.lastgroup, m.regs)
print(re.match('b', 'abc'), re.search('b', 'abc'))
print(re.fullmatch('abc', 'abc'), re.fullmatch('ab', 'abc'), re.fullmatch('a|ab', 'ab'))
print(bool(re.search('x', 'abc')), bool(re.search('c', 'abc')))
p = re.compile(r'\d+')
print(p.search('ab 123 45', 4), p.search('ab 123 45', 3, 5), p.match('12345', 1, 3))
print(p.match('x12', -5), p.search('123', 10), p.fullmatch('a123b', 1, 4))
m = re.search(r'(a)(b)?(c)?', 'xac')
print(m.groups(), m.groups('-'), m.lastindex, m.span(2), m.start(2))
try:
    m.group(4)
except IndexError as e:
    print('IndexError:', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError:', e)
print(repr(re.search('', 'abc')), re.search('$', 'abc').span())
print(re.match(r'.*', 'a' * 80))
print(type(m).__name__, type(p).__name__, type(m).__module__)
