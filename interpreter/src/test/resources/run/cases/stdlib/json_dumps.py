# json.dumps: every JSON type, str escaping with and without ensure_ascii, indent (int and
# str), separators, sort_keys, skipkeys, default= and JSONEncoder subclasses, iterencode.
import json

print(json.dumps([1.5, 1e100, 1e-7, 10**20, -0.0, True, False, None, "tab\there", (1, 2), []]))
print(json.dumps({"é": "é\u2028\x00\x7f\"\\", "astral": "😀", "ctl": "\x01\x1f"}))
print(json.dumps({"é": "é\u2028\x00\x7f\"\\", "astral": "😀"}, ensure_ascii=False))
print(json.dumps({2: 1, 1.5: 2, True: 3, False: 4, None: 5, "s": 6}))
doc = {"name": "heap", "sizes": [16, 32, 48], "nested": {"empty": {}, "list": [], "deep": [[1, [2]]]}}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent="\t", separators=(",", " = ")))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, sort_keys=True, separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps({(1, 2): 1, "k": 2, frozenset(): 3}, skipkeys=True))
print(json.dumps(1 + 2j, default=repr), json.dumps([{1, 2}], default=sorted))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "f": frozenset([9])}, cls=SetEncoder))
print(SetEncoder(indent=2).encode([{4, 5}]))
print(list(json.JSONEncoder().iterencode({"a": [1, 2], "b": {}, "c": "x"})))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, {"b": None}]})))
print(json.dumps("plain"), json.dumps("é", ensure_ascii=False), json.dumps(42), json.dumps(None))
print(json.dumps(float("nan")), json.dumps([float("inf"), float("-inf")]))
print(json.encoder.encode_basestring_ascii("a\"é"), json.encoder.encode_basestring("a\"é\n"))
big = {"people": [{"id": i, "tags": ["t%d" % (i % 3)], "score": i * 1.25} for i in range(5)]}
text = json.dumps(big)
print(len(text), json.loads(text) == big)
