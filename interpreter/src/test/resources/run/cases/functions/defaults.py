# Default arguments are evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3))
print(append_to.__defaults__)
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
counter = 0
def stamp(n=counter):
    return n
counter = 10
print(stamp(), "(default captured when def ran)")
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
def cache(n, memo={}):
    if n not in memo:
        memo[n] = n * n
        print("computed", n)
    return memo[n]
print(cache(3), cache(3), cache(4), cache.__defaults__)
