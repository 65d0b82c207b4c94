# ^ $ \A \Z \b \B, with and without MULTILINE, and the final newline rule of $.
import re

text = 'one\ntwo\nthree\n'
print(re.findall(r'^\w+', text), re.findall(r'(?m)^\w+', text))
print(re.findall(r'\w+$', text), re.findall(r'(?m)\w+$', text))
print(re.search(r'three$', text), re.search(r'three\Z', text), re.search(r'three\n\Z', text))
print(re.findall(r'$', 'a\nb\n'), [m.span() for m in re.finditer(r'(?m)$', 'a\nb\n')])
print([m.span() for m in re.finditer(r'(?m)^', 'a\nb\n')], re.findall(r'\A\w', 'ab\ncd', re.M))
print(re.findall(r'\bfoo\b', 'foo foobar (foo) barfoo foo.'))
print(re.findall(r'\Bfoo\B', 'foo xfoox foobar'), re.findall(r'\B', 'ab'), re.findall(r'\b', ''))
print(re.search(r'\B', ''), re.search(r'\b', ''), re.match(r'^$', ''), re.match(r'$', '\n'))
p = re.compile(r'^a')
print(p.search('ba', 1), p.match('ba', 1), re.compile(r'(?m)^a').search('b\na', 1))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'a\Z').match('ab', 0, 1))
print(re.sub(r'(?m)^', '> ', 'line1\nline2'), re.sub(r'$', '!', 'x\n'))
print(re.split(r'\b', 'a b'), re.findall(r'\b\w', 'é ü ñ'))
