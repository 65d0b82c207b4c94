# findall and finditer: groups, empty matches (3.7 rules), positions.
import re

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c3'))
print(re.findall(r'(\w)\d', 'a1 b2 c3'))
print(re.findall(r'(a)|b', 'abab'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'', 'abc'))
print(re.findall(r'\b', 'hi there'))
print(re.findall(r'a|', 'baaac'))
for m in re.finditer(r'\w+', 'one two  three'):
    print(m.span(), m.group())
print([m.span() for m in re.finditer(r'x*', 'xaxx')])
p = re.compile(r'o')
print(p.findall('foo boo', 2), p.findall('foo boo', 0, 3), [m.start() for m in p.finditer('foo boo', 3)])
print(re.findall(r'(?:a(b)?)+', 'aab ab a'))
print(re.findall(rb'[a-z]+', b'hello World 42'))
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('done')
