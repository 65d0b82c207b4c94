# Replacement templates: escapes, octal, \g<0>, unmatched groups, and their errors.
import re

p = re.compile(r'(a)(b)?')
print(p.sub(r'[\1|\2]', 'a ab'), p.sub(r'\g<0>\g<0>', 'ab'), p.sub(r'\g<1>0', 'a'))
print(p.sub(r'\n\t\r\f\v\a\b\\', 'a').encode(), p.sub(r'\0', 'a').encode(), p.sub(r'\07', 'a').encode(), p.sub(r'\101', 'a'))
print(p.sub(r'\11', 'a') if False else None, p.sub('\\\\1', 'a'), p.sub(r'\.', 'a'), p.sub(r'\-\&', 'a'))
print(p.sub(r'\g<2>', 'a'), p.subn('', 'aba'), p.sub(lambda m: m.group(2) or '-', 'a ab'))
for repl in [r'\g<3>', r'\3', r'\g<-1>', r'\g<1x>', r'\g<a>', r'\g', r'\g<', r'\g<1', '\\', r'\z', r'\400', r'\9',
             r'\g<>', r'\g<２>']:
    try:
        print(repr(repl), repr(p.sub(repl, 'ab')))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
try:
    p.sub(3, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    p.sub(lambda m: 3, 'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub(r'(?P<x>\d)', r'\g<x>\g<x>', 'a1b2'), re.compile(r'(x)').sub(r'\1\1', 'xyx', count=1))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace')
print(m.expand(r'\g<last>, \g<first> (\g<0>)'), m.expand(r'\2\1'), m.expand(b'x'.decode()))
