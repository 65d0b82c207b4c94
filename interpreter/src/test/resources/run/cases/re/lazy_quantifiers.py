# Lazy quantifiers take as little as they can.
import re

html = '<b>bold</b> and <i>italic</i>'
print(re.findall(r'<.*>', html))
print(re.findall(r'<.*?>', html))
print(re.match(r'a+?', 'aaa'), re.match(r'a*?', 'aaa'), re.match(r'a??', 'a'))
print(re.match(r'a{2,4}?', 'aaaaa'), re.match(r'a{2,}?', 'aaaaa'), re.match(r'a{,3}?b', 'aab'))
print(re.match(r'(a+?)(a*)', 'aaaa').groups(), re.match(r'(a*?)(a*?)$', 'aa').groups())
print(re.match(r'(.*?),(.*?),(.*)', 'x,y,z,w').groups())
print(re.match(r'(?:ab)+?c', 'ababc'), re.match(r'(?:ab)*?', 'abab'))
print(re.search(r'\d+?\d', '12345').group(), re.search(r'(\d+?)(\d+)', '12345').groups())
print(re.match(r'(a|b)*?c', 'abbac').groups())
print(re.sub(r'x*?', '-', 'axb'))
