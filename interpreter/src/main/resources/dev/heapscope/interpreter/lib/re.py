"""Regular expressions: Heapscope's re module.

The engine is _sre, written in Java: it parses a pattern by the rules of CPython
3.11's re._parser (same messages, same positions) and runs it with Python's regex
semantics on an explicit backtracking stack. This module is the API around it, as
CPython's re/__init__.py is: the compiled-pattern cache, the flags, Pattern and Match,
replacement templates, split/findall/finditer/sub with the 3.7+ rules for empty
matches.
"""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807
_MAXCACHE = 512


class error(Exception):
    """Raised for a pattern (or replacement template) that is not valid.

    msg is the bare message; pattern and pos say where, and lineno/colno are derived
    from them as CPython derives them.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            # A bytes pattern is read as Latin-1 text, as the parser reads it.
            text = pattern if isinstance(pattern, str) else _latin1(pattern)
            self.lineno = text.count('\n', 0, pos) + 1
            self.colno = pos - text.rfind('\n', 0, pos)
            if '\n' in text:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'


# The members in CPython's definition order, which is the order their names are
# joined in a repr.
_FLAG_MEMBERS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The re flags: ints whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = []
        for name, bit in _FLAG_MEMBERS:
            if v & bit:
                names.append(name)
                v &= ~bit
        if v:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in _FLAG_MEMBERS:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


RegexFlag.__module__ = 're'

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

# Pattern repr lists flags in this order (_sre's pattern_repr).
_PATTERN_FLAG_NAMES = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4), ("re.MULTILINE", 8),
    ("re.DOTALL", 16), ("re.UNICODE", 32), ("re.VERBOSE", 64), ("re.DEBUG", 128),
    ("re.ASCII", 256),
)

_MODE_MATCH = 0
_MODE_FULLMATCH = 1
_MODE_SEARCH = 2


def _bounds(string, pos, endpos):
    """pos and endpos clamped to the string, as _sre's state_init clamps them."""
    if not isinstance(string, (str, bytes, bytearray)):
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("_program", "pattern", "flags", "groups", "_groupindex", "_names", "__weakref__")

    def __init__(self, program, pattern):
        self._program = program
        self.pattern = pattern
        self.flags = program.flags
        self.groups = program.groups
        self._groupindex = program.groupindex
        # group number -> name, for Match.lastgroup
        self._names = {index: name for name, index in self._groupindex.items()}

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        names = []
        if isinstance(self.pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _exec(self, string, pos, endpos, mode):
        pos, endpos = _bounds(string, pos, endpos)
        spans = self._program.exec(string, pos, endpos, mode, 0)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, _MODE_MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, _MODE_FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, _MODE_SEARCH)

    def _spans(self, string, pos=0, endpos=_MAXSIZE):
        """Every match's spans, left to right, with the 3.7+ rule for empty matches:
        an empty match may follow a non-empty one at the same place, but after an empty
        match the next one must not be empty at that position."""
        pos, endpos = _bounds(string, pos, endpos)
        program = self._program
        must_advance = 0
        while pos <= endpos:
            spans = program.exec(string, pos, endpos, _MODE_SEARCH, must_advance)
            if spans is None:
                return
            yield spans
            must_advance = 1 if spans[2] == spans[1] else 0
            pos = spans[2]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos = _bounds(string, pos, endpos)
        start = pos
        program = self._program
        must_advance = 0
        while pos <= endpos:
            spans = program.exec(string, pos, endpos, _MODE_SEARCH, must_advance)
            if spans is None:
                return
            yield Match(self, string, start, endpos, spans)
            pos = spans[2]
            must_advance = 1 if pos == spans[1] else 0

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return self._program.findall(string, pos, endpos)

    def split(self, string, maxsplit=0):
        return self._program.split(string, maxsplit)

    def _subx(self, repl, string, count):
        if not callable(repl):
            template = _compile_template(self, repl)
            return self._program.subt(template[2], string, count)
        original = string
        string = _text(string)
        pieces = []
        last = 0
        n = 0
        for spans in self._spans(string):
            if count and n >= count:
                break
            if last < spans[1]:
                pieces.append(string[last:spans[1]])
            item = repl(Match(self, original, 0, len(string), spans))
            if item is not None:
                pieces.append(item)
            n += 1
            last = spans[2]
        if last < len(string):
            pieces.append(string[last:])
        return _join(string[0:0], pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)


Pattern.__module__ = 're'


