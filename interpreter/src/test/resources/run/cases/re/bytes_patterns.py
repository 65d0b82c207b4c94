# bytes patterns: ASCII semantics, LOCALE, and the str/bytes mixing errors.
import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\n'
print(re.match(rb'(\w+) (\S+) HTTP/(\d\.\d)', data).groups())
print(re.findall(rb'^(\w+): (.*?)\r$', data, re.M))
print(re.split(rb'\r\n', data), re.sub(rb'\d', b'#', data))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(rb'(?i)[a-z]+', b'ABC def'), re.match(rb'\x41\101', b'AA'))
print(re.compile(rb'a', re.L).match(b'a'), re.compile(rb'(?L)\w+').match(b'abc'))
print(re.escape(b'a.b*c\xff'), re.match(b'.', b'\n'), re.match(b'(?s).', b'\n'))
m = re.search(rb'(?P<n>\d+)', b'abc 42')
print(m, m.group('n'), m.groupdict(), m.span(), m.expand(rb'[\g<n>]'))
print(re.sub(rb'(\w+)', rb'<\1>', b'a b'), re.subn(rb'a', b'', b'banana'))
print(re.match(rb'a', bytearray(b'abc')), re.findall(rb'b', bytearray(b'abcb')))
for args in [(b'a', 'a'), ('a', b'a'), (rb'(?u)a', b'a'), (rb'\u0041', b'A'), (b'a', 3)]:
    try:
        print(re.match(*args))
    except (TypeError, re.error) as e:
        print(type(e).__name__, e)
try:
    re.sub(rb'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.L | re.A)
except ValueError as e:
    print('ValueError', e)
