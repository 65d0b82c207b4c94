# json.loads: values, whitespace, escapes and surrogate pairs, bytes input, the hooks
# (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), raw_decode.
import json

print(json.loads('{"a": [1, 2.5, -3e2, 1E+2, 0, -0, true, false, null], "b": {}, "c": []}'))
print(json.loads(' \n\t[ 1 , "x" ]\r\n '))
print(json.loads('"esc: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\u4e2d \\ud83d\\ude00"'))
print(json.loads('"\\ud800"') == "\ud800", json.loads('"\\ud800x"') == "\ud800x", len(json.loads('"\\ud83d\\ude00"')))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads("12345678901234567890"))
print(json.loads(b'{"k": "v"}'), json.loads(bytearray(b"[1]")), json.loads('"\u00e9"'))
print(json.loads("[1, 2]", object_hook=dict), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2, 1e3]", parse_float=str, parse_int=float))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda c: "const " + c))
print(json.loads('"a\tb"', strict=False) == "a\tb")
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'), dec.raw_decode("  [2]", 2), dec.decode("3"))
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
print(json.decoder.scanstring('"abc\\n" rest', 1), json.loads('{"nested": [[[[]]]]}'))
