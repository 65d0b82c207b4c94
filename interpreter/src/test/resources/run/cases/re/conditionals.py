# Conditional patterns (?(group)yes|no) by number and by name.
import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(s, m.group(2) if m else None)
q = re.compile(r'(?P<quote>["\'])?\w+(?(quote)(?P=quote))')
print([m.group() for m in q.finditer('"a" \'b\' c "d\'')])
print(re.match(r'(a)?(?(1)b)c', 'abc'), re.match(r'(a)?(?(1)b)c', 'c'))
print(re.match(r'(a)?(?(1)b|d)', 'd'), re.match(r'(a)?(?(1)b|d)', 'ad'))
print(re.findall(r'(\()?\d+(?(1)\))', '(1) 2 (3 4)'))
for p in [r'(?(1)a|b|c)', r'(?(2)a)(b)', r'(?(x)a)', r'(?(0)a)', r'(?(a-b)x)', r'(?(1)a', r'(a)(?(3)b)']:
    try:
        re.compile(p)
        print(p, 'compiles')
    except re.error as e:
        print(p, '->', e)
