# Atomic groups and possessive quantifiers (new in 3.11): no backtracking into them.
import re

print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'))
print(re.match(r'a++b', 'aab'), re.match(r'a++a', 'aaa'), re.match(r'a*+', ''))
print(re.match(r'a?+a', 'a'), re.match(r'a?+b', 'ab'))
print(re.match(r'a{1,3}+a', 'aaa'), re.match(r'a{1,3}+a', 'aaaa'))
print(re.match(r'(?:ab)++ab', 'ababab'), re.match(r'(?:ab)*+c', 'ababc'))
print(re.match(r'(?>(a)|ab)c', 'abc'), re.match(r'(?>ab|(a))c', 'abc'))
print(re.match(r'(?>(\w+))\d', 'abc1').groups() if re.match(r'(?>(\w+))\d', 'abc1') else None)
print(re.match(r'"(?>[^"\\]+|\\.)*"', r'"say \"hi\""'))
print(re.findall(r'\d++', '12 345 6'), re.findall(r'(?>x|xy)z', 'xz xyz'))
print(re.sub(r'[a-z]*+', '-', 'ab1cd'))
for p in [r'a+++', r'a*+?', r'(?>)+', r'(?>a', r'a{2}++']:
    try:
        re.compile(p)
        print(p, 'compiles')
    except re.error as e:
        print(p, '->', e)
