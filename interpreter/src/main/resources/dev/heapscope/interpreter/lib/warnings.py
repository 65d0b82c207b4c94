"""Warning control (Heapscope's warnings module).

CPython 3.11 splits this between its _warnings accelerator and Lib/warnings.py; here it
is one Python module with the same public names, filter semantics, registries and output.
A warning is matched against `filters` (first match wins, `defaultaction` otherwise) and
the action says whether it raises, is dropped, or is shown and how often.
"""
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("default", "always", "ignore", "module", "once", "error")

# The start-up filters of a CPython 3.11 release build without -W options: deprecations
# show only when issued from __main__; the __main__ entry is matched as plain text.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped whenever the filters change; a registry remembering another version is stale.
_filters_version = 1

# While catch_warnings(record=True) is active: the list shown warnings go to.
_recording = None


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class WarningMessage(object):
    """One warning as the show hooks receive it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


# ---- Showing -------------------------------------------------------------------------

def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _render(record):
    """The default text of a warning: the "FILE:LINE: Category: message" header, then the
    stripped source line when there is one."""
    kind = record.category.__name__
    text = [f"{record.filename}:{record.lineno}: {kind}: {record.message}\n"]
    code = _source_line(record.filename, record.lineno) if record.line is None else record.line
    if code:
        text.append("  " + code.strip() + "\n")
    if record.source is not None:
        # Without tracemalloc no allocation traceback can be given; CPython, when it is
        # not tracing, says how to get one.
        text.append(f"{kind}: Enable tracemalloc to get the object allocation traceback\n")
    return "".join(text)


def _text_for(record):
    """The text to write: through formatwarning when the program replaced it."""
    hook = formatwarning
    if hook is _formatwarning_orig:
        return _render(record)
    return hook(record.message, record.category, record.filename, record.lineno, record.line)


def _write(record):
    if _recording is not None:
        _recording.append(record)
        return
    stream = sys.stderr if record.file is None else record.file
    if stream is None:
        # No stderr (a pythonw-like process): the warning has nowhere to go.
        return
    text = _text_for(record)
    try:
        stream.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default). Programs may replace this."""
    _write(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning as showwarning writes it. Programs may replace this."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


# The hooks as shipped: a replacement of either is told apart from them by identity.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _deliver(record):
    hook = showwarning
    if hook is _showwarning_orig:
        _write(record)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(record.message, record.category, record.filename, record.lineno, record.file,
         record.line)


# ---- Filters -------------------------------------------------------------------------

def _require(condition, complaint):
    # The checks CPython makes with assert statements, as the same AssertionErrors.
    if not condition:
        raise AssertionError(complaint)


def _check_common(action, lineno):
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert a filter (at the end with append): warnings whose text starts with a match
    of the regular expression message (case-insensitively), whose category subclasses
    category, whose module name matches module and from line lineno (0: any) get action."""
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(message, str), "message must be a string")
    _require(isinstance(category, type), "category must be a class")
    _require(issubclass(category, Warning), "category must be a Warning subclass")
    _require(isinstance(module, str), "module must be a string")
    _check_common(action, lineno)
    text_pattern = module_pattern = None
    if message or module:
        import re
        text_pattern = re.compile(message, re.I) if message else None
        module_pattern = re.compile(module) if module else None
    _install((action, text_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """A filter for every message and module of category (see filterwarnings)."""
    _check_common(action, lineno)
    _install((action, None, category, None, lineno), append)


def _install(entry, append):
    # An equal filter moves to the front when inserted; appending never duplicates one.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Remove every filter, so that defaultaction decides."""
    del filters[:]
    _filters_mutated()


def _fits(pattern, value):
    """A filter's message or module field: None fits everything, plain text (as in the
    start-up filters) only itself, a compiled pattern what it matches at the start."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return bool(pattern.match(value))


def _choose_action(category, text, lineno, module):
    """(action, filter) of the first filter that fits, else (defaultaction, None)."""
    table = globals().get("filters")
    if not isinstance(table, list):
        raise ValueError("_warnings.filters must be a list")
    for position, entry in enumerate(table):
        if not (isinstance(entry, tuple) and len(entry) == 5):
            raise ValueError(f"_warnings.filters item {position} isn't a 5-tuple")
        action, text_pattern, wanted, module_pattern, line = entry
        if not isinstance(action, str):
            raise TypeError(f"action must be a string, not '{type(action).__name__}'")
        if (_fits(text_pattern, text) and issubclass(category, wanted)
                and _fits(module_pattern, module) and (line == 0 or line == lineno)):
            return action, entry
    fallback = defaultaction
    if not isinstance(fallback, str):
        raise TypeError("_warnings.defaultaction must be a string, "
                        f"not '{type(fallback).__name__}'")
    return fallback, None


def _seen_before(registry, key, remember):
    """Whether registry already has key; a registry of an older filter version is
    emptied first. With remember, key is recorded."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


# ---- Issuing -------------------------------------------------------------------------

def _caller_context(stacklevel):
    """(filename, lineno, globals) of the frame stacklevel levels above warn()'s caller
    side, or sys's stand-in when the stack is not that deep."""
    frame = sys._getframe(1)
    for _ in range(max(stacklevel, 1)):
        frame = frame.f_back
        if frame is None:
            return "sys", 1, sys.__dict__
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, attributed to warn()'s caller (stacklevel 1) or a frame further
    out; the filters decide what happens to it."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        f"not '{type(category).__name__}'")
    if not isinstance(stacklevel, int):
        raise TypeError(f"'{type(stacklevel).__name__}' object cannot be interpreted as an integer")
    filename, lineno, frame_globals = _caller_context(stacklevel)
    registry = frame_globals.get("__warningregistry__")
    if registry is None:
        registry = frame_globals["__warningregistry__"] = {}
    module = frame_globals.get("__name__")
    if module is not None and not isinstance(module, str):
        module = "<string>"
    elif "__name__" not in frame_globals:
        module = "<string>"
    _issue(message, category, filename, lineno, module, registry, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for the given place, bypassing the stack: the low-level warn()."""
    if not isinstance(filename, str):
        raise TypeError(f"warn_explicit() argument 3 must be str, not {type(filename).__name__}")
    if not isinstance(lineno, int):
        raise TypeError(f"'{type(lineno).__name__}' object cannot be interpreted as an integer")
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError(f"module_globals must be a dict, not '{type(module_globals).__name__}'")
    if module is None:
        module = filename[:-3] if filename.endswith(".py") else (filename or "<unknown>")
    _issue(message, category, filename, lineno, module, registry, source)


def _issue(message, category, filename, lineno, module, registry, source):
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen_before(registry, key, False):
        return
    action, entry = _choose_action(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        repeated = False
        if registry is not None:
            registry[key] = True
        if action == "once":
            once = onceregistry if registry is None else registry
            if not isinstance(once, dict):
                raise TypeError("warnings.onceregistry must be a dict, "
                                f"not '{type(once).__name__}'")
            repeated = _seen_before(once, (text, category), True)
        elif action == "module":
            repeated = registry is not None and _seen_before(registry, (text, category), True)
        elif action != "default":
            raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {entry!r}")
        if repeated:
            return
    _deliver(WarningMessage(message, category, filename, lineno, None, None, source))


def _warn_unawaited_coroutine(qualname):
    """The RuntimeWarning for a coroutine freed before it ran, attributed to the frame
    running when it is freed. The interpreter calls this with the coroutine's qualified
    name (CPython passes the coroutine itself, which a recorded warning would then keep
    alive from inside its finalizer); the name also stands as the warning's source."""
    warn(f"coroutine '{qualname}' was never awaited", category=RuntimeWarning,
         stacklevel=2, source=qualname)


# ---- catch_warnings ------------------------------------------------------------------

class catch_warnings(object):
    """Saves the warnings state (filters, showwarning) on entry and restores it on exit.
    record=True collects the warnings shown meanwhile as WarningMessage objects in the
    list the with statement gets; action (with category, lineno, append) adds a
    simplefilter for the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._recording)
        target.filters = target.filters[:]
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._recording = log
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._recording = self._saved
        target._filters_mutated()


# ---- -W options ----------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option (or PYTHONWARNINGS item) that cannot be understood."""


def _option_action(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    for action in _ACTIONS:
        if action.startswith(word):
            return action
    raise _OptionError("invalid action: %r" % (word,))


def _option_category(name):
    if not name:
        return Warning
    owner_name, dot, attribute = name.rpartition(".")
    if not dot:
        import builtins as owner
    else:
        try:
            owner = __import__(owner_name, None, None, [attribute])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (owner_name,)) from None
    try:
        found = getattr(owner, attribute)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (name,)) from None
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (name,))
    return found


def _option_lineno(text):
    if not text:
        return 0
    try:
        number = int(text)
    except (ValueError, OverflowError):
        raise _OptionError("invalid lineno %r" % (text,)) from None
    if number < 0:
        raise _OptionError("invalid lineno %r" % (number,))
    return number


def _setoption(arg):
    """Add the filter an "action:message:category:module:lineno" option describes;
    message and module are literal text there, not regular expressions."""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action_word, message, category_name, module, line_text = fields
    action = _option_action(action_word)
    category = _option_category(category_name)
    if message or module:
        import re
        message = re.escape(message) if message else ""
        module = re.escape(module) + r"\Z" if module else ""
    filterwarnings(action, message, category, module, _option_lineno(line_text))


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


_processoptions(sys.warnoptions)
