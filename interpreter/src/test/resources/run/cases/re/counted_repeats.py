# Counted repeats {m} {m,} {,n} {m,n} and braces that are literals.
import re

for p in [r'a{3}', r'a{2,}', r'a{,2}', r'a{1,3}', r'a{0}', r'a{0,0}b', r'(ab){2}']:
    print(p, [m.group() for m in re.finditer(p, 'aaaa abab b')])
print(re.findall(r'x{', 'x{'), re.findall(r'x{}', 'x{}'), re.findall(r'x{a}', 'x{a}'), re.findall(r'x{1', 'x{1'))
print(re.findall(r'x{1,2', 'x{1,2'), re.findall(r'{', '{}'), re.findall(r'x{,}', 'xx'))
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234'), re.fullmatch(r'\d{3}-\d{4}', '55-1234'))
print(re.match(r'(?:a{2}){2}', 'aaaaa'), re.match(r'(a{2})*', 'aaaaa').groups())
print(re.match(r'.{3,5}', 'abcdefg').group(), re.match(r'[ab]{2,3}?c', 'ababc'))
for p in [r'a{2,1}', r'a{4294967295}', r'a{1,4294967296}', '{2}', r'a{1}{2}']:
    try:
        re.compile(p)
        print(p, 'compiles')
    except (re.error, OverflowError) as e:
        print(p, '->', type(e).__name__, e)
