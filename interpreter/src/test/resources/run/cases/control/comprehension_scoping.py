# Comprehensions have their own scope; class bodies are not enclosing scopes.
x = "global x"
result = [x for x in range(3)]
print(result, x)
def outer():
    y = 10
    return [y + i for i in range(3)]
print(outer())
class C:
    factor = 3
    values = [factor * 2]
    try:
        doubled = [factor * i for i in range(3)]
    except NameError as e:
        doubled = str(e)
    first = [i for i in range(factor)]
print(C.values, C.doubled, C.first)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], "(late binding)")
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], "(bound via default)")
n = 5
gen = (n * k for k in range(3))
n = 100
print(list(gen), "(the generator reads n when it runs)")
items = [1, 2, 3]
gen2 = (v for v in items)
items = [7, 8]
print(list(gen2), "(the first iterable is evaluated at once)")
