# Implicit chaining: "During handling of the above exception, another exception occurred".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"] + 1
print(lookup({"a": 1, "default": 0}, "a"))
lookup({"default": "zero"}, "missing")
