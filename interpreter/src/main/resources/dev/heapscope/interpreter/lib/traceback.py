"""Extracting, formatting and printing stack traces (Heapscope's traceback module).

The public names, signatures and output are CPython 3.11's, position carets included.
The interpreter prints uncaught exceptions in Java (TracebackPrinter) with the same text;
both take an entry's source range and its operator anchors from the runtime, through
_heapscope_traceback, where CPython reads them from code objects.
"""
import collections.abc
import linecache
import sys
import _heapscope_traceback

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

# Identical consecutive entries shown before the rest are folded into one line.
_REPEAT_SHOWN = 3

_CAUSE_HEADER = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_HEADER = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _described(value, what, how=str):
    """how(value), or a placeholder naming what failed when that raises."""
    try:
        return how(value)
    except:
        return f"<{what} {how.__name__}() failed>"


def _type_and_message_line(type_name, value):
    text = _described(value, "exception")
    if value is None or not text:
        return f"{type_name}\n"
    return f"{type_name}: {text}\n"


# ---- Walking frames and tracebacks ---------------------------------------------------

def walk_stack(f):
    """Yield (frame, f_lineno) from frame f outwards. With f=None the walk starts four
    frames out from this generator's own, as CPython 3.11's does: at the caller of
    StackSummary.extract when that is what iterates it."""
    frame = f
    if frame is None:
        # This generator's frame, then whoever resumed it and three more callers out.
        frame = sys._getframe()
        for _ in range(4):
            frame = frame.f_back
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def _entries(tb):
    # The traceback objects of a chain, outermost (the one given) first.
    while tb is not None:
        yield tb
        tb = tb.tb_next


def walk_tb(tb):
    """Yield (frame, tb_lineno) for each entry of traceback tb, outermost first."""
    for entry in _entries(tb):
        yield entry.tb_frame, entry.tb_lineno


def _tb_with_ranges(tb):
    # Like walk_tb, with each entry's (lineno, end_lineno, colno, end_colno) for lineno.
    for entry in _entries(tb):
        yield entry.tb_frame, _heapscope_traceback.positions(entry)


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            return 0
    return limit


# ---- FrameSummary --------------------------------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: where (filename, lineno, name, and the source
    range end_lineno/colno/end_colno when known), the source line, read through linecache
    on first use, and optionally the reprs of the frame's locals. Compares equal to the
    (filename, lineno, name, line) tuple it also unpacks as."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line",
                 "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        # _line is the line as read (indentation and newline kept); None until read.
        self._line = line
        self.locals = None
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        if lookup_line:
            self.line

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    def _read_line(self):
        # Reads the line once; without a line number there is none to read.
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        raw = self._read_line()
        return None if raw is None else raw.strip()

    @property
    def _original_line(self):
        return self._read_line()


# ---- StackSummary --------------------------------------------------------------------

def _chars_before(text, byte_offset):
    """How many characters of text its first byte_offset UTF-8 bytes hold."""
    head = text.encode("utf-8")[:byte_offset]
    return len(head.decode("utf-8", errors="replace"))


def _caret_line(entry):
    """The marker line under an entry's source line, or None where it would add nothing:
    ^ under the failing expression, or ~ under a binary operation's operands and a
    subscript's value with ^ under the operator or index. Columns count in the line as
    read; `lead` is its length less the stripped text (indentation and newline)."""
    if entry.colno is None or entry.end_colno is None:
        return None
    raw, text = entry._original_line, entry.line
    lead = len(raw) - len(text)
    first = _chars_before(raw, entry.colno) + 1
    past = _chars_before(raw, entry.end_colno) + 1
    anchors = None
    if entry.lineno == entry.end_lineno:
        try:
            anchors = _heapscope_traceback.anchors(raw[first - 1:past - 1])
        except Exception:
            anchors = None
    else:
        # A range over several lines is marked to the end of its first.
        past = lead + len(text)
    covers_line = past - first >= len(text)
    if covers_line and not (anchors and anchors[1] > anchors[0]):
        return None
    if anchors:
        left, right = anchors
        marks = "~" * left + "^" * (right - left) + "~" * (past - first - right)
    else:
        marks = "^" * (past - first)
    return "    " + " " * (first - lead) + marks + "\n"


def _repeat_note(extra):
    return f"  [Previous line repeated {extra} more time{'s' if extra > 1 else ''}]\n"


