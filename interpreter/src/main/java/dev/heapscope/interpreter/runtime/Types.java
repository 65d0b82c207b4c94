package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import java.math.BigInteger;
import java.util.HashMap;

/**
 * The builtin types and the objects CPython allocates statically: None, True, False,
 * NotImplemented, Ellipsis, the small ints -5..256, the empty tuple and str, and the
 * one-character latin-1 strings. These never die and keep their addresses across runs.
 */
public final class Types {
    private Types() {
    }

    public static final PyType OBJECT;
    public static final PyType TYPE;

    static {
        OBJECT = new PyType(null, "object");
        TYPE = new PyType(null, "type");
        OBJECT.type = TYPE;
        TYPE.type = TYPE;
        OBJECT.bases = new PyType[0];
        OBJECT.mro = new PyType[] {OBJECT};
        OBJECT.dict = new PyDict(null);
        TYPE.base = OBJECT;
        TYPE.bases = new PyType[] {OBJECT};
        TYPE.mro = new PyType[] {TYPE, OBJECT};
        TYPE.dict = new PyDict(null);
    }

    public static final PyType DICT = builtin("dict", OBJECT);
    public static final PyType STR = builtin("str", OBJECT);

    static {
        OBJECT.dict.type = DICT;
        TYPE.dict.type = DICT;
        DICT.dict.type = DICT;
        STR.dict.type = DICT;
        Heap.immortal(OBJECT, ObjectSizes.STATIC_TYPE_SIZE);
        Heap.immortal(TYPE, ObjectSizes.STATIC_TYPE_SIZE);
        Heap.immortal(OBJECT.dict, 64);
        Heap.immortal(TYPE.dict, 64);
    }

