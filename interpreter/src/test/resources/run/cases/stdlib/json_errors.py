# json's errors: JSONDecodeError's message, pos, lineno and colno for malformed documents
# exactly as CPython reports them, and the encoder's TypeError and ValueError messages.
import json

for bad in ["", " ", "{", "[", "[1,]", "[1 2]", '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', "{1: 2}",
            '"abc', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', "-", "01", "1 2", "nul", "tru", "[1, 2]]",
            "\ufeff1", '{"a":\n  [1,\n   }', '\n\n  @', '"\\', "[-]", "1.", ".5", "1e", "[Infinityx]"]:
    try:
        json.loads(bad)
        print(repr(bad), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
for f in [lambda: json.loads(5), lambda: json.loads(None),
          lambda: json.dumps(float("nan"), allow_nan=False),
          lambda: json.dumps([float("inf")], allow_nan=False, indent=1),
          lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()),
          lambda: json.dumps({"k": {1, 2}}), lambda: json.dumps({1: 1, "a": 2}, sort_keys=True),
          lambda: json.dumps(b"bytes")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cycle = []
cycle.append(cycle)
d = {}
d["self"] = d
for obj in [cycle, d]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError as e:
    print("RecursionError", e)
