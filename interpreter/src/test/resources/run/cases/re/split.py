# split: maxsplit, captured separators, empty matches.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'Words, words, words.'))
print(re.split(r'\W*', '...words...'))
print(re.split(r'(\W*)', '...words...'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r',', ''), re.split(r'', 'abc'))
print(re.compile(r'\s+').split('  a b  c '))
print(re.split(rb'-', b'a-b--c'))
