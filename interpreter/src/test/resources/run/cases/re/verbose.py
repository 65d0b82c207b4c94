# re.VERBOSE: whitespace and comments ignored, except in classes and when escaped.
import re

number = re.compile(r"""
    [-+]?          # an optional sign
    (?:
        \d+ \. \d* # digits, a point, maybe digits
      | \. \d+     # or a point and digits
      | \d+        # or just digits
    )
    (?:[eE] [-+]? \d+)?   # an exponent
""", re.VERBOSE)
for s in ['42', '-3.14', '.5', '6.02e23', '1e-9', 'abc', '+.']:
    m = number.fullmatch(s)
    print(s, m.group() if m else None)
print(re.match(r'(?x) a [ ] b', 'a b'), re.match(r'(?x) a \  b', 'a b'), re.match(r'(?x)a\#b', 'a#b'))
print(re.match(r'(?x)a#b', 'a'), re.match('(?x)a # x\n b', 'ab'), re.match(r'(?x)a{ 2 }', 'a{ 2 }'))
print(re.match(r'(?x)a {2}', 'aa'), re.match(r'(?x)(?P<n> a )', 'a').groupdict())
phone = re.compile(r'''
    (\d{3})   # area code
    \D*       # separator
    (\d{3})   # trunk
    \D*
    (\d{4})   # rest
''', re.X)
print(phone.search('call 800-555-1212 now').groups(), phone.search('(800) 555 1212').groups())
try:
    re.compile('(?x)(a # unterminated')
except re.error as e:
    print(e)