    public static final PyType INT = builtin("int", OBJECT);
    public static final PyType BOOL = builtin("bool", INT);
    public static final PyType FLOAT = builtin("float", OBJECT);
    public static final PyType COMPLEX = builtin("complex", OBJECT);
    public static final PyType BYTES = builtin("bytes", OBJECT);
    public static final PyType BYTEARRAY = builtin("bytearray", OBJECT);
    public static final PyType TUPLE = builtin("tuple", OBJECT);
    public static final PyType LIST = builtin("list", OBJECT);
    public static final PyType SET = builtin("set", OBJECT);
    public static final PyType FROZENSET = builtin("frozenset", OBJECT);
    public static final PyType NONE_TYPE = builtin("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis", OBJECT);
    public static final PyType FUNCTION = builtin("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", OBJECT);
    public static final PyType WRAPPER_DESCRIPTOR = builtin("wrapper_descriptor", OBJECT);
    public static final PyType CLASSMETHOD_DESCRIPTOR = builtin("classmethod_descriptor", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = builtin("getset_descriptor", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = builtin("member_descriptor", OBJECT);
    public static final PyType METHOD = builtin("method", OBJECT);
    public static final PyType METHOD_WRAPPER = builtin("method-wrapper", OBJECT);
    public static final PyType CELL = builtin("cell", OBJECT);
    public static final PyType MODULE = builtin("module", OBJECT);
    public static final PyType CODE = builtin("code", OBJECT);
    public static final PyType FRAME = builtin("frame", OBJECT);
    public static final PyType TRACEBACK = builtin("traceback", OBJECT);
    public static final PyType GENERATOR = builtin("generator", OBJECT);
    public static final PyType COROUTINE = builtin("coroutine", OBJECT);
    public static final PyType ASYNC_GENERATOR = builtin("async_generator", OBJECT);
    /** What coroutine.__await__() returns. */
    public static final PyType COROUTINE_WRAPPER = builtin("coroutine_wrapper", OBJECT);
    public static final PyType ASYNC_GENERATOR_ASEND = builtin("async_generator_asend", OBJECT);
    public static final PyType ASYNC_GENERATOR_ATHROW = builtin("async_generator_athrow", OBJECT);
    public static final PyType RANGE = builtin("range", OBJECT);
    public static final PyType SLICE = builtin("slice", OBJECT);
    public static final PyType PROPERTY = builtin("property", OBJECT);
    public static final PyType CLASSMETHOD = builtin("classmethod", OBJECT);
    public static final PyType STATICMETHOD = builtin("staticmethod", OBJECT);
    public static final PyType SUPER = builtin("super", OBJECT);
    public static final PyType ITERATOR = builtin("iterator", OBJECT);
    public static final PyType DICT_KEYS = builtin("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = builtin("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = builtin("dict_items", OBJECT);
    public static final PyType WEAKREF = builtin("weakref.ReferenceType", OBJECT);

    static {
        for (PyType t : new PyType[] {BOOL, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, FUNCTION,
                BUILTIN_FUNCTION, METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, GETSET_DESCRIPTOR,
                MEMBER_DESCRIPTOR, METHOD, METHOD_WRAPPER, CELL, CODE, FRAME, TRACEBACK, GENERATOR, RANGE, SLICE,
                COROUTINE, ASYNC_GENERATOR, COROUTINE_WRAPPER, ASYNC_GENERATOR_ASEND, ASYNC_GENERATOR_ATHROW, ITERATOR, DICT_KEYS, DICT_VALUES, DICT_ITEMS}) {
            t.baseType = false;
        }
        WEAKREF.name = "weakref";
        FLOAT.freeList = Heap.FLOATS;
        TUPLE.freeList = Heap.TUPLES;
        LIST.freeList = Heap.LISTS;
        DICT.freeList = Heap.DICTS;
    }

    public static final PyObject NONE = Heap.immortal(new PyInstance(NONE_TYPE), 16);
    public static final PyObject NOT_IMPLEMENTED = Heap.immortal(new PyInstance(NOT_IMPLEMENTED_TYPE), 16);
    public static final PyObject ELLIPSIS = Heap.immortal(new PyInstance(ELLIPSIS_TYPE), 16);
    public static final PyInt TRUE = Heap.immortal(new PyInt(BOOL, 1), 32);
    public static final PyInt FALSE = Heap.immortal(new PyInt(BOOL, 0), 32);

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL_INTS = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL_INTS[i - SMALL_MIN] = Heap.immortal(new PyInt(INT, i), 32);
        }
    }

    public static final PyTuple EMPTY_TUPLE = Heap.immortal(new PyTuple(TUPLE, new PyObject[0]), 48);
    public static final PyStr EMPTY_STR = Heap.immortal(new PyStr(STR, ""), 56);
    private static final PyStr[] LATIN1 = new PyStr[256];

    /** The interned strings: sys.intern's table, identifiers and attribute names. */
    private static final HashMap<String, PyStr> INTERNED = new HashMap<>();
    /**
     * One-character names that CPython 3.11 has interned at start-up as objects of their
     * own, not the latin-1 singletons: string constants of its deep-frozen modules. So
     * the constant "a" is not chr(97), while the constant "g" is.
     */
    private static final String FROZEN_ONE_CHARACTER_NAMES = "BCLST_abcdefhijklmnopqrstvwxy";

    static {
        for (int c = 0; c < 256; c++) {
            LATIN1[c] = Heap.immortal(new PyStr(STR, String.valueOf((char) c)), 80);
        }
        for (char c : FROZEN_ONE_CHARACTER_NAMES.toCharArray()) {
            PyStr name = new PyStr(STR, String.valueOf(c));
            name.interned = true;
            INTERNED.put(name.value, Heap.immortal(name, name.allocationRequest()));
        }
        EMPTY_STR.interned = true;
    }

    /** A builtin type deriving from {@code base}, with an empty dict. */
    public static PyType builtin(String name, PyType base) {
        PyType t = new PyType(TYPE, name);
        t.base = base;
        t.bases = new PyType[] {base};
        PyType[] mro = new PyType[base.mro.length + 1];
        mro[0] = t;
        System.arraycopy(base.mro, 0, mro, 1, base.mro.length);
        t.mro = mro;
        t.dict = new PyDict(DICT);
        Heap.immortal(t, ObjectSizes.STATIC_TYPE_SIZE);
        Heap.immortal(t.dict, 64);
        // type_ready_set_new: a static type directly under object that never gets a
        // constructor of its own (Methods.constructor) cannot be instantiated.
        if (base == OBJECT) {
            t.disallowInstantiation = true;
        } else {
            t.constructor = base.constructor;
        }
        return t;
    }

    /** A new reference to an int of value {@code v}: the cached object for -5..256. */
    public static PyInt newInt(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            PyInt i = SMALL_INTS[(int) v - SMALL_MIN];
            i.refcnt++;
            return i;
        }
        return Heap.allocate(new PyInt(INT, v));
    }

    public static PyInt newInt(BigInteger v) {
        if (v.bitLength() < 64) {
            return newInt(v.longValue());
        }
        return Heap.allocate(new PyInt(INT, v));
    }

    public static PyObject newBool(boolean b) {
        PyInt r = b ? TRUE : FALSE;
        r.refcnt++;
        return r;
    }

    /** A new float: the most recently freed one reinitialised, as PyFloat_FromDouble takes its free list's head. */
    public static PyFloat newFloat(double v) {
        PyFloat f = (PyFloat) Heap.FLOATS.takeObject();
        if (f != null) {
            f.value = v;
            return Heap.reuse(f);
        }
        return Heap.allocate(new PyFloat(FLOAT, v));
    }

    /** A new reference to the str of one code point: the shared object for a latin-1 one. */
    public static PyStr newStrOfCodePoint(int cp) {
        if (cp < 256) {
            PyStr c = LATIN1[cp];
            c.refcnt++;
            return c;
        }
        return Heap.allocate(new PyStr(STR, new String(Character.toChars(cp))));
    }

