# Pattern objects: attributes and methods with pos/endpos.
import re

p = re.compile(r'(?P<word>[a-z]+)(\d)?', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__)
print(p.match('abc1 def'), p.match('abc1 def', 5), p.match('abc1 def', 4))
print(p.search('123 abc'), p.search('123 abc', 5), p.search('123 abc', 0, 5))
print(p.fullmatch('abc1'), p.fullmatch('abc1 '), p.fullmatch('abc1 ', 0, 4))
print(p.findall('ab1 cd ef2'), p.findall('ab1 cd ef2', 3), p.findall('ab1 cd ef2', 3, 6))
print([m.span() for m in p.finditer('ab1 cd ef2', 1, 8)])
print(p.sub('X', 'ab1 cd'), p.subn(r'\2\g<word>', 'ab1 cd'), p.split('ab1 cd'))
m = p.search('xx ab1', 2, 6)
print(m.pos, m.endpos, m.re is p, m.string)
m = p.search('xx ab1', -3, 100)
print(m.pos, m.endpos)
print(p.match('') is None, p.search('', 5) is None, re.compile('').match('', 3))
print(re.compile('x').split('axbxc', 1), re.compile(r'\s').split('', 0))
print(sorted(n for n in dir(p) if not n.startswith('_')))
