"""Common string constants and classes: the character sets, capwords, Template and Formatter.

Heapscope's string, with the behaviour of CPython 3.11's Lib/string.py. Template's
placeholders are found by a scanner of our own (CPython uses re) with the same rules:
$$ is a dollar, $identifier and ${identifier} are placeholders, identifiers are ASCII.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s at sep (runs of whitespace by default), capitalize each word, join with sep (or a space)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_IDENT_START = "_" + ascii_letters
_IDENT_REST = _IDENT_START + digits


class Template:
    """A string with $-placeholders, filled in by substitute() and safe_substitute()."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _identifier_end(self, text, i):
        """The end of the identifier at text[i], or i when none starts there."""
        if i < len(text) and text[i] in _IDENT_START:
            i += 1
            while i < len(text) and text[i] in _IDENT_REST:
                i += 1
        return i

    def _scan(self):
        """The template as ('text', s), ('escaped', pos), ('named', name, pos, end) and
        ('invalid', pos) pieces, in order."""
        text = self.template
        delim = self.delimiter
        pieces = []
        start = 0
        i = text.find(delim)
        while i >= 0:
            if i > start:
                pieces.append(("text", text[start:i]))
            j = i + len(delim)
            if text.startswith(delim, j):
                pieces.append(("escaped", i))
                start = j + len(delim)
            else:
                end = self._identifier_end(text, j)
                if end > j:
                    pieces.append(("named", text[j:end], i, end))
                    start = end
                elif j < len(text) and text[j] == "{":
                    end = self._identifier_end(text, j + 1)
                    if end > j + 1 and end < len(text) and text[end] == "}":
                        pieces.append(("named", text[j + 1:end], i, end + 1))
                        start = end + 1
                    else:
                        pieces.append(("invalid", j))
                        start = j
                else:
                    pieces.append(("invalid", j))
                    start = j
            i = text.find(delim, start)
        if start < len(text):
            pieces.append(("text", text[start:]))
        return pieces

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing name."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        out = []
        for piece in self._scan():
            kind = piece[0]
            if kind == "text":
                out.append(piece[1])
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "named":
                out.append(str(mapping[piece[1]]))
            else:
                self._invalid(piece[1])
        return "".join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with the placeholders that have values replaced; others left as they are."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        out = []
        text = self.template
        for piece in self._scan():
            kind = piece[0]
            if kind == "text":
                out.append(piece[1])
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "named":
                try:
                    out.append(str(mapping[piece[1]]))
                except KeyError:
                    out.append(text[piece[2]:piece[3]])
            else:
                out.append(self.delimiter)
        return "".join(out)

    def is_valid(self):
        """Whether every delimiter starts a placeholder or an escape."""
        return all(piece[0] != "invalid" for piece in self._scan())

    def get_identifiers(self):
        """The placeholder names, each once, in order of appearance (ValueError if invalid)."""
        ids = []
        for piece in self._scan():
            if piece[0] == "named" and piece[1] not in ids:
                ids.append(piece[1])
            elif piece[0] == "invalid":
                raise ValueError("Unrecognized named group in pattern")
        return ids


class Formatter:
    """str.format's machinery, in overridable steps (get_value, format_field, convert_field, ...)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == "s":
            return str(value)
        elif conversion == "r":
            return repr(value)
        elif conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part of the string."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_format(s):
    """_string.formatter_parser: split a format string into its literal and field parts."""
    parts = []
    literal = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "{":
            if i + 1 < n and s[i + 1] == "{":
                # An escaped brace ends a literal piece, as formatter_parser splits them.
                literal.append("{")
                parts.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == "{":
                    depth += 1
                elif s[j] == "}":
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            name, conversion, spec = _split_field(field)
            parts.append(("".join(literal), name, spec, conversion))
            literal = []
            i = j
        elif c == "}":
            if i + 1 < n and s[i + 1] == "}":
                literal.append("}")
                parts.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        parts.append(("".join(literal), None, None, None))
    return iter(parts)


def _split_field(field):
    """A replacement field's (name, conversion, format_spec)."""
    i = 0
    n = len(field)
    while i < n and field[i] not in "!:":
        if field[i] == "[":
            while i < n and field[i] != "]":
                i += 1
        i += 1
    name = field[:i]
    conversion = None
    spec = ""
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n and field[i] != ":":
            raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ":":
        spec = field[i + 1:]
    return name, conversion, spec


def _split_field_name(name):
    """_string.formatter_field_name_split: the first part (an int when all digits) and
    (is_attribute, key) for each .attr and [key] after it."""
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == ".":
            j = i + 1
            while j < n and name[j] not in ".[":
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == "[":
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
