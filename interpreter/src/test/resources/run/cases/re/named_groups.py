# Named groups: (?P<name>...), (?P=name), groupdict, groupindex, lastgroup.
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\w*)(?P<semi>;)?')
m = p.match('color=red;')
print(m.group('key'), m['value'], m.group('key', 'value', 0))
print(m.groupdict(), p.groupindex, p.groups)
print(m.start('value'), m.end('key'), m.span('semi'), m.lastgroup, m.lastindex)
m = p.match('size=')
print(m.groupdict(), m.groupdict('?'), m.lastgroup, m.lastindex, m.span('semi'))
print(re.match(r'(?P<a>x)(y)(?P<c>z)', 'xyz').lastgroup)
print(re.match(r'(?P<a>x)(y)', 'xy').lastgroup, re.match(r'(?P<a>x)(y)', 'xy').lastindex)
print(re.findall(r'(?P<ch>\w)(?P=ch)', 'aabbcd eef'))
print(re.sub(r'(?P<ch>\w)(?P=ch)', r'<\g<ch>>', 'aabbcd'))
print(re.match(r'(?P<outer>a(?P<inner>b))', 'ab').groupdict(), re.match(r'(?P<outer>a(?P<inner>b))', 'ab').lastgroup)
print(re.match(r'(?P<número>\d+)', '42').groupdict())
print(sorted(re.compile(r'(?P<b>1)(?P<a>2)').groupindex.items()))
for p in [r'(?P<x>a)|(?P<x>b)', r'(?P<1>a)', r'(?P<a-b>a)', r'(?P=x)', r'(?P<x>a)(?P=y)']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '->', e)
