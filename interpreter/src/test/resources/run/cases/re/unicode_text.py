# Unicode by default for str patterns; re.ASCII restricts \w \d \s \b and case folding.
import re

s = 'naïve café déjà vu 123 ٣٤ ½ Ⅻ straße ΣΑΣ'
print(re.findall(r'\w+', s))
print(re.findall(r'\w+', s, re.A))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.ASCII))
print(re.findall(r'\s', 'a\tb\u00a0c\u2003d\u3000e\x1cf'), re.findall(r'\s', 'a\tb\u00a0c', re.A))
print(re.findall(r'(?i)σ', 'Σσς'), re.findall(r'(?i)ß', 'ßẞ'), re.findall(r'(?i)straße', 'STRAßE'))
print(re.match(r'(?i)é', 'É'), re.match(r'(?ia)é', 'É'), re.match(r'(?i)[à-ÿ]+', 'ÀÉÎ'))
print(re.findall(r'(?i)k', 'kK\u212a'), re.findall(r'(?i)s', 'sS\u017f'), re.findall(r'(?i)i', 'iIİı'))
print(re.findall(r'\b\w', 'über öl'), re.findall(r'\b\w', 'über öl', re.A))
print(re.sub(r'\W+', '_', 'héllo wörld!'), re.escape('café.'), re.escape('ü ñ'))
print(re.match(r'.', '😀'), re.findall(r'[😀-😂]', '😀😁😂😃'), len(re.match(r'.+', '😀😀').group()))
print(re.match(r'\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}', 'é😀α'))
print(re.findall(r'[^\W\d_]+', 'abc_123 déf'), re.findall(r'\W', '¡¿!'))
