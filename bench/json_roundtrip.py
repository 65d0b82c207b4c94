"""JSON-like encode/decode round trip written in pure Python (no json module): a nested
document of dicts, lists, strings with escapes, ints, floats, booleans and null is encoded
to text, parsed back by a recursive-descent parser, and compared.

Exercises string building with join, character-by-character scanning, str methods,
recursion and dict/list construction.
"""

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ch < " " or ch > "~":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return encode_str(value)
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(encode_str(k) + ":" + encode(v) for k, v in value.items()) + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, what):
        raise ValueError(f"{what} at position {self.pos}")

    def skip_ws(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            self.error("trailing data")
        return value

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.error("expected ',' or '}'")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("expected ',' or ']'")

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        while True:
            end = pos
            while text[end] != '"' and text[end] != "\\":
                end += 1
            chunks.append(text[pos:end])
            if text[end] == '"':
                self.pos = end + 1
                return "".join(chunks)
            esc = text[end + 1]
            if esc == "u":
                chunks.append(chr(int(text[end + 2:end + 6], 16)))
                pos = end + 6
            else:
                chunks.append(UNESCAPES[esc])
                pos = end + 2

    def number(self):
        text, start = self.text, self.pos
        end = start
        while end < len(text) and text[end] in "+-0123456789.eE":
            end += 1
        self.pos = end
        token = text[start:end]
        if not token:
            self.error("unexpected character")
        return float(token) if any(c in token for c in ".eE") else int(token)


def make_document(n):
    people = []
    for i in range(n):
        people.append({
            "id": i,
            "name": f"Person {i} \"the {i % 7}th\"",
            "email": f"person{i}@example.org",
            "score": i * 1.25 - 3.5,
            "active": i % 3 == 0,
            "manager": None if i % 5 else i // 5,
            "tags": ["t" + str(i % k) for k in range(1, 6)],
            "notes": "line one\nline two\ttabbed \u00e9\u4e2d",
            "history": [{"year": 2000 + k, "value": k * i} for k in range(4)],
        })
    return {"version": 3, "people": people, "meta": {"generated": True, "count": n, "ratio": 1e-7}}


def main():
    doc = make_document(1200)
    total = 0
    for _ in range(5):
        text = encode(doc)
        back = Parser(text).parse()
        if back != doc:
            raise RuntimeError("round trip changed the document")
        total += len(text)
    print(f"json_roundtrip chars={total} people={len(back['people'])}")


if __name__ == "__main__":
    main()
