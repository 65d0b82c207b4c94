package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.text.PyRepr;
import java.util.ArrayList;
import java.util.List;

/** Methods of str and bytes. */
public final class StrMethods {
    private StrMethods() {
    }

    static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    /** A str argument, or TypeError with CPython's wording. */
    static PyStr strArg(String fn, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(fn + " arg must be None or str");
        }
        return s;
    }

    static PyStr mustBeStr(String what, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(what + ", not " + o.type.name);
        }
        return s;
    }

    public static void register() {
        PyType t = Types.STR;
        registerTranslation(t);
        Methods.constructor(t, (type, args, kw) -> {
            Args.onlyKeywords("str", kw, "object", "encoding", "errors");
            int npos = Args.positional(args, kw);
            PyObject obj = npos > 0 ? args[0] : Args.keyword(args, kw, "object");
            PyObject encoding = npos > 1 ? args[1] : Args.keyword(args, kw, "encoding");
            PyObject errors = npos > 2 ? args[2] : Args.keyword(args, kw, "errors");
            PyStr result;
            if (obj == null) {
                result = (PyStr) incref(Types.EMPTY_STR);
            } else if (encoding != null || errors != null) {
                String enc = Codecs.textArgument("str", "encoding", encoding, "utf-8");
                String err = Codecs.textArgument("str", "errors", errors, "strict");
                if (obj instanceof PyBytes b) {
                    result = Types.newStr(Codecs.decode(b.value, enc, err));
                } else if (obj instanceof ByteArrayMethods.PyByteArray ba) {
                    result = Types.newStr(Codecs.decode(ba.bytes(), enc, err));
                } else if (obj instanceof PyStr) {
                    throw Errors.typeError("decoding str is not supported");
                } else {
                    throw Errors.typeError("decoding to str: need a bytes-like object, " + obj.type.name + " found");
                }
            } else {
                result = Ops.str(obj);
            }
            if (type == Types.STR) {
                return result;
            }
            PyStr sub = new PyStr(type, result.value);
            decref(result);
            incref(type);
            return Heap.allocate(sub);
        });
        Methods.slot(t, "__repr__", (s, args, kw) -> Types.newStr(PyRepr.str(self(s).value)));
        Methods.slot(t, "__str__", (s, args, kw) -> s.type == Types.STR ? incref(s) : Types.newStr(self(s).value));
        Methods.slot(t, "__hash__", (s, args, kw) -> Types.newInt(self(s).hash()));
        Methods.slot(t, "__len__", (s, args, kw) -> Types.newInt(self(s).length));
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (s, args, kw) -> {
                if (!(args[0] instanceof PyStr o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return Types.newBool(op.test(compareCodePoints(self(s).value, o.value)));
            });
        }
        Methods.slot(t, "__add__", (s, args, kw) -> {
            if (!(args[0] instanceof PyStr o)) {
                throw Errors.typeError("can only concatenate str (not \"" + args[0].type.name + "\") to str");
            }
            // PyUnicode_Concat: with an empty operand the other exact str is the result.
            if (o.length == 0 && s.type == Types.STR) {
                return incref(s);
            }
            if (self(s).length == 0 && o.type == Types.STR) {
                return incref(o);
            }
            return Types.newStr(self(s).value + o.value);
        });
        Methods.slot(t, "__mul__", (s, args, kw) -> repeat(self(s), args[0]));
        Methods.slot(t, "__rmul__", (s, args, kw) -> repeat(self(s), args[0]));
        Methods.slot(t, "__mod__", (s, args, kw) -> PercentFormat.format(self(s).value, args[0]));
        Methods.slot(t, "__contains__", (s, args, kw) -> {
            if (!(args[0] instanceof PyStr o)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + args[0].type.name);
            }
            return Types.newBool(self(s).value.contains(o.value));
        });
        Methods.slot(t, "__getitem__", (s, args, kw) -> {
            PyStr str = self(s);
            PyObject key = args[0];
            if (key instanceof Slices.PySlice sl) {
                Slices.Bounds b = Slices.indices(sl, str.length);
                if (b.step() == 1 && b.start() == 0 && b.length() == str.length && str.type == Types.STR) {
                    return incref(str);
                }
                if (b.step() == 1) {
                    return Types.newStr(str.substring((int) b.start(), (int) (b.start() + b.length())));
                }
                StringBuilder out = new StringBuilder();
                for (long i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                    out.appendCodePoint(str.codePointAt((int) j));
                }
                return Types.newStr(out.toString());
            }
            int i = Slices.index(key, str.length, "string");
            return Types.newStrOfCodePoint(str.codePointAt(i));
        });
        Methods.slot(t, "__iter__", (s, args, kw) -> Iterators.strIterator(self(s)));
        Methods.method(t, "__format__", (s, args, kw) -> Formatting.formatStr(self(s),
                mustBeStr("format() argument 1 must be str", Args.one("__format__", args, kw))));
        Methods.method(t, "__sizeof__", (s, args, kw) -> Types.newInt(s.sizeOf()));
        Methods.method(t, "format", (s, args, kw) -> StrFormat.format(self(s), args, kw));
        Methods.method(t, "format_map", (s, args, kw) -> StrFormat.formatMap(self(s),
                Args.one("format_map", args, kw)));
        Methods.method(t, "join", (s, args, kw) -> {
            PyObject iterable = Args.one("join", args, kw);
            PyObject[] items = Builtins.toArray(iterable);
            // PyUnicode_Join: one exact str is returned itself, not copied.
            if (items.length == 1 && items[0].type == Types.STR) {
                return items[0];
            }
            try {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof PyStr item)) {
                        throw Errors.typeError("sequence item " + i + ": expected str instance, " + items[i].type.name
                                + " found");
                    }
                    if (i > 0) {
                        out.append(self(s).value);
                    }
                    out.append(item.value);
                }
                return Types.newFreshStr(out.toString());
            } finally {
                for (PyObject o : items) {
                    decref(o);
                }
            }
        });
        Methods.method(t, "split", (s, args, kw) -> split(self(s), args, kw, false));
        Methods.method(t, "rsplit", (s, args, kw) -> split(self(s), args, kw, true));
        Methods.method(t, "strip", (s, args, kw) -> strip(self(s), args, kw, true, true, "strip"));
        Methods.method(t, "lstrip", (s, args, kw) -> strip(self(s), args, kw, true, false, "lstrip"));
        Methods.method(t, "rstrip", (s, args, kw) -> strip(self(s), args, kw, false, true, "rstrip"));
        // Case mappings build a new str (PyUnicode_New), even for one latin-1 character.
        Methods.method(t, "upper", (s, args, kw) -> Types.newFreshStr(self(s).value.toUpperCase(java.util.Locale.ROOT)));
        Methods.method(t, "lower", (s, args, kw) -> Types.newFreshStr(self(s).value.toLowerCase(java.util.Locale.ROOT)));
        // Full case folding: upper-casing first expands the characters that fold to several (ß to ss).
        Methods.method(t, "casefold", (s, args, kw) -> Types.newFreshStr(
                self(s).value.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT)));
        Methods.method(t, "swapcase", (s, args, kw) -> Types.newFreshStr(CaseMappings.swapcase(self(s).value)));
        Methods.method(t, "capitalize", (s, args, kw) -> {
            String v = self(s).value;
            if (v.isEmpty()) {
                return incref(s);
            }
            return Types.newFreshStr(CaseMappings.capitalize(v));
        });
        Methods.method(t, "title", (s, args, kw) -> Types.newFreshStr(CaseMappings.title(self(s).value)));
        Methods.method(t, "startswith", (s, args, kw) -> affix(self(s), args, kw, true));
        Methods.method(t, "endswith", (s, args, kw) -> affix(self(s), args, kw, false));
        Methods.method(t, "find", (s, args, kw) -> Types.newInt(find(self(s), args, kw, "find", false)));
        Methods.method(t, "rfind", (s, args, kw) -> Types.newInt(find(self(s), args, kw, "rfind", true)));
        Methods.method(t, "index", (s, args, kw) -> {
            long i = find(self(s), args, kw, "index", false);
            if (i < 0) {
                throw Errors.valueError("substring not found");
            }
            return Types.newInt(i);
        });
        Methods.method(t, "rindex", (s, args, kw) -> {
            long i = find(self(s), args, kw, "rindex", true);
            if (i < 0) {
                throw Errors.valueError("substring not found");
            }
            return Types.newInt(i);
        });
        Methods.method(t, "count", (s, args, kw) -> {
            Args.range("count", args, kw, 1, 3);
            PyStr sub = mustBeStr("must be str", args[0]);
            PyStr str = self(s);
            long w = window(str, args, 1);
            if (w < 0) {
                return Types.newInt(0);
            }
            int from = (int) (w >>> 32);
            int to = (int) w;
            String v = str.value;
            if (sub.value.isEmpty()) {
                return Types.newInt(v.codePointCount(from, to) + 1);
            }
            int n = 0;
            int len = sub.value.length();
            for (int i = v.indexOf(sub.value, from); i >= 0 && i + len <= to; i = v.indexOf(sub.value, i + len)) {
                n++;
            }
            return Types.newInt(n);
        });
        Methods.method(t, "replace", (s, args, kw) -> {
            Args.range("replace", args, kw, 2, 3);
            String old = mustBeStr("replace() argument 1 must be str", args[0]).value;
            String repl = mustBeStr("replace() argument 2 must be str", args[1]).value;
            long count = args.length == 3 ? Ops.asLong(args[2]) : -1;
            String v = self(s).value;
            // Nothing to replace (no count, the same object twice, two empty strings, no
            // occurrence): an exact str is its own result, as unicode_result_unchanged gives.
            boolean nothing = count == 0 || args[0] == args[1] || old.isEmpty() && repl.isEmpty()
                    || !old.isEmpty() && !v.contains(old);
            if (nothing && s.type == Types.STR) {
                return incref(s);
            }
            return Types.newFreshStr(replace(v, old, repl, count));
        });
        Methods.method(t, "isdigit", (s, args, kw) -> test(self(s), Character::isDigit));
        Methods.method(t, "isdecimal", (s, args, kw) -> test(self(s), c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER));
        Methods.method(t, "isnumeric", (s, args, kw) -> test(self(s), c -> Character.isDigit(c)
                || Character.getType(c) == Character.OTHER_NUMBER || Character.getType(c) == Character.LETTER_NUMBER));
        Methods.method(t, "isalpha", (s, args, kw) -> test(self(s), Character::isLetter));
        Methods.method(t, "isalnum", (s, args, kw) -> test(self(s), Character::isLetterOrDigit));
        Methods.method(t, "isspace", (s, args, kw) -> test(self(s), c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85));
        Methods.method(t, "isascii", (s, args, kw) -> Types.newBool(self(s).isAscii()));
        Methods.method(t, "isupper", (s, args, kw) -> cased(self(s), true));
        Methods.method(t, "islower", (s, args, kw) -> cased(self(s), false));
        Methods.method(t, "isidentifier", (s, args, kw) -> {
            String v = self(s).value;
            if (v.isEmpty() || !(Character.isUnicodeIdentifierStart(v.codePointAt(0)) || v.charAt(0) == '_')) {
                return Types.newBool(false);
            }
            return Types.newBool(v.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)));
        });
        Methods.method(t, "center", (s, args, kw) -> justify(self(s), args, kw, "center"));
        Methods.method(t, "ljust", (s, args, kw) -> justify(self(s), args, kw, "ljust"));
        Methods.method(t, "rjust", (s, args, kw) -> justify(self(s), args, kw, "rjust"));
        Methods.method(t, "zfill", (s, args, kw) -> {
            long width = Ops.asLong(Args.one("zfill", args, kw));
            String v = self(s).value;
            int len = self(s).length;
            if (width <= len) {
                return incref(s);
            }
            String zeros = "0".repeat((int) (width - len));
            if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
                return Types.newStr(v.charAt(0) + zeros + v.substring(1));
            }
            return Types.newStr(zeros + v);
        });
        Methods.method(t, "splitlines", (s, args, kw) -> {
            PyObject keep = args.length > 0 ? args[0] : Args.keyword(args, kw, "keepends");
            boolean keepends = keep != null && Ops.isTrue(keep);
            String v = self(s).value;
            PyList out = Heap.allocate(new PyList(Types.LIST));
            int start = 0;
            int i = 0;
            while (i < v.length()) {
                char c = v.charAt(i);
                int eol = -1;
                if (c == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n') {
                    eol = i + 2;
                } else if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) {
                    eol = i + 1;
                }
                if (eol >= 0) {
                    out.appendOwned(wholeOrPart(self(s), v.substring(start, keepends ? eol : i)));
                    start = eol;
                    i = eol;
                } else {
                    i++;
                }
            }
            if (start < v.length()) {
                out.appendOwned(wholeOrPart(self(s), v.substring(start)));
            }
            return out;
        });
        Methods.method(t, "partition", (s, args, kw) -> partition(self(s), Args.one("partition", args, kw), false));
        Methods.method(t, "rpartition", (s, args, kw) -> partition(self(s), Args.one("rpartition", args, kw), true));
        Methods.method(t, "removeprefix", (s, args, kw) -> {
            String p = mustBeStr("removeprefix() argument must be str", Args.one("removeprefix", args, kw)).value;
            String v = self(s).value;
            return v.startsWith(p) ? Types.newStr(v.substring(p.length())) : incref(s);
        });
        Methods.method(t, "removesuffix", (s, args, kw) -> {
            String p = mustBeStr("removesuffix() argument must be str", Args.one("removesuffix", args, kw)).value;
            String v = self(s).value;
            return !p.isEmpty() && v.endsWith(p) ? Types.newStr(v.substring(0, v.length() - p.length())) : incref(s);
        });
        Methods.method(t, "encode", (s, args, kw) -> {
            String[] how = Codecs.encodingArguments("encode", args, kw);
            return PyBytes.of(Codecs.encode(self(s).value, how[0], how[1]));
        });
        Methods.method(t, "expandtabs", (s, args, kw) -> {
            long size = args.length > 0 ? Ops.asLong(args[0]) : 8;
            if (s.type == Types.STR && self(s).value.indexOf('\t') < 0) {
                return incref(s);
            }
            StringBuilder out = new StringBuilder();
            int col = 0;
            for (char c : self(s).value.toCharArray()) {
                if (c == '\t') {
                    if (size > 0) {
                        int n = (int) (size - col % size);
                        out.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    out.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return Types.newStr(out.toString());
        });
        BytesMethods.register();
        ByteArrayMethods.register();
        MemoryViews.register();
    }

    /** Compares by code point, as CPython orders str (UTF-16 order differs above U+FFFF). */
    public static int compareCodePoints(String a, String b) {
        // UTF-16 order is code point order unless the first differing chars include a
        // surrogate (a pair sorts above U+E000..U+FFFF by code point, below them by char).
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return compareByCodePoint(a, b);
                }
                return x < y ? -1 : 1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int compareByCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static PyObject repeat(PyStr s, PyObject n) {
        if (!(n instanceof PyInt) && n.type.lookup(Names.__index__) == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type.name + "'");
        }
        long times = Ops.asLong(n);
        if (times <= 0) {
            return incref(Types.EMPTY_STR);
        }
        if (times == 1 && s.type == Types.STR) {
            return incref(s);
        }
        if ((long) s.value.length() * times > Integer.MAX_VALUE - 16) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.MEMORY_ERROR);
        }
        return Types.newStr(s.value.repeat((int) times));
    }

    private static PyObject test(PyStr s, java.util.function.IntPredicate p) {
        return Types.newBool(s.length > 0 && s.value.codePoints().allMatch(p));
    }

    private static PyObject cased(PyStr s, boolean upper) {
        boolean any = false;
        for (int c : s.value.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return Types.newBool(false);
            }
            if (upper ? Character.isUpperCase(c) || Character.isTitleCase(c) : Character.isLowerCase(c)) {
                any = true;
            }
        }
        return Types.newBool(any);
    }

    private static boolean isPySpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || (c >= 0x1c && c <= 0x1f);
    }

    private static PyObject split(PyStr s, PyObject[] args, String[] kw, boolean fromRight) {
        String fn = fromRight ? "rsplit" : "split";
        Args.onlyKeywords(fn, kw, "sep", "maxsplit");
        int npos = Args.positional(args, kw);
        if (npos > 2) {
            throw Errors.typeError(fn + "() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject sep = npos > 0 ? args[0] : Args.keyword(args, kw, "sep");
        PyObject max = npos > 1 ? args[1] : Args.keyword(args, kw, "maxsplit");
        long maxsplit = max == null ? -1 : Ops.asLong(max);
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        String v = s.value;
        List<String> parts = new ArrayList<>();
        if (sep == null || sep == Types.NONE) {
            if (!fromRight) {
                int i = 0;
                int n = v.length();
                while (true) {
                    while (i < n && isPySpace(v.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (parts.size() == maxsplit) {
                        parts.add(v.substring(i).stripTrailing().isEmpty() ? v.substring(i) : rstripSpace(v.substring(i)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isPySpace(v.charAt(j))) {
                        j++;
                    }
                    parts.add(v.substring(i, j));
                    i = j;
                }
            } else {
                int i = v.length() - 1;
                while (true) {
                    while (i >= 0 && isPySpace(v.charAt(i))) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    if (parts.size() == maxsplit) {
                        parts.add(lstripSpace(v.substring(0, i + 1)));
                        break;
                    }
                    int j = i;
                    while (j >= 0 && !isPySpace(v.charAt(j))) {
                        j--;
                    }
                    parts.add(v.substring(j + 1, i + 1));
                    i = j;
                }
                java.util.Collections.reverse(parts);
            }
        } else {
            String sp = mustBeStr("must be str or None", sep).value;
            if (sp.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            if (!fromRight) {
                int start = 0;
                int count = 0;
                int k;
                while (count < maxsplit && (k = v.indexOf(sp, start)) >= 0) {
                    parts.add(v.substring(start, k));
                    start = k + sp.length();
                    count++;
                }
                parts.add(v.substring(start));
            } else {
                int end = v.length();
                int count = 0;
                int k;
                while (count < maxsplit && end >= 0 && (k = v.lastIndexOf(sp, end - sp.length())) >= 0) {
                    parts.add(v.substring(k + sp.length(), end));
                    end = k;
                    count++;
                }
                parts.add(v.substring(0, end));
                java.util.Collections.reverse(parts);
            }
        }
        PyList out = Heap.allocate(new PyList(Types.LIST));
        for (String p : parts) {
            out.appendOwned(wholeOrPart(s, p));
        }
        return out;
    }

    /**
     * A piece cut from {@code s} as a new reference: an exact str that was not cut at all
     * (split without a separator in it, splitlines of one line) is its own piece.
     */
    private static PyObject wholeOrPart(PyStr s, String part) {
        if (part.length() == s.value.length() && s.type == Types.STR) {
            return incref(s);
        }
        return Types.newStr(part);
    }

    private static String rstripSpace(String s) {
        int e = s.length();
        while (e > 0 && isPySpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    private static String lstripSpace(String s) {
        int b = 0;
        while (b < s.length() && isPySpace(s.charAt(b))) {
            b++;
        }
        return s.substring(b);
    }

    private static PyObject strip(PyStr s, PyObject[] args, String[] kw, boolean left, boolean right, String fn) {
        Args.range(fn, args, kw, 0, 1);
        String v = s.value;
        String chars = args.length == 0 || args[0] == Types.NONE ? null : strArg(fn, args[0]).value;
        int b = 0;
        int e = v.length();
        if (left) {
            while (b < e && (chars == null ? isPySpace(v.charAt(b)) : chars.indexOf(v.charAt(b)) >= 0)) {
                b++;
            }
        }
        if (right) {
            while (e > b && (chars == null ? isPySpace(v.charAt(e - 1)) : chars.indexOf(v.charAt(e - 1)) >= 0)) {
                e--;
            }
        }
        if (b == 0 && e == v.length() && s.type == Types.STR) {
            return incref(s);
        }
        return Types.newStr(v.substring(b, e));
    }

    /** The text of s[start:end] for the optional start/end arguments at {@code from}. */
    /**
     * The char offsets of the window s[start:end] given by args[from] and args[from + 1]
     * (None or absent for the whole), as (start << 32) | end, or -1 when the window is
     * empty by starting after its end (where even "" is not found in it). Offsets, not a copy: a scanner calling startswith(x, pos) on a long
     * text must not copy the rest of the text each time.
     */
    private static long window(PyStr s, PyObject[] args, int from) {
        long n = s.length;
        long start = args.length > from && args[from] != Types.NONE ? Ops.asLong(args[from]) : 0;
        long end = args.length > from + 1 && args[from + 1] != Types.NONE ? Ops.asLong(args[from + 1]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        end = Math.min(end, n);
        if (start > end) {
            return -1;
        }
        return ((long) s.offset((int) start) << 32) | s.offset((int) end);
    }

    private static long find(PyStr s, PyObject[] args, String[] kw, String fn, boolean fromRight) {
        Args.range(fn, args, kw, 1, 3);
        PyStr sub = mustBeStr("must be str", args[0]);
        long n = s.length;
        long start = args.length > 1 && args[1] != Types.NONE ? Ops.asLong(args[1]) : 0;
        long end = args.length > 2 && args[2] != Types.NONE ? Ops.asLong(args[2]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        end = Math.min(end, n);
        if (start > end) {
            return -1;
        }
        String v = s.value;
        int from = s.offset((int) start);
        int to = s.offset((int) end);
        int len = sub.value.length();
        if (len > to - from) {
            return -1;
        }
        int k = fromRight ? v.lastIndexOf(sub.value, to - len) : v.indexOf(sub.value, from);
        if (k < from || k + len > to) {
            return -1;
        }
        return s.isBmp() ? k : v.codePointCount(0, k);
    }

    private static PyObject affix(PyStr s, PyObject[] args, String[] kw, boolean prefix) {
        String fn = prefix ? "startswith" : "endswith";
        Args.range(fn, args, kw, 1, 3);
        long w = window(s, args, 1);
        if (w < 0) {
            return Types.newBool(false);
        }
        int from = (int) (w >>> 32);
        int to = (int) w;
        String v = s.value;
        PyObject what = args[0];
        if (what instanceof PyTuple t) {
            for (PyObject o : t.items) {
                String a = mustBeStr("tuple for " + fn + " must only contain str", o).value;
                if (affixAt(v, from, to, a, prefix)) {
                    return Types.newBool(true);
                }
            }
            return Types.newBool(false);
        }
        if (!(what instanceof PyStr a)) {
            throw Errors.typeError(fn + " first arg must be str or a tuple of str, not " + what.type.name);
        }
        return Types.newBool(affixAt(v, from, to, a.value, prefix));
    }

    /** Whether v[from:to] (char offsets) starts (or ends) with a. */
    private static boolean affixAt(String v, int from, int to, String a, boolean prefix) {
        int len = a.length();
        return len <= to - from && v.startsWith(a, prefix ? from : to - len);
    }

    static String replace(String v, String old, String repl, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            StringBuilder out = new StringBuilder();
            long done = 0;
            int[] cps = v.codePoints().toArray();
            if (done < count) {
                out.append(repl);
                done++;
            }
            for (int cp : cps) {
                out.appendCodePoint(cp);
                if (done < count) {
                    out.append(repl);
                    done++;
                }
            }
            return out.toString();
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        long done = 0;
        int k;
        while (done < count && (k = v.indexOf(old, start)) >= 0) {
            out.append(v, start, k).append(repl);
            start = k + old.length();
            done++;
        }
        return out.append(v.substring(start)).toString();
    }

    private static PyObject justify(PyStr s, PyObject[] args, String[] kw, String fn) {
        Args.range(fn, args, kw, 1, 2);
        long width = Ops.asLong(args[0]);
        String fill = " ";
        if (args.length == 2) {
            PyStr f = mustBeStr("The fill character must be a unicode character", args[1]);
            if (f.length != 1) {
                throw Errors.typeError("The fill character must be exactly one character long");
            }
            fill = f.value;
        }
        int len = s.length;
        if (width <= len) {
            return incref(s);
        }
        int pad = (int) (width - len);
        return switch (fn) {
            case "ljust" -> Types.newStr(s.value + fill.repeat(pad));
            case "rjust" -> Types.newStr(fill.repeat(pad) + s.value);
            default -> {
                int left = pad / 2 + (pad & (int) width & 1);
                yield Types.newStr(fill.repeat(left) + s.value + fill.repeat(pad - left));
            }
        };
    }

    private static PyObject partition(PyStr s, PyObject sepObj, boolean fromRight) {
        String sep = mustBeStr("must be str", sepObj).value;
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String v = s.value;
        int k = fromRight ? v.lastIndexOf(sep) : v.indexOf(sep);
        PyObject[] parts;
        if (k < 0) {
            parts = fromRight ? new PyObject[] {Types.newStr(""), Types.newStr(""), incref(s)}
                    : new PyObject[] {incref(s), Types.newStr(""), Types.newStr("")};
        } else {
            parts = new PyObject[] {Types.newStr(v.substring(0, k)), Types.newStr(sep),
                Types.newStr(v.substring(k + sep.length()))};
        }
        return Heap.allocate(new PyTuple(Types.TUPLE, parts));
    }
    /** istitle, str.maketrans and translate. */
    private static void registerTranslation(PyType t) {
        Methods.method(t, "istitle", (s, args, kw) -> {
            Args.none("istitle", args, kw);
            boolean cased = false;
            boolean previousCased = false;
            for (int c : self(s).value.codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (previousCased) {
                        return Types.newBool(false);
                    }
                    previousCased = true;
                    cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!previousCased) {
                        return Types.newBool(false);
                    }
                    previousCased = true;
                    cased = true;
                } else {
                    previousCased = false;
                }
            }
            return Types.newBool(cased);
        });
        Methods.staticMethod(t, "maketrans", (s, args, kw) -> {
            Args.range("maketrans", args, kw, 1, 3);
            PyDict table = Heap.allocateUntracked(new PyDict(Types.DICT));
            try {
                if (args.length == 1) {
                    if (!(args[0] instanceof PyDict d)) {
                        throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
                    }
                    for (int i = 0; i < d.entryLimit(); i++) {
                        PyObject k = d.keyAt(i);
                        if (k == null) {
                            continue;
                        }
                        if (k instanceof PyStr ks) {
                            if (ks.length != 1) {
                                throw Errors.valueError("string keys in translate table must be of length 1");
                            }
                            PyObject code = Types.newInt(ks.value.codePointAt(0));
                            table.put(code, d.valueAt(i));
                            Heap.decref(code);
                        } else if (k instanceof PyInt) {
                            table.put(k, d.valueAt(i));
                        } else {
                            throw Errors.typeError("keys in translate table must be strings or integers");
                        }
                    }
                    return table;
                }
                PyStr from = mustBeStr("maketrans() argument 1 must be str", args[0]);
                PyStr to = mustBeStr("maketrans() argument 2 must be str", args[1]);
                if (from.length != to.length) {
                    throw Errors.valueError("the first two maketrans arguments must have equal length");
                }
                int[] a = from.value.codePoints().toArray();
                int[] b = to.value.codePoints().toArray();
                for (int i = 0; i < a.length; i++) {
                    PyObject k = Types.newInt(a[i]);
                    PyObject v = Types.newInt(b[i]);
                    table.put(k, v);
                    Heap.decref(k);
                    Heap.decref(v);
                }
                if (args.length == 3) {
                    PyStr gone = mustBeStr("maketrans() argument 3 must be str", args[2]);
                    for (int c : gone.value.codePoints().toArray()) {
                        PyObject k = Types.newInt(c);
                        table.put(k, Types.NONE);
                        Heap.decref(k);
                    }
                }
                return table;
            } catch (PyException e) {
                Heap.decref(table);
                throw e;
            }
        });
        Methods.method(t, "translate", (s, args, kw) -> {
            PyObject table = Args.one("translate", args, kw);
            StringBuilder out = new StringBuilder();
            for (int c : self(s).value.codePoints().toArray()) {
                PyObject key = Types.newInt(c);
                PyObject v;
                try {
                    v = Ops.getitem(table, key);
                } catch (PyException e) {
                    if (!Ops.matches(e, dev.heapscope.interpreter.runtime.ExceptionTypes.LOOKUP_ERROR)) {
                        throw e;
                    }
                    Heap.decref(e.value);
                    out.appendCodePoint(c);
                    continue;
                } finally {
                    Heap.decref(key);
                }
                try {
                    if (v instanceof PyInt i) {
                        if (i.signum() < 0 || !i.isSmall() || i.value > 0x10ffff) {
                            throw Errors.valueError("character mapping must be in range(0x110000)");
                        }
                        out.appendCodePoint((int) i.value);
                    } else if (v instanceof PyStr vs) {
                        out.append(vs.value);
                    } else if (v != Types.NONE) {
                        throw Errors.typeError("character mapping must return integer, None or str");
                    }
                } finally {
                    Heap.decref(v);
                }
            }
            return Types.newStr(out.toString());
        });
    }
}
