import json, re, random, math
data = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"a": "é"}}
s = json.dumps(data); print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, "2", {"3": 4.0}]'), json.dumps((1, 2)))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print(e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host"), re.split(r"\s*,\s*", "a , b,c"))
m = re.match(r"(?P<key>\w+)=(?P<val>\d+)", "x=42")
print(m.group("key"), m.groupdict(), m.span(), bool(re.fullmatch(r"[a-z]+", "abc1")), m)
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abc"), random.sample(range(10), 3))
l = list(range(10)); random.shuffle(l); print(l, round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6))
print(math.sqrt(2), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3))
print(math.pi, math.inf, math.floor(-2.5), math.ceil(2.1), math.log(100, 10), math.hypot(3, 4), 2 ** 0.5, divmod(-7, 2), -7 // 2, -7 % 2)
print(sum([0.1] * 10), math.fsum([0.1] * 10), round(0.5), round(1.5), round(-0.5), int(-3.7), 10 / 4, 7 // -2)
print(2 ** 100, (2 ** 100).bit_length(), pow(3, 100, 7), pow(2, -1, 7), (-3) ** 0.5, abs(-3 + 4j), 0.1 + 0.2 == 0.3)
