# Back references by number and name, with IGNORECASE and unmatched groups.
import re

print(re.search(r'(\w+) \1', 'hello hello world'))
print(re.search(r'(\w+) \1', 'hello world'))
print(re.findall(r'\b(\w)\w*\1\b', 'bob anna eve tot sas cat'))
print(re.match(r'(?i)(ab)\1', 'abAB'), re.match(r'(ab)\1', 'abAB'))
print(re.match(r'(a)|b\1', 'b'))
print(re.match(r'(a)?b\1', 'b'))
print(re.match(r'(a*)\1', 'aaaa').groups(), re.match(r'(a*)b\1', 'aabaaa').group())
print(re.match(r'(?:(a)|b)*\1', 'aba'))
print(re.match(r'(\d)(\d)\2\1', '1221'), re.match(r'(\d)(\d)\2\1', '1212'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj').group())
print(re.match(r'(a)\08', 'a\x008'), re.match(r'\101', 'A'))
for p in [r'(a)\2', r'\1(a)', r'(a\1)', r'(?P<n>a(?P=n))']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '->', e)
