# sub and subn: templates, group references, callables, count, empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub(r'a', r'\n\t\\', 'xax'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', 1))
print(re.subn('a', 'b', 'banana'), re.subn('z', 'b', 'banana'))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub(rb'\s+', b' ', b'a   b \n c'))
print(re.sub(r'(\d+)', r'\1\1', '12 3'), re.sub('(b)', r'\101', 'abc'))
p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)')
print(p.sub(r'\g<month>/\g<year>', 'on 2023-07 and 1999-12'))
print(p.subn(lambda m: m['year'][2:], '2023-07 2024-01'))
m = p.search('x 2020-02')
print(m.expand(r'\2.\1 \g<year>'), m.expand('none'))
for repl in [r'\3', r'\g<x>', r'\g<1', r'\q', '\\', r'\g<>', r'\g<a b>']:
    try:
        re.sub(r'(a)(b)', repl, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