class Match:
    """The result of a successful match: the spans of the groups."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans", "_text")

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        self._text = bytes(string) if type(string) is bytearray else string

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        elif hasattr(group, '__index__'):
            try:
                group = group.__index__()
            except TypeError:
                raise IndexError("no such group") from None
            if 0 <= group <= self.re.groups:
                return group
        raise IndexError("no such group")

    def _get(self, g, default=None):
        spans = self._spans
        a = spans[2 * g + 1]
        if a < 0:
            return default
        return self._text[a:spans[2 * g + 2]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 2]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g + 1], self._spans[2 * g + 2])

    @property
    def regs(self):
        return tuple([(self._spans[2 * g + 1], self._spans[2 * g + 2]) for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        last = self._spans[0]
        return None if last < 0 else last

    @property
    def lastgroup(self):
        return self.re._names.get(self._spans[0])

    def expand(self, template):
        return _expand_spans(_compile_template(self.re, template), self._text, self._spans)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[1], self._spans[2], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'


class _Scanner:
    """Pattern.scanner(): successive match() or search() calls, each from where the last ended."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _bounds(string, pos, endpos)
        self._must_advance = 0
        self._start = self._pos

    def _next(self, mode):
        if self._pos > self._endpos:
            return None
        spans = self.pattern._program.exec(self._string, self._pos, self._endpos, mode, self._must_advance)
        if spans is None:
            self._pos = self._endpos + 1
            return None
        self._must_advance = 1 if spans[2] == spans[1] else 0
        self._pos = spans[2]
        return Match(self.pattern, self._string, self._start, self._endpos, spans)

    def match(self):
        return self._next(_MODE_MATCH)

    def search(self):
        return self._next(_MODE_SEARCH)


def _text(string):
    """What slices are taken from: a bytes-like subject gives bytes, as in _sre."""
    if isinstance(string, bytearray):
        return bytes(string)
    return string


def _latin1(data):
    """bytes as text, one character per byte (the parser reads bytes patterns so)."""
    return ''.join(map(chr, data))


# ---- replacement templates (re._parser.parse_template) ----

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"


class _TemplateSource:
    """The tokens of a template: a character, or a backslash and the one after it."""

    def __init__(self, template):
        self.template = template
        if isinstance(template, str):
            self.text = template
        else:
            self.text = _latin1(template)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        c = text[i]
        if c == "\\":
            i += 1
            if i >= len(text):
                raise error("bad escape (end of pattern)", self.template, len(text) - 1)
            c += text[i]
        self.index = i + 1
        self.next = c

    def get(self):
        t = self.next
        self._advance()
        return t

    def match(self, c):
        if self.next == c:
            self._advance()
            return True
        return False

    def tell(self):
        return self.index - len(self.next or '')

    def error(self, msg, offset=0):
        return error(msg, self.template, self.tell() - offset)

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result


def _parse_template(pattern, template):
    """(groups, literals): literals[i] is None where groups gives (i, group index)."""
    s = _TemplateSource(template)
    groups = []
    literals = []
    literal = []
    groupindex = pattern._groupindex

    def addgroup(index, offset):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, offset)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    index = groupindex.get(name)
                    if index is None:
                        raise IndexError("unknown group name %r" % name)
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name, len(name) + 1) from None
                    if index >= 1073741823:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next is not None and s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s.next is not None and s.next in _DIGITS:
                    this += s.get()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS and
                            s.next is not None and s.next in _OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        value = int(this[1:], 8)
                        if value > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377' % this, len(this))
                        literal.append(chr(value))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                if c in _TEMPLATE_ESCAPES:
                    this = _TEMPLATE_ESCAPES[c]
                elif c in _ASCII_LETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        literals.append(''.join(literal))
    if not isinstance(template, str):
        literals = [None if x is None else bytes(map(ord, x)) for x in literals]
    # The same as one sequence for _sre's sub loop: literal pieces and group numbers.
    items = list(literals)
    for slot, index in groups:
        items[slot] = index
    return groups, literals, tuple(items)


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    template = _template_cache.get(key)
    if template is None:
        if not isinstance(repl, (str, bytes)):
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        template = _parse_template(pattern, repl)
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = template
    return template


def _expand_spans(template, string, spans):
    groups, literals, _ = template
    if not groups:
        return literals[0] if literals else string[0:0]
    pieces = list(literals)
    empty = string[0:0]
    for slot, g in groups:
        a = spans[2 * g + 1]
        pieces[slot] = empty if a < 0 else string[a:spans[2 * g + 2]]
    return _join(empty, pieces)


def _join(empty, pieces):
    if isinstance(empty, str):
        return empty.join(pieces)
    buffer = bytearray()
    for i, piece in enumerate(pieces):
        if not isinstance(piece, (bytes, bytearray)):
            raise TypeError("sequence item %d: expected a bytes-like object, %s found" % (i, type(piece).__name__))
        buffer += piece
    return bytes(buffer)


# ---- the module functions ----

_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    program = _sre.compile(pattern, flags)
    if type(program) is tuple:
        if program[1] is None:
            raise error(program[0])
        raise error(program[0], pattern, program[1])
    p = Pattern(program, pattern)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest entry, as CPython's cache does.
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        return bytes(map(ord, _latin1(pattern).translate(_special_chars_map)))