    /** A new reference to a str: the shared object for "" and one latin-1 character. */
    public static PyStr newStr(String s) {
        int n = s.length();
        if (n == 0) {
            EMPTY_STR.refcnt++;
            return EMPTY_STR;
        }
        if (n == 1 && s.charAt(0) < 256) {
            PyStr c = LATIN1[s.charAt(0)];
            c.refcnt++;
            return c;
        }
        return Heap.allocate(new PyStr(STR, s));
    }

    /**
     * A new reference to a new str object, except for "" (the singleton): what CPython
     * builds with PyUnicode_New and returns without unicode_result, so that a
     * one-character result is its own object, not the shared latin-1 one. Case mappings,
     * replace, join of several items and int-to-decimal conversion work this way.
     */
    public static PyStr newFreshStr(String s) {
        if (s.isEmpty()) {
            EMPTY_STR.refcnt++;
            return EMPTY_STR;
        }
        return Heap.allocate(new PyStr(STR, s));
    }

    /**
     * The strings CPython 3.11 allocates statically: its runtime identifiers and the string
     * constants of its deep-frozen start-up modules, recorded into static_strings.txt by
     * interpreter/tools/record_static_strings.py. They are never freed there, so here they
     * are static objects too, whenever they are first asked for.
     */
    private static final java.util.Set<String> STATIC_STRINGS = staticStrings();

    private static java.util.Set<String> staticStrings() {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (java.io.InputStream in = Types.class.getResourceAsStream("/dev/heapscope/interpreter/static_strings.txt")) {
            if (in == null) {
                throw new IllegalStateException("static_strings.txt is missing from the interpreter's resources");
            }
            java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                names.add(Docstrings.unescape(line));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    /** Set once the runtime has initialised: strings interned from then on are the program's. */
    private static boolean runtimeInitialised;

    /** After the runtime's own objects are made: interned strings made from now on may be mortal. */
    static void endRuntimeInitialisation() {
        runtimeInitialised = true;
    }

    /**
     * The interned str for {@code s} (a new reference). A string the runtime makes while it
     * initialises, or one CPython allocates statically, is static and never freed. Any other
     * is mortal, as CPython 3.11's interned strings are: a heap object counted like any other
     * (the interned table's entry is no reference), removed from the table when it is freed.
     */
    public static PyStr intern(String s) {
        PyStr v = INTERNED.get(s);
        if (v != null) {
            v.refcnt++;
            return v;
        }
        if (s.length() <= 1 && (s.isEmpty() || s.charAt(0) < 256)) {
            v = newStr(s);
            v.interned = true;
            INTERNED.put(s, v);
            return v;
        }
        v = new PyStr(STR, s);
        v.interned = true;
        if (!runtimeInitialised || STATIC_STRINGS.contains(s)) {
            Heap.immortal(v, v.allocationRequest());
            v.refcnt++;
        } else {
            Heap.allocate(v);
        }
        INTERNED.put(s, v);
        return v;
    }

    /**
     * Drops the mortal interned strings: blocks of the last run's heap, which the next run
     * no longer has. Static interned strings stay (Java code holds them).
     */
    static void forgetHeapInterned() {
        INTERNED.values().removeIf(v -> !Heap.isStaticAddress(v.address));
    }

    /** unicode_dealloc of an interned str: its entry leaves the interned table. */
    public static void uninterned(PyStr s) {
        INTERNED.remove(s.value, s);
    }

    /**
     * sys.intern(s) and PyUnicode_InternInPlace: the interned copy of {@code s} (a new
     * reference), which is {@code s} itself when there is none yet, unless CPython has a
     * static string of that text (it has existed since start-up there, so it is the one).
     */
    public static PyStr intern(PyStr s) {
        if (s.interned) {
            s.refcnt++;
            return s;
        }
        PyStr v = INTERNED.get(s.value);
        if (v == null && STATIC_STRINGS.contains(s.value)) {
            return intern(s.value);
        }
        if (v == null) {
            s.interned = true;
            INTERNED.put(s.value, s);
            v = s;
        }
        v.refcnt++;
        return v;
    }

    /**
     * An interned str borrowed for use as a key (attribute names in Java code), never
     * released: Java code keeps it, so it must never be freed. A mortal one the program made
     * becomes immortal (its count then includes IMMORTAL_BASE), as a string the runtime
     * holds for good would stay alive in CPython.
     */
    public static PyStr name(String s) {
        PyStr v = intern(s);
        if (!Heap.isStaticAddress(v.address) && v.refcnt < Heap.IMMORTAL_BASE / 2) {
            v.refcnt += Heap.IMMORTAL_BASE;
        }
        v.refcnt--;
        return v;
    }
}
