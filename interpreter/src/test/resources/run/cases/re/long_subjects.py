# Long subjects: the engine's stack is on the heap, so nothing here can overflow.
import re

s = 'ab' * 100000
print(len(re.match(r'(?:ab)*', s).group()), len(re.match(r'(?:a|b)*', s).group()))
print(re.match(r'(ab)*', s).span(1), re.fullmatch(r'(?:(a)|b)+', s).groups())
print(len(re.findall(r'ab', s)), len(re.split(r'b', s)), len(re.sub(r'a', '', s)))
print(re.search(r'x', s), re.search(r'ba$', s + 'ba').span())
print(len(re.match(r'.*?$', s).group()), len(re.match(r'(.)*?$', s).group()))
t = 'x' * 50000 + 'y'
print(re.search(r'x*y', t).span(), re.search(r'(x|y)+', t).span(), re.match(r'(?>x*)y', t).span())
lines = '\n'.join('line %d: value=%d' % (i, i * i) for i in range(5000))
vals = re.findall(r'(?m)^line (\d+): value=(\d+)$', lines)
print(len(vals), vals[:2], vals[-1])
print(sum(int(v) for _, v in vals))
print(len(re.sub(r'\d', '#', lines)), re.subn(r'line', 'L', lines)[1])
words = ' '.join(['word%d' % i for i in range(20000)])
print(len(re.findall(r'\b\w+\b', words)), len(list(re.finditer(r'\d+', words))))
