# Inline flags: global (?imsxa) at the start and scoped (?i:...) (?-i:...).
import re

print(re.findall(r'(?i)abc', 'ABC abc AbC'), re.findall(r'a(?i:b)c', 'abc aBc ABC abC'))
print(re.findall(r'(?i)a(?-i:b)c', 'abc ABC aBc AbC'))
print(re.match(r'(?s).+', 'a\nb').group(), re.match(r'.+', 'a\nb').group(), re.match(r'(?s:.)+', '\n\n').span())
print(re.findall(r'(?m)^x', 'x\nx'), re.findall(r'(?m:^x)|y', 'x\nxy'))
print(re.match(r'(?x) a b  c # comment', 'abc'), re.match(r'(?x)a\ b', 'a b'), re.match(r'(?x)[ ]a', ' a'))
print(re.match(r'(?a)\w+', 'héllo').group(), re.match(r'\w+', 'héllo').group(), re.match(r'(?a:\w)\w', 'éé'))
print(re.compile(r'(?i)a').flags, re.compile(r'(?ms)a').flags, re.compile(r'(?x)a').flags, re.compile(r'(?a)a').flags)
print(re.compile(r'(?i:a)').flags, re.compile('a', re.I | re.S).flags)
print(re.match(r'(?i)[a-c]+', 'AbC'), re.match(r'(?i)[^a]', 'A'), re.match(r'(?i)\x41', 'a'))
print(re.match(r'(?-s:.)(?s:.)', 'a\n'), re.match(r'(?i)(?-i:a)', 'A'))
print(re.match(r'(?x: a b ) c', 'ab c'), re.match(r'(?x)(?-x: a)', ' a'))
for p in [r'a(?i)b', r'(?z)', r'(?i', r'(?-i)', r'(?i-i:a)', r'(?a-a:b)', r'(?L)a', r'(?au)a', r'(?u-:a)',
          r'(?i-:a)', r'(?-', r'(?-1:a)', r'(?t:a)', r'(?i)(?m)a', r'(?i)(?m:a)b']:
    try:
        re.compile(p)
        print(p, 'compiles', re.compile(p).flags)
    except re.error as e:
        print(p, '->', e)
