# re.error positions in multi-line patterns give lineno and colno.
import re

cases = ['ab\n(cd', 'a\nb\nc)', 'x\n\ny{2,1}', '(?x)\n  a\n  [b\n', 'first\nsecond\\q', '\n*', 'a(?P<n>b\n(?P<n>c))']
for p in cases:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b'ab\n(cd')
except re.error as e:
    print(e, e.pos, e.lineno, e.colno, e.pattern)
e = re.error('custom message')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('custom', 'a\nbc', 3)
print(e, e.lineno, e.colno, repr(e))
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(e, e.pattern, e.pos)
