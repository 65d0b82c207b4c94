"""Implementation of JSONDecoder (CPython 3.11's json.decoder, with _json's scanner)."""
from json import scanner
from _json import scanstring as c_scanstring

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """A document that is not valid JSON: msg, the document (doc), the index where
    parsing failed (pos) and its line and column (lineno, colno, from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    "-Infinity": NegInf,
    "Infinity": PosInf,
    "NaN": NaN,
}

scanstring = c_scanstring


def _skip_whitespace(s, idx):
    """The index of the first character at or after idx that is not JSON whitespace."""
    n = len(s)
    while idx < n and s[idx] in " \t\n\r":
        idx += 1
    return idx


class JSONDecoder(object):
    """A JSON decoder.

    Decodes objects to dicts, arrays to lists, strings to str, numbers to int or float,
    true/false to True/False and null to None; NaN, Infinity and -Infinity are accepted
    too. object_hook, object_pairs_hook, parse_float, parse_int and parse_constant
    replace what an object, a number or a constant becomes; strict=False allows control
    characters inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=_skip_whitespace):
        """The Python object of the JSON document s (a str), which must hold nothing else."""
        obj, end = self.raw_decode(s, idx=_w(s, 0))
        end = _w(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]: (object, index where it ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
