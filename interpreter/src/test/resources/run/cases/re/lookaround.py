# Lookahead and lookbehind, positive and negative, with groups inside.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\b\w+\b(?!,)', 'a, bb, ccc'))
print(re.findall(r'(?<=@)\w+', 'me@home you@work'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or 40 units'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
m = re.match(r'(?=(\w+))\w', 'abc')
print(m.group(), m.groups(), m.span(1))
print(re.match(r'(?!(a))\w', 'b').groups(), re.match(r'(?!(a))\w', 'a'))
print(re.search(r'(?<=(a)b)c', 'abc').groups())
print(re.search(r'(?<=ab|cd)x', 'cdx'), re.search(r'(?<=a.c)x', 'abcx'))
print(re.findall(r'(?<=\b)\w', 'ab cd'), re.findall(r'(?<=^)a', 'aa'))
print(re.search(r'(?<=a)', 'a').span(), re.search(r'(?<!a)$', 'ba'), re.search(r'(?<!a)$', 'ab'))
print(re.match(r'(?=a)(?=a.)a', 'ab'), re.match(r'(?=a)b', 'ab'))
print(re.search(r'q(?!u)', 'quit qat').span())
print(re.match(r'(?:(?=(\d))\d)+', '123').groups())
pw = re.compile(r'^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$')
for s in ['Passw0rd', 'password', 'Sh0rt', 'NoDigitsHere', 'ok1Longer']:
    print(s, bool(pw.match(s)))
for p in [r'(?<=a*)b', r'(?<=a|bc)d', r'(?<!x+)y', r'(?<=(?P<g>a))(?P=g)', r'(?<=a{1,2})b']:
    try:
        re.compile(p)
        print(p, 'compiles')
    except re.error as e:
        print(p, '->', e)
