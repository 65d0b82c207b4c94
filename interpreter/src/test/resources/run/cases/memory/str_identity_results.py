# Which str operations hand back an object that already exists (the argument itself, or the
# shared one-character latin-1 string) and which build a new one. `x is y` on str results
# shows it; CPython 3.11 decides per operation.
def shared_char(s):
    return len(s) == 1 and s is chr(ord(s))


five = 5
A, a = chr(65), chr(97)
print('str(int)', shared_char(str(five)), shared_char(repr(five)), shared_char(f'{five}'),
      shared_char(format(five)), shared_char(format(five, 'd')), shared_char('{}'.format(five)),
      shared_char(ascii(five)), shared_char(str(-five)[1:]))
print('case', shared_char(A.lower()), shared_char(a.upper()), shared_char(a.title()),
      shared_char(a.capitalize()), shared_char(A.swapcase()), shared_char(A.casefold()))
print('pieces', shared_char('ab'[0]), shared_char('ab'[0:1]), shared_char('a b'.split()[0]),
      shared_char(' a '.strip()), shared_char('a=b'.partition('=')[0]), shared_char(next(iter('ab'))),
      shared_char('a\nb'.splitlines()[0]), shared_char('a b'.rsplit()[1]), shared_char(b'a'.decode()))
print('build', shared_char('ab'.replace('b', '')), shared_char(''.join(['', a])), shared_char('-'.join([a])),
      shared_char(f'{a}{""}'), shared_char('{}{}'.format('', a)), shared_char(a * 1), shared_char(a + ''),
      shared_char('\t'.expandtabs(1)))

s = ''.join(['hello', ' world'])
print('same object', f'{s}' is s, f'{s!s}' is s, format(s) is s, format(s, '') is s, '%s' % s is s,
      '{}'.format(s) is s, '{}{}'.format('', s) is s, '{}{{'.format(s) is s, str(s) is s, s[:] is s, s + '' is s, '' + s is s, s * 1 is s, ''.join([s]) is s)
print('unchanged', s.replace('z', 'y') is s, s.strip() is s, s.center(3) is s, s.ljust(3) is s,
      s.rjust(3) is s, s.zfill(3) is s, s.expandtabs() is s, s.format() is s, s.removeprefix('x') is s,
      s.removesuffix('x') is s, s.rstrip('z') is s, s.lstrip() is s, s.partition('z')[0] is s,
      s.split('z')[0] is s, s.rsplit('z')[0] is s, s.splitlines()[0] is s, s[0:len(s)] is s)
print('new object', s.lower() is s, s.translate({}) is s, s.swapcase() is s, s.casefold() is s,
      s.title() is s, s.capitalize() is s, s.split()[0] is s, repr(s)[1:-1] is s, f'{s:}' is s,
      f'{s:s}' is s, format(s, 's') is s, f'{s:<3}' is s, '%.20s' % s is s, 'x{}'.format(s)[1:] is s)
