# re.error: CPython's messages, positions, lineno and colno.
import re

patterns = [
    '(', '(a', 'a)', 'a**', '*a', '+', '?', 'a{2}{3}', 'x|*', '^*',
    '\\q', 'a\\', '[a', '[', '[]', '[^]', '[z-a]', '[a-\\d]', '[\\d-z]',
    '(?<x>a)', '(?<', '(?P', '(?Px)', '(?P<>a)', '(?P<a', '(?P<1a>x)',
    '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=a)(?P<a>x)', '(?P<a>(?P=a))',
    '(?<=a+)b', '(?<!a|bc)d', '(?<=a{2})b', '(?<=(a)\\1)', 'a{3,2}', '(?',
    '(?x', '(?z)', '(?i', 'a(?i)b', '(?-)', '(?i-i:a)', '(?-z:a)', '(?#abc',
    '\\1', '(a)\\2', '(a\\1)', '\\x4', '\\u12', '\\U0011ffff', '\\400',
    '(?(1)a|b)', '(?(x)a|b)', '(?(1a)a)', '(?(0)a)', '(a)(?(1)a|b|c)',
    '\\N{NOT A REAL NAME}', '(?<=(?P<n>a))(?P=n)', '(?L)a', '(?au)a',
    'a\n(b', 'ab\ncd\n[x', '(?x)  a  (  ',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
    except (ValueError, OverflowError) as e:
        print(repr(p), '->', type(e).__name__, e)
for p, flags in [(b'(?u)a', 0), ('a', re.LOCALE), (b'a', re.UNICODE), ('a', re.ASCII | re.UNICODE),
                 (b'[', 0), (b'\\u1234', 0), ('a{4294967295}', 0)]:
    try:
        re.compile(p, flags)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), '->', e, e.pos)
    except (ValueError, OverflowError) as e:
        print(repr(p), '->', type(e).__name__, e)
try:
    re.compile('(')
except Exception as e:
    print(type(e), isinstance(e, Exception), e.args)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError:', e)
