# Backtracking as Python's engine does it: leftmost alternative first, groups re-entered, empty loops.
import re

print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(a+)(a+)(a+)', 'aaaa').groups(), re.match(r'(a+?)(a+)(a+?)', 'aaaaa').groups())
print(re.match(r'(a*)*', 'aaa').groups(), re.match(r'(a*)+', 'aaa').groups(), re.match(r'(a|)*b', 'aab').groups())
print(re.match(r'(?:a*)*b', 'aaab'), re.match(r'(?:a?)*?b', 'ab'), re.match(r'(a*?)*', 'aa').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ba').groups())
print(re.match(r'(?:(a)|b)+', 'aab').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'((a)|b)*', 'ab').groups(), re.match(r'(a(b)?)+', 'aba').groups())
print(re.match(r'(\w+)\s(\w+)\s\1', 'ab cd ab'), re.match(r'.*(\d+)', 'abc123').group(1), re.match(r'.*?(\d+)', 'abc123').group(1))
print(re.match(r'(x+x+)+y', 'x' * 12 + 'y') is not None, re.match(r'(x+x+)+y', 'x' * 12))
print(re.search(r'(a|b|c)*d', 'abcabcabcd').span(), re.search(r'(\w+)(\d+)', 'abc123').groups())
print(re.match(r'(a{2}|a{3})+$', 'aaaaaaa').groups(), re.match(r'(a{2}|a{3})+?$', 'aaaaaaa').groups())
print(re.fullmatch(r'(a|ab)*c', 'abababc'), re.fullmatch(r'(?:a|ab)*?b', 'aab'))
print(re.match(r'(a)*', 'aaa').span(1), re.match(r'(a){2,3}', 'aaaa').span(1), re.match(r'(a)(?:b(a))*', 'aba').groups())
print(re.sub(r'(a*)', r'[\1]', 'baac'), re.findall(r'(a*)', 'baac'))
print(re.match(r'(?:()|a)*', 'a').groups(), re.match(r'(?:a|())*', 'a').groups())
print(re.match(r'(a?)+?b', 'aab').groups(), re.match(r'(?:x(y)?)+', 'xyx').groups())
