package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import java.util.IdentityHashMap;

/**
 * _json: the accelerators of CPython 3.11's Modules/_json.c. The scanner parses a whole
 * document with the same grammar, hooks, error messages and error positions (code point
 * indexes); the encoder writes what json.encoder's pure-Python iterencode writes, in one
 * string. The json package (shipped json/*.py) is the public API around them.
 */
final class JsonModule {
    private JsonModule() {
    }

    static final PyType SCANNER = Types.builtin("_json.Scanner", Types.OBJECT);
    static final PyType ENCODER = Types.builtin("_json.Encoder", Types.OBJECT);

    private static PyBuiltinFunction encodeAsciiFunction;
    private static PyBuiltinFunction encodeFunction;

    static PyModule create() {
        PyModule m = Importer.newModule("_json", null);
        Builtins.function(m.dict, "encode_basestring_ascii", (self, args, kw) -> {
            PyObject s = Args.one("encode_basestring_ascii", args, kw);
            return Types.newStr(quote(string("encode_basestring_ascii", s), true));
        });
        Builtins.function(m.dict, "encode_basestring", (self, args, kw) -> {
            PyObject s = Args.one("encode_basestring", args, kw);
            return Types.newStr(quote(string("encode_basestring", s), false));
        });
        encodeAsciiFunction = (PyBuiltinFunction) m.dict.getStr(Types.name("encode_basestring_ascii"));
        encodeFunction = (PyBuiltinFunction) m.dict.getStr(Types.name("encode_basestring"));
        Builtins.function(m.dict, "scanstring", (self, args, kw) -> {
            Args.range("scanstring", args, kw, 2, 3);
            if (!(args[0] instanceof PyStr s)) {
                throw Errors.typeError("first argument must be a string, not " + args[0].type.name);
            }
            long end = Ops.asLong(args[1]);
            boolean strict = args.length < 3 || Ops.isTrue(args[2]);
            Parser p = new Parser(s, null);
            p.strict = strict;
            if (end < 0 || end > p.text.length) {
                throw Errors.valueError("end is out of bounds");
            }
            PyObject value = p.scanString((int) end);
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {value, Types.newInt(p.next)}));
        });
        Builtins.value(m.dict, "make_scanner", SCANNER);
        Builtins.value(m.dict, "make_encoder", ENCODER);
        return m;
    }

    private static String string(String fn, PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("first argument must be a string, not " + s.type.name);
        }
        return str.value;
    }

    // ---- encoding strings ----

    /**
     * A JSON string literal: with {@code ascii}, everything outside printable ASCII as
     * \\uXXXX (astral characters as surrogate pairs, which Java strings already hold);
     * otherwise only quotes, backslashes and control characters escaped.
     */
    static String quote(String s, boolean ascii) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quoteInto(out, s, ascii);
        return out.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static void quoteInto(StringBuilder out, String s, boolean ascii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < ' ' || (ascii && c > '~')) {
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    // ---- the scanner ----

    /** A scanner's configuration, read from the decoder (its "context") when it is made. */
    static final class PyScanner extends PyObject {
        final boolean strict;
        final PyObject objectHook;
        final PyObject pairsHook;
        final PyObject parseFloat;
        final PyObject parseInt;
        final PyObject parseConstant;

        PyScanner(PyObject context) {
            super(SCANNER);
            PyObject strictObj = Ops.getattr(context, Types.name("strict"));
            try {
                strict = Ops.isTrue(strictObj);
            } finally {
                decref(strictObj);
            }
            objectHook = Ops.getattr(context, Types.name("object_hook"));
            pairsHook = Ops.getattr(context, Types.name("object_pairs_hook"));
            parseFloat = Ops.getattr(context, Types.name("parse_float"));
            parseInt = Ops.getattr(context, Types.name("parse_int"));
            parseConstant = Ops.getattr(context, Types.name("parse_constant"));
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            visitor.visit(objectHook);
            visitor.visit(pairsHook);
            visitor.visit(parseFloat);
            visitor.visit(parseInt);
            visitor.visit(parseConstant);
        }

        @Override
        public void clear() {
            decref(objectHook);
            decref(pairsHook);
            decref(parseFloat);
            decref(parseInt);
            decref(parseConstant);
        }

        @Override
        public long allocationRequest() {
            // PyScannerObject: the header, strict and six object pointers, with its GC head.
            return 16 + 16 + 8 + 6 * 8;
        }
    }

    static {
        SCANNER.qualname = "Scanner";
        Methods.constructor(SCANNER, (type, args, kw) -> {
            Args.onlyKeywords("Scanner", kw, "context");
            int npos = Args.positional(args, kw);
            PyObject context = npos == 1 ? args[0] : Args.keyword(args, kw, "context");
            if (context == null || npos > 1) {
                throw Errors.typeError("Scanner() takes exactly 1 argument (" + args.length + " given)");
            }
            return Heap.allocate(new PyScanner(context));
        });
        Methods.slot(SCANNER, "__call__", (self, args, kw) -> {
            Args.onlyKeywords("Scanner", kw, "string", "idx");
            if (Args.positional(args, kw) != 2) {
                throw Errors.typeError("Scanner() missing required argument");
            }
            if (!(args[0] instanceof PyStr s)) {
                throw Errors.typeError("first argument must be a string, not " + args[0].type.name);
            }
            Parser p = new Parser(s, (PyScanner) self);
            PyObject value = p.scanOnce((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                    Ops.asLong(args[1]))));
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {value, Types.newInt(p.next)}));
        });
        for (String name : new String[] {"strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int",
            "parse_constant"}) {
            Methods.getset(SCANNER, name, self -> {
                PyScanner sc = (PyScanner) self;
                return incref(switch (name) {
                    case "strict" -> Types.newBool(sc.strict);
                    case "object_hook" -> sc.objectHook;
                    case "object_pairs_hook" -> sc.pairsHook;
                    case "parse_float" -> sc.parseFloat;
                    case "parse_int" -> sc.parseInt;
                    default -> sc.parseConstant;
                });
            }, null);
        }
    }

    /**
     * One scan of a document. Positions are code point indexes, as CPython's; {@link #next}
     * is where the last value parsed ended. Every method returns a new reference.
     */
    static final class Parser {
        final PyStr doc;
        final int[] text;
        final PyScanner config;
        boolean strict = true;
        int next;
        /** Equal keys share one str object within a document, as the scanner's memo dict makes them. */
        final java.util.HashMap<String, PyStr> memo = new java.util.HashMap<>();

        Parser(PyStr doc, PyScanner config) {
            this.doc = doc;
            this.text = doc.value.codePoints().toArray();
            this.config = config;
            if (config != null) {
                strict = config.strict;
            }
        }

        private static boolean isWhitespace(int c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        private int skipWhitespace(int idx) {
            while (idx < text.length && isWhitespace(text[idx])) {
                idx++;
            }
            return idx;
        }

        /** raise_errmsg: json.decoder.JSONDecodeError(msg, doc, pos). */
        private PyException error(String msg, int pos) {
            PyObject decoder = Importer.importModule("json.decoder", null, false);
            PyObject cls;
            try {
                cls = Ops.getattr(decoder, Types.name("JSONDecodeError"));
            } finally {
                decref(decoder);
            }
            PyObject exc;
            try {
                exc = Ops.call(cls, new PyObject[] {Types.newStr(msg), incref(doc), Types.newInt(pos)}, null);
            } finally {
                decref(cls);
            }
            return new PyException((dev.heapscope.interpreter.objects.PyBaseException) exc);
        }

        private static PyException stopIteration(int idx) {
            return new PyException(Errors.newException(ExceptionTypes.STOP_ITERATION,
                    new PyObject[] {Types.newInt(idx)}));
        }

        /** scan_once_unicode: the value starting at idx, or StopIteration(idx) when there is none. */
        PyObject scanOnce(int idx) {
            if (idx < 0) {
                throw Errors.valueError("idx cannot be negative");
            }
            int length = text.length;
            if (idx >= length) {
                throw stopIteration(idx);
            }
            switch (text[idx]) {
                case '"':
                    return scanString(idx + 1);
                case '{':
                    enter(" while decoding a JSON object from a unicode string");
                    try {
                        return parseObject(idx + 1);
                    } finally {
                        ThreadState.leave();
                    }
                case '[':
                    enter(" while decoding a JSON array from a unicode string");
                    try {
                        return parseArray(idx + 1);
                    } finally {
                        ThreadState.leave();
                    }
                case 'n':
                    if (matches(idx, "null")) {
                        next = idx + 4;
                        return incref(Types.NONE);
                    }
                    break;
                case 't':
                    if (matches(idx, "true")) {
                        next = idx + 4;
                        return incref(Types.TRUE);
                    }
                    break;
                case 'f':
                    if (matches(idx, "false")) {
                        next = idx + 5;
                        return incref(Types.FALSE);
                    }
                    break;
                case 'N':
                    if (matches(idx, "NaN")) {
                        return constant("NaN", idx);
                    }
                    break;
                case 'I':
                    if (matches(idx, "Infinity")) {
                        return constant("Infinity", idx);
                    }
                    break;
                case '-':
                    if (matches(idx, "-Infinity")) {
                        return constant("-Infinity", idx);
                    }
                    break;
                default:
                    break;
            }
            return number(idx);
        }

        private boolean matches(int idx, String word) {
            if (idx + word.length() > text.length) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (text[idx + i] != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private PyObject constant(String name, int idx) {
            next = idx + name.length();
            if (config == null) {
                throw Errors.typeError("no scanner");
            }
            return Ops.call(config.parseConstant, new PyObject[] {Types.newStr(name)}, null);
        }

        private static void enter(String where) {
            if (++ThreadState.depth > ThreadState.recursionLimit) {
                ThreadState.depth--;
                throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
            }
        }

        private static boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        /** _match_number_unicode: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? */
        private PyObject number(int start) {
            int endIdx = text.length - 1;
            int idx = start;
            if (text[idx] == '-') {
                idx++;
                if (idx > endIdx) {
                    throw stopIteration(start);
                }
            }
            if (text[idx] >= '1' && text[idx] <= '9') {
                idx++;
                while (idx <= endIdx && isDigit(text[idx])) {
                    idx++;
                }
            } else if (text[idx] == '0') {
                idx++;
            } else {
                throw stopIteration(start);
            }
            boolean isFloat = false;
            if (idx < endIdx && text[idx] == '.' && isDigit(text[idx + 1])) {
                isFloat = true;
                idx += 2;
                while (idx <= endIdx && isDigit(text[idx])) {
                    idx++;
                }
            }
            if (idx < endIdx && (text[idx] == 'e' || text[idx] == 'E')) {
                int eStart = idx;
                idx++;
                if (idx < endIdx && (text[idx] == '-' || text[idx] == '+')) {
                    idx++;
                }
                while (idx <= endIdx && isDigit(text[idx])) {
                    idx++;
                }
                if (isDigit(text[idx - 1])) {
                    isFloat = true;
                } else {
                    idx = eStart;
                }
            }
            String numstr = new String(text, start, idx - start);
            next = idx;
            PyObject custom = config == null ? null : isFloat ? config.parseFloat : config.parseInt;
            if (custom != null && custom != (isFloat ? Types.FLOAT : Types.INT)) {
                return Ops.call(custom, new PyObject[] {Types.newStr(numstr)}, null);
            }
            if (isFloat) {
                return Types.newFloat(Conversions.parseFloat(numstr, numstr));
            }
            return Conversions.parseInt(numstr, 10, numstr);
        }

        /**
         * scanstring_unicode: the string whose opening quote is just before {@code end};
         * sets {@link #next} past its closing quote.
         */
        PyObject scanString(int end) {
            int len = text.length;
            int begin = end - 1;
            StringBuilder out = null;
            while (true) {
                int nextIdx = end;
                int c = 0;
                for (; nextIdx < len; nextIdx++) {
                    c = text[nextIdx];
                    if (c == '"' || c == '\\') {
                        break;
                    }
                    if (c <= 0x1f && strict) {
                        throw error("Invalid control character at", nextIdx);
                    }
                }
                if (nextIdx >= len || !(c == '"' || c == '\\')) {
                    throw error("Unterminated string starting at", begin);
                }
                if (c == '"' && out == null) {
                    next = nextIdx + 1;
                    return Types.newStr(new String(text, end, nextIdx - end));
                }
                if (out == null) {
                    out = new StringBuilder();
                }
                for (int i = end; i < nextIdx; i++) {
                    out.appendCodePoint(text[i]);
                }
                nextIdx++;
                if (c == '"') {
                    end = nextIdx;
                    break;
                }
                if (nextIdx == len) {
                    throw error("Unterminated string starting at", begin);
                }
                c = text[nextIdx];
                if (c != 'u') {
                    end = nextIdx + 1;
                    int unescaped = switch (c) {
                        case '"' -> '"';
                        case '\\' -> '\\';
                        case '/' -> '/';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> -1;
                    };
                    if (unescaped < 0) {
                        throw error("Invalid \\escape", end - 2);
                    }
                    out.append((char) unescaped);
                } else {
                    nextIdx++;
                    end = nextIdx + 4;
                    if (end >= len) {
                        throw error("Invalid \\uXXXX escape", nextIdx - 1);
                    }
                    int cp = hex4(nextIdx, end);
                    nextIdx = end;
                    if (Character.isHighSurrogate((char) cp) && end + 6 < len
                            && text[nextIdx] == '\\' && text[nextIdx + 1] == 'u') {
                        int low = hex4(nextIdx + 2, end + 6);
                        if (Character.isLowSurrogate((char) low)) {
                            cp = Character.toCodePoint((char) cp, (char) low);
                            end += 6;
                        }
                    }
                    out.appendCodePoint(cp);
                }
            }
            next = end;
            return Types.newStr(out.toString());
        }

        /** Four hex digits ending just before {@code end}; "Invalid \\uXXXX escape" at end - 5 otherwise. */
        private int hex4(int from, int end) {
            int v = 0;
            for (int i = from; i < end; i++) {
                int d = Character.digit(text[i], 16);
                if (d < 0 || text[i] > 'f') {
                    throw error("Invalid \\uXXXX escape", end - 5);
                }
                v = v << 4 | d;
            }
            return v;
        }

        /** _parse_object_unicode: members up to the closing brace; the hooks applied. */
        private PyObject parseObject(int idx) {
            boolean pairs = config != null && config.pairsHook != Types.NONE;
            PyList pairList = pairs ? Heap.allocate(new PyList(Types.LIST)) : null;
            PyDict dict = pairs ? null : Heap.allocate(new PyDict(Types.DICT));
            PyObject result = pairs ? pairList : dict;
            try {
                int endIdx = text.length - 1;
                idx = skipWhitespace(idx);
                if (idx > endIdx || text[idx] != '}') {
                    while (true) {
                        if (idx > endIdx || text[idx] != '"') {
                            throw error("Expecting property name enclosed in double quotes", idx);
                        }
                        PyStr key = memoized((PyStr) scanString(idx + 1));
                        try {
                            idx = skipWhitespace(next);
                            if (idx > endIdx || text[idx] != ':') {
                                throw error("Expecting ':' delimiter", idx);
                            }
                            idx = skipWhitespace(idx + 1);
                            PyObject value = scanOnce(idx);
                            if (pairs) {
                                pairList.appendOwned(Heap.allocate(new PyTuple(Types.TUPLE,
                                        new PyObject[] {incref(key), value})));
                            } else {
                                try {
                                    dict.put(key, value);
                                } finally {
                                    decref(value);
                                }
                            }
                        } finally {
                            decref(key);
                        }
                        idx = skipWhitespace(next);
                        if (idx <= endIdx && text[idx] == '}') {
                            break;
                        }
                        if (idx > endIdx || text[idx] != ',') {
                            throw error("Expecting ',' delimiter", idx);
                        }
                        idx = skipWhitespace(idx + 1);
                    }
                }
                next = idx + 1;
            } catch (RuntimeException e) {
                decref(result);
                throw e;
            }
            if (config == null) {
                return result;
            }
            PyObject hook = pairs ? config.pairsHook : config.objectHook;
            if (hook == Types.NONE) {
                return result;
            }
            try {
                return Ops.call(hook, new PyObject[] {result}, null);
            } finally {
                decref(result);
            }
        }

        private PyStr memoized(PyStr key) {
            PyStr seen = memo.putIfAbsent(key.value, key);
            if (seen == null) {
                return key;
            }
            decref(key);
            return (PyStr) incref(seen);
        }

        /** _parse_array_unicode: values up to the closing bracket. */
        private PyObject parseArray(int idx) {
            PyList list = Heap.allocate(new PyList(Types.LIST));
            try {
                int endIdx = text.length - 1;
                idx = skipWhitespace(idx);
                if (idx > endIdx || text[idx] != ']') {
                    while (true) {
                        list.appendOwned(scanOnce(idx));
                        idx = skipWhitespace(next);
                        if (idx <= endIdx && text[idx] == ']') {
                            break;
                        }
                        if (idx > endIdx || text[idx] != ',') {
                            throw error("Expecting ',' delimiter", idx);
                        }
                        idx = skipWhitespace(idx + 1);
                    }
                }
                next = idx + 1;
                return list;
            } catch (RuntimeException e) {
                decref(list);
                throw e;
            }
        }
    }

    // ---- the encoder ----

    /**
     * c_make_encoder's object. With indent None it is CPython's C encoder; with an indent
     * string it also lays out what json.encoder's _make_iterencode would (and raises that
     * path's messages), so json.dumps(indent=...) is fast too.
     */
    static final class PyEncoder extends PyObject {
        final PyObject markers;
        final PyObject defaultFn;
        final PyObject encoder;
        final PyObject indent;
        final String keySeparator;
        final String itemSeparator;
        final boolean sortKeys;
        final boolean skipKeys;
        final boolean allowNan;

        PyEncoder(PyObject[] a) {
            super(ENCODER);
            markers = incref(a[0]);
            defaultFn = incref(a[1]);
            encoder = incref(a[2]);
            indent = incref(a[3]);
            if (!(a[4] instanceof PyStr ks)) {
                throw Errors.typeError("make_encoder() argument 5 must be str, not " + a[4].type.name);
            }
            if (!(a[5] instanceof PyStr is)) {
                throw Errors.typeError("make_encoder() argument 6 must be str, not " + a[5].type.name);
            }
            keySeparator = ks.value;
            itemSeparator = is.value;
            sortKeys = Ops.isTrue(a[6]);
            skipKeys = Ops.isTrue(a[7]);
            allowNan = Ops.isTrue(a[8]);
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            visitor.visit(markers);
            visitor.visit(defaultFn);
            visitor.visit(encoder);
            visitor.visit(indent);
        }

        @Override
        public void clear() {
            decref(markers);
            decref(defaultFn);
            decref(encoder);
            decref(indent);
        }

        @Override
        public long allocationRequest() {
            return 16 + 16 + 8 * 8 + 8;
        }
    }

    static {
        ENCODER.qualname = "Encoder";
        Methods.constructor(ENCODER, (type, args, kw) -> {
            String[] names = {"markers", "default", "encoder", "indent", "key_separator", "item_separator",
                "sort_keys", "skipkeys", "allow_nan"};
            int npos = Args.positional(args, kw);
            PyObject[] a = new PyObject[9];
            System.arraycopy(args, 0, a, 0, Math.min(npos, 9));
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    int at = java.util.Arrays.asList(names).indexOf(kw[i]);
                    if (at < 0) {
                        throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for Encoder()");
                    }
                    a[at] = args[npos + i];
                }
            }
            for (int i = 0; i < 9; i++) {
                if (a[i] == null) {
                    throw Errors.typeError("Encoder() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                }
            }
            if (a[0] != Types.NONE && !(a[0] instanceof PyDict)) {
                throw Errors.typeError("make_encoder() argument 1 must be dict or None, not " + a[0].type.name);
            }
            return Heap.allocate(new PyEncoder(a));
        });
        Methods.slot(ENCODER, "__call__", (self, args, kw) -> {
            Args.onlyKeywords("Encoder", kw, "obj", "_current_indent_level");
            if (Args.positional(args, kw) != 2) {
                throw Errors.typeError("Encoder() takes exactly 2 arguments (" + args.length + " given)");
            }
            Encoding e = new Encoding((PyEncoder) self);
            e.encode(args[0], (int) Ops.asLong(args[1]));
            PyList out = Heap.allocate(new PyList(Types.LIST));
            out.appendOwned(Types.newStr(e.out.toString()));
            return out;
        });
    }

    /** One call of an encoder: the text so far and the objects being encoded (for cycles). */
    static final class Encoding {
        final PyEncoder enc;
        final StringBuilder out = new StringBuilder();
        final String indent;
        final IdentityHashMap<PyObject, Boolean> active = new IdentityHashMap<>();

        Encoding(PyEncoder enc) {
            this.enc = enc;
            this.indent = enc.indent == Types.NONE ? null : Ops.strString(enc.indent);
        }

        private boolean checkCircular() {
            return enc.markers != Types.NONE;
        }

        private void mark(PyObject o) {
            if (!checkCircular()) {
                return;
            }
            if (active.containsKey(o)) {
                throw Errors.valueError("Circular reference detected");
            }
            active.put(o, Boolean.TRUE);
        }

        private void unmark(PyObject o) {
            if (checkCircular()) {
                active.remove(o);
            }
        }

        private void newline(int level) {
            out.append('\n');
            for (int i = 0; i < level; i++) {
                out.append(indent);
            }
        }

        void encode(PyObject o, int level) {
            if (o == Types.NONE) {
                out.append("null");
            } else if (o == Types.TRUE) {
                out.append("true");
            } else if (o == Types.FALSE) {
                out.append("false");
            } else if (o instanceof PyStr s) {
                string(s);
            } else if (o instanceof PyInt i) {
                out.append(i.toString());
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                JsonModule.Parser.enter(" while encoding a JSON object");
                try {
                    list(o, level);
                } finally {
                    ThreadState.leave();
                }
            } else if (o instanceof PyDict d) {
                JsonModule.Parser.enter(" while encoding a JSON object");
                try {
                    dict(d, level);
                } finally {
                    ThreadState.leave();
                }
            } else {
                mark(o);
                PyObject replacement = Ops.call(enc.defaultFn, new PyObject[] {o}, null);
                try {
                    JsonModule.Parser.enter(" while encoding a JSON object");
                    try {
                        encode(replacement, level);
                    } finally {
                        ThreadState.leave();
                    }
                } finally {
                    decref(replacement);
                }
                unmark(o);
            }
        }

        private String floatText(PyFloat f) {
            double v = f.value;
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                if (!enc.allowNan) {
                    throw Errors.valueError("Out of range float values are not JSON compliant"
                            + (indent != null ? ": " + Conversions.floatRepr(v) : ""));
                }
                return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
            }
            return Conversions.floatRepr(v);
        }

        private void string(PyStr s) {
            if (enc.encoder == encodeAsciiFunction) {
                quoteInto(out, s.value, true);
            } else if (enc.encoder == encodeFunction) {
                quoteInto(out, s.value, false);
            } else {
                PyObject r = Ops.call(enc.encoder, new PyObject[] {s}, null);
                try {
                    if (!(r instanceof PyStr rs)) {
                        throw Errors.typeError("encoder() must return a string, not " + r.type.name);
                    }
                    out.append(rs.value);
                } finally {
                    decref(r);
                }
            }
        }

        private void list(PyObject seq, int level) {
            PyObject[] items = seq instanceof PyList l ? java.util.Arrays.copyOf(l.items, l.size) : ((PyTuple) seq).items;
            if (items.length == 0) {
                out.append("[]");
                return;
            }
            mark(seq);
            for (PyObject item : items) {
                incref(item);
            }
            try {
                out.append('[');
                if (indent != null) {
                    level++;
                    newline(level);
                }
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        out.append(enc.itemSeparator);
                        if (indent != null) {
                            newline(level);
                        }
                    }
                    encode(items[i], level);
                }
                if (indent != null) {
                    newline(level - 1);
                }
                out.append(']');
            } finally {
                for (PyObject item : items) {
                    decref(item);
                }
            }
            unmark(seq);
        }

        private void dict(PyDict d, int level) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            mark(d);
            PyObject[] pairs = items(d);
            try {
                out.append('{');
                if (indent != null) {
                    level++;
                    newline(level);
                }
                boolean first = true;
                for (PyObject pair : pairs) {
                    PyObject[] kv = ((PyTuple) pair).items;
                    String key = keyText(kv[0]);
                    if (key == null) {
                        continue;
                    }
                    if (!first) {
                        out.append(enc.itemSeparator);
                        if (indent != null) {
                            newline(level);
                        }
                    }
                    first = false;
                    PyStr k = kv[0] instanceof PyStr ks ? ks : Types.newStr(key);
                    try {
                        string(k);
                    } finally {
                        if (k != kv[0]) {
                            decref(k);
                        }
                    }
                    out.append(enc.keySeparator);
                    encode(kv[1], level);
                }
                if (indent != null) {
                    newline(level - 1);
                }
                out.append('}');
            } finally {
                for (PyObject p : pairs) {
                    decref(p);
                }
            }
            unmark(d);
        }

        /** A key's text, or null to skip it (skipkeys); TypeError for keys JSON cannot have. */
        private String keyText(PyObject key) {
            if (key instanceof PyStr s) {
                return s.value;
            }
            if (key instanceof PyFloat f) {
                return floatText(f);
            }
            if (key == Types.TRUE) {
                return "true";
            }
            if (key == Types.FALSE) {
                return "false";
            }
            if (key == Types.NONE) {
                return "null";
            }
            if (key instanceof PyInt i) {
                return i.toString();
            }
            if (enc.skipKeys) {
                return null;
            }
            throw Errors.typeError("keys must be str, int, float, bool or None, not " + key.type.name);
        }

        /** PyMapping_Items (sorted when sort_keys): (key, value) tuples, new references. */
        private PyObject[] items(PyDict d) {
            PyList list;
            if (d.type == Types.DICT) {
                list = Heap.allocate(new PyList(Types.LIST));
                for (int i = 0; i < d.entryLimit(); i++) {
                    PyObject k = d.keyAt(i);
                    if (k != null && d.valueAt(i) != null) {
                        list.appendOwned(Heap.allocate(new PyTuple(Types.TUPLE,
                                new PyObject[] {incref(k), incref(d.valueAt(i))})));
                    }
                }
            } else {
                PyObject method = Ops.getattr(d, Types.name("items"));
                PyObject view;
                try {
                    view = Ops.call(method, new PyObject[0], null);
                } finally {
                    decref(method);
                }
                try {
                    list = (PyList) Ops.call(Types.LIST, new PyObject[] {view}, null);
                } finally {
                    decref(view);
                }
            }
            try {
                if (enc.sortKeys) {
                    Sorting.sort(list, null, null, null);
                }
                PyObject[] out = new PyObject[list.size];
                for (int i = 0; i < list.size; i++) {
                    out[i] = incref(list.items[i]);
                }
                return out;
            } finally {
                decref(list);
            }
        }
    }
}
