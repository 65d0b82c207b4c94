# Character sets: ranges, negation, escapes and the special positions of ] - ^.
import re

s = 'Hello, World! 123 _x-y^z]'
for p in [r'[a-z]', r'[^a-z]', r'[A-Za-z0-9]', r'[]]', r'[^]]', r'[]a]', r'[a-]', r'[-a]', r'[a\-z]',
          r'[\^]', r'[a^]', r'[\d]', r'[\w-]', r'[\s,!]', r'[\W\d]', r'[^\w\s]', r'[.]', r'[\]]', r'[\\]',
          r'[\x41-\x43]', r'[\u0048]', r'[\101]', r'[\n]', r'[*+?{}()|$]']:
    print(p, re.findall(p, s + '\\\n*+?{}()|$ABC'))
print(re.findall(r'[\b]', 'a\bb'), re.findall(r'[a-c-e]', 'abcde-'))
for p in [r'[a', r'[z-a]', r'[a-\w]', r'[\w-a]', r'[\A]', r'[\Z]', r'[\q]', r'[\x1]', r'[\777]', '[a-']:
    try:
        re.compile(p)
        print(p, 'compiles')
    except re.error as e:
        print(p, '->', e)