class StackSummary(list):
    """A list of FrameSummary objects, outermost first, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """The summary of the (frame, lineno) pairs frame_gen yields, such as those of
        walk_stack or walk_tb; at most limit of them (the last -limit when negative)."""
        return klass._summarise(_without_ranges(frame_gen), limit, lookup_lines,
                                capture_locals)

    @classmethod
    def _summarise(klass, ranged, limit, lookup_lines, capture_locals):
        # ranged yields (frame, (lineno, end_lineno, colno, end_colno)).
        limit = _effective_limit(limit)
        if limit is not None and limit < 0:
            ranged = list(ranged)[limit:]
        summary = klass()
        files = set()
        pairs = iter(ranged)
        # A non-negative limit stops before drawing more pairs than it keeps.
        while limit is None or limit < 0 or len(summary) < limit:
            pair = next(pairs, None)
            if pair is None:
                break
            frame, (lineno, end_lineno, colno, end_colno) = pair
            code = frame.f_code
            files.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in files:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects and (filename, lineno, name, line)
        tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, then its source line with the caret line
        when it says more than the source, then the captured locals by name."""
        entry = frame_summary
        parts = [f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n']
        if entry.line:
            parts.append(f"    {entry.line.strip()}\n")
            carets = _caret_line(entry)
            if carets:
                parts.append(carets)
        if entry.locals:
            parts.extend(f"    {key} = {value}\n" for key, value in sorted(entry.locals.items()))
        return "".join(parts)

    def format(self):
        """One string per entry (a subclass's format_frame_summary may drop an entry by
        returning None); runs of one identical entry, as in recursion, stop after three
        with a "[Previous line repeated N more times]" line."""
        lines = []
        run_key, run_length = None, 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            key = (entry.filename, entry.lineno, entry.name)
            if run_key is None or None in run_key or key != run_key:
                if run_length > _REPEAT_SHOWN:
                    lines.append(_repeat_note(run_length - _REPEAT_SHOWN))
                run_key, run_length = key, 0
            run_length += 1
            if run_length <= _REPEAT_SHOWN:
                lines.append(text)
        if run_length > _REPEAT_SHOWN:
            lines.append(_repeat_note(run_length - _REPEAT_SHOWN))
        return lines


def _without_ranges(frame_gen):
    for frame, lineno in frame_gen:
        yield frame, (lineno, None, None, None)


# ---- Module-level extraction and printing --------------------------------------------

def extract_tb(tb, limit=None):
    """The entries of traceback tb (at most limit), outermost first, as a StackSummary."""
    return StackSummary._summarise(_tb_with_ranges(tb), limit, True, False)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    """The formatted lines of entries given as FrameSummary objects or 4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    stream = sys.stderr if file is None else file
    for text in format_list(extracted_list):
        print(text, file=stream, end="")


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame down to f (the caller by default)."""
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Clear the locals of every frame of traceback tb (a frame still running stays)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, "clear", None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


class _Implicit:
    def __repr__(self):
        return "<implicit>"


# Default of the value and tb parameters: told apart from an explicit None.
_IMPLICIT = _Implicit()


def _exception_and_tb(exc, value, tb):
    given = (value is not _IMPLICIT, tb is not _IMPLICIT)
    if given == (True, True):
        return value, tb
    if given != (False, False):
        raise ValueError("Both or neither of value and tb must be given")
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, exc.__traceback__


def format_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, chain=True):
    """The lines print_exception prints, as a list of strings ending in newlines."""
    value, tb = _exception_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def print_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, file=None, chain=True):
    """Print an exception as the interpreter prints an uncaught one (to stderr by default)."""
    value, tb = _exception_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_IMPLICIT):
    """The closing "Type: message" lines of an exception (and its notes), no traceback."""
    if value is _IMPLICIT:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def format_exc(limit=None, chain=True):
    """The exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the exception the interactive interpreter last left uncaught."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---- TracebackException --------------------------------------------------------------

class TracebackException:
    """Everything needed to print an exception, taken from it at once: the traceback as
    a StackSummary (`stack`), `exc_type`, the message, the notes, a SyntaxError's place,
    and as TracebackExceptions of their own its __cause__, __context__ and, for an
    exception group, its `exceptions`. Keeps no reference to the exception or frames."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        outermost = _seen is None
        seen = set() if outermost else _seen
        seen.add(id(exc_value))
        self.stack = StackSummary._summarise(_tb_with_ranges(exc_traceback), limit,
                                             lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _described(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self._take_syntax_details(exc_value)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        if outermost:
            options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                           max_group_width=max_group_width, max_group_depth=max_group_depth,
                           _seen=seen)
            self._take_related(exc_value, compact, seen, options)

    def _take_syntax_details(self, error):
        self.filename = error.filename
        self.lineno = None if error.lineno is None else str(error.lineno)
        self.end_lineno = None if error.end_lineno is None else str(error.end_lineno)
        self.text = error.text
        self.offset = error.offset
        self.end_offset = error.end_offset
        self.msg = error.msg

    def _take_related(self, exc_value, compact, seen, options):
        """Fill __cause__, __context__ and exceptions through the whole graph of chained
        and grouped exceptions, with a worklist rather than recursion (a long chain must
        not exhaust the stack); each exception is taken once, where it is met first."""
        def summary_of(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            report, exc = pending.pop()
            cause = exc.__cause__ if exc else None
            report.__cause__ = None
            if cause is not None and id(cause) not in seen:
                report.__cause__ = summary_of(cause)
            wanted = True
            if compact:
                wanted = report.__cause__ is None and exc is not None and not exc.__suppress_context__
            context = exc.__context__ if exc else None
            report.__context__ = None
            if context is not None and wanted and id(context) not in seen:
                report.__context__ = summary_of(context)
            report.exceptions = None
            if exc and isinstance(exc, BaseExceptionGroup):
                report.exceptions = [summary_of(member) for member in exc.exceptions]
            if report.__cause__:
                pending.append((report.__cause__, cause))
            if report.__context__:
                pending.append((report.__context__, context))
            if report.exceptions:
                pending.extend(zip(report.exceptions, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of exc and its own __traceback__."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def _type_name(self):
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module in ("__main__", "builtins"):
            return name
        if not isinstance(module, str):
            module = "<unknown>"
        return f"{module}.{name}"

    def format_exception_only(self):
        """The "Type: message" line (for a SyntaxError its file, line, text and carets
        first), then one line per note."""
        if self.exc_type is None:
            yield _type_and_message_line(None, self._str)
            return
        type_name = self._type_name()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(type_name)
        else:
            yield _type_and_message_line(type_name, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                yield _described(note, "note") + "\n"
        elif notes is not None:
            # CPython 3.11 ends this one without a newline.
            yield _described(notes, "__notes__", repr)

    def _syntax_error_lines(self, type_name):
        where = ""
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f" ({self.filename})"
        if self.text is not None:
            body = self.text.rstrip("\n")
            shown = body.lstrip(" \n\f")
            yield f"    {shown}\n"
            if self.offset is not None:
                yield from self._syntax_carets(shown, len(body) - len(shown))
        yield f"{type_name}: {self.msg or '<no detail available>'}{where}\n"

    def _syntax_carets(self, shown, removed):
        # offset and end_offset are 1-based columns of the text before stripping.
        start = self.offset
        stop = start if self.end_offset in (None, 0) else self.end_offset
        if stop in (start, -1):
            stop = start + 1
        first, past = start - 1 - removed, stop - 1 - removed
        if first < 0:
            return
        # Whitespace before the carets is copied, so tabs keep them aligned.
        pad = "".join(ch if ch.isspace() else " " for ch in shown[:first])
        yield f"    {pad}{'^' * (past - first)}\n"

    def _chain(self, chain):
        """(header, report) pairs, the earliest exception of the chain first; each header
        says how the exception printed before it led to this report."""
        links = []
        report = self
        while report is not None:
            # The header goes between the earlier exception and this one, which it
            # introduces as that one's cause or context.
            header, earlier = None, None
            if chain and report.__cause__ is not None:
                header, earlier = _CAUSE_HEADER, report.__cause__
            elif chain and report.__context__ is not None and not report.__suppress_context__:
                header, earlier = _CONTEXT_HEADER, report.__context__
            links.append((header, report))
            report = earlier
        links.reverse()
        return links

    def format(self, *, chain=True, _ctx=None):
        """The lines that print() writes: the chained exceptions first (with chain), each
        string ending in a newline; exception groups are drawn as nested boxes."""
        box = _GroupBox() if _ctx is None else _ctx
        for header, report in self._chain(chain):
            if header is not None:
                yield from box.emit(header)
            if report.exceptions is None:
                if report.stack:
                    yield from box.emit("Traceback (most recent call last):\n")
                    yield from box.emit(report.stack.format())
                yield from box.emit(report.format_exception_only())
            elif box.depth > self.max_group_depth:
                yield from box.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(report, box, chain)

    def _format_group(self, report, box, chain):
        outermost = box.depth == 0
        if outermost:
            box.depth = 1
        if report.stack:
            yield from box.emit("Exception Group Traceback (most recent call last):\n",
                                "+" if outermost else "|")
            yield from box.emit(report.stack.format())
        yield from box.emit(report.format_exception_only())
        members = report.exceptions
        width = self.max_group_width
        drawn = len(members) if len(members) <= width else width + 1
        box.need_close = False
        for index in range(drawn):
            final = index == drawn - 1
            if final:
                # Unless a nested group at the end closes the box itself.
                box.need_close = True
            cut = width is not None and index >= width
            title = "..." if cut else str(index + 1)
            elbow = "+-" if index == 0 else "  "
            yield f"{box.indent()}{elbow}+---------------- {title} ----------------\n"
            box.depth += 1
            if cut:
                hidden = len(members) - width
                yield from box.emit(f"and {hidden} more exception{'s' if hidden > 1 else ''}\n")
            else:
                yield from members[index].format(chain=chain, _ctx=box)
            if final and box.need_close:
                yield f"{box.indent()}+------------------------------------\n"
                box.need_close = False
            box.depth -= 1
        if outermost:
            box.depth = 0

    def print(self, *, file=None, chain=True):
        """Print format(chain=chain) to file (stderr by default)."""
        stream = sys.stderr if file is None else file
        for text in self.format(chain=chain):
            print(text, file=stream, end="")


class _GroupBox:
    """How deep the formatting is inside exception groups: each level indents by two and,
    inside a group, starts lines with a margin ("| ", or "+ " on a group's first line)."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return "  " * self.depth

    def emit(self, texts, margin="|"):
        prefix = self.indent() + (margin + " " if self.depth else "")
        if isinstance(texts, str):
            texts = (texts,)
        for text in texts:
            yield "".join(prefix + line for line in text.splitlines(True))
