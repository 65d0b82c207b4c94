package dev.heapscope.interpreter.memory;

import java.math.BigInteger;

/**
 * CPython 3.11's object sizes on a 64-bit build: what {@code sys.getsizeof}
 * returns and how many bytes each object asks the allocator for.
 *
 * <p>Two figures per object:
 * <ul>
 * <li><b>getsizeof</b>: the object's {@code __sizeof__} plus its pre-header.
 * Objects tracked by the cyclic collector carry a 16-byte {@code PyGC_Head}
 * before the object; instances of classes with a managed dict (plain classes
 * without {@code __slots__}, 3.11) carry 16 more bytes before that, for the
 * dict and values pointers. 3.11's {@code sys.getsizeof} counts both.</li>
 * <li><b>request</b>: the size passed to {@code PyObject_Malloc}, pre-headers
 * included; the object's address is the block address plus the pre-header
 * size ({@link #preHeader}).</li>
 * </ul>
 * Variable parts that live in separate blocks (a list's item array, a dict's
 * keys table, a set's table, an instance's values array) have their own
 * request methods. Every formula is checked against figures recorded from
 * CPython 3.11 by {@code interpreter/tools/record_sizes.py}.
 *
 * <p>Pure functions of plain numbers; no dependency on the object model.
 */
public final class ObjectSizes {
    private ObjectSizes() {
    }

    /** sizeof(PyGC_Head): before every object the cyclic collector tracks. */
    public static final int GC_HEAD = 16;
    /** Managed-dict pre-header (dict and values pointers) of 3.11 plain-class instances. */
    public static final int MANAGED_DICT_PREHEADER = 16;
    /** sizeof(PyObject): reference count and type pointer. */
    public static final int OBJECT_HEAD = 16;
    /** sizeof(PyVarObject): PyObject plus ob_size. */
    public static final int VAR_OBJECT_HEAD = 24;
    /** Size of a pointer. */
    public static final int POINTER = 8;

    /** Bytes before the object's address in its allocator block. */
    public static int preHeader(boolean gcTracked, boolean managedDict) {
        return (gcTracked ? GC_HEAD : 0) + (managedDict ? MANAGED_DICT_PREHEADER : 0);
    }

    // ---- int and bool ----

    /** Bits per digit of CPython's int (30-bit digits in 32-bit words). */
    public static final int INT_DIGIT_BITS = 30;
    /** offsetof(PyLongObject, ob_digit). */
    public static final int INT_HEAD = 24;
    /** sizeof(PyLongObject): what an int made from a machine-sized value (-2**30 < v < 2**30) requests. */
    public static final int INT_MEDIUM_REQUEST = 32;

    /** Number of 30-bit digits of |value| (0 for zero). */
    public static int intDigits(BigInteger value) {
        int bits = value.abs().bitLength();
        return (bits + INT_DIGIT_BITS - 1) / INT_DIGIT_BITS;
    }

    /** Number of 30-bit digits of |value| (0 for zero). */
    public static int intDigits(long value) {
        if (value == Long.MIN_VALUE) {
            return 3;
        }
        int bits = 64 - Long.numberOfLeadingZeros(Math.abs(value));
        return (bits + INT_DIGIT_BITS - 1) / INT_DIGIT_BITS;
    }

    /**
     * getsizeof of an int (also of a bool: True and False are ints of one and
     * zero digits). 3.11 counts at least one digit, so 0 is 28 like 1.
     */
    public static int intSize(int digits) {
        return INT_HEAD + 4 * Math.max(1, digits);
    }

    /**
     * Request of an int created with room for {@code allocatedDigits} digits
     * ({@code _PyLong_New}; at least one digit). Arithmetic allocates the
     * worst case and does not shrink the block: a + b of n-digit ints
     * allocates n + 1 digits even when the result is shorter. A value that
     * fits in one digit and is made from a machine integer requests
     * {@link #INT_MEDIUM_REQUEST}.
     */
    public static int intRequest(int allocatedDigits) {
        return INT_HEAD + 4 * Math.max(1, allocatedDigits);
    }

    /** getsizeof of an instance of a subclass of int without __slots__ (GC tracked). */
    public static int intSubclassSize(int digits) {
        return intSize(digits) + GC_HEAD;
    }

    // ---- float, complex, singletons ----

    public static final int FLOAT_SIZE = 24;
    public static final int COMPLEX_SIZE = 32;
    /** None, Ellipsis, NotImplemented, object(): a bare PyObject. */
    public static final int BARE_OBJECT_SIZE = OBJECT_HEAD;

    // ---- str ----

    /** Storage kinds of 3.11's compact strings. */
    public enum StrKind {
        /** All code points below 128: one byte each, PyASCIIObject header. */
        ASCII(1),
        /** Below 256: one byte each, PyCompactUnicodeObject header. */
        LATIN1(1),
        /** Below 65536: two bytes each. */
        UCS2(2),
        /** Any: four bytes each. */
        UCS4(4);

        public final int charSize;

        StrKind(int charSize) {
            this.charSize = charSize;
        }

        /** The kind CPython picks for a string whose largest code point is {@code maxCodePoint}. */
        public static StrKind of(int maxCodePoint) {
            if (maxCodePoint < 0x80) {
                return ASCII;
            }
            if (maxCodePoint < 0x100) {
                return LATIN1;
            }
            return maxCodePoint < 0x10000 ? UCS2 : UCS4;
        }
    }

    /** sizeof(PyASCIIObject) in 3.11 (it still has the wstr pointer). */
    public static final int STR_ASCII_HEAD = 48;
    /** sizeof(PyCompactUnicodeObject) in 3.11. */
    public static final int STR_COMPACT_HEAD = 72;

    /**
     * getsizeof of a compact str of {@code length} code points, also its
     * request (str is not GC tracked). The data has a terminating NUL of one
     * character. A non-ASCII string whose UTF-8 form has been cached (by
     * C APIs such as PyUnicode_AsUTF8) is {@code utf8Length + 1} bytes
     * larger, that cache being a separate block; see {@link #strUtf8CacheRequest}.
     */
    public static int strSize(StrKind kind, int length) {
        int head = kind == StrKind.ASCII ? STR_ASCII_HEAD : STR_COMPACT_HEAD;
        return head + (length + 1) * kind.charSize;
    }

    /** Request of the UTF-8 cache of a non-ASCII str. */
    public static int strUtf8CacheRequest(int utf8Length) {
        return utf8Length + 1;
    }

    // ---- bytes and bytearray ----

    /** offsetof(PyBytesObject, ob_sval): header plus the cached hash. */
    public static final int BYTES_HEAD = 32;

    /** getsizeof and request of bytes of {@code length} (one NUL byte follows the data). */
    public static int bytesSize(int length) {
        return BYTES_HEAD + length + 1;
    }

    /** sizeof(PyByteArrayObject). */
    public static final int BYTEARRAY_HEAD = 56;

    /** getsizeof of a bytearray whose buffer has {@code alloc} bytes (ob_alloc). */
    public static long bytearraySize(long alloc) {
        return BYTEARRAY_HEAD + alloc;
    }

    /**
     * The buffer size (ob_alloc) after resizing a bytearray from
     * {@code size} bytes with a buffer of {@code alloc} to {@code newSize}
     * bytes (PyByteArray_Resize; there is always room for a trailing NUL):
     * shrinking to less than half reallocates exactly, a small shrink keeps
     * the buffer, growth by at most 1/8 of the buffer over-allocates by
     * about 1/8, larger growth allocates exactly.
     */
    public static long bytearrayResize(long alloc, long size, long newSize) {
        if (newSize == size) {
            return alloc;
        }
        if (newSize + 1 <= alloc) {
            return newSize < alloc / 2 ? newSize + 1 : alloc;
        }
        if (newSize <= alloc * 1.125) {
            return newSize + (newSize >> 3) + (newSize < 9 ? 3 : 6);
        }
        return newSize + 1;
    }

    // ---- tuple ----

    /** getsizeof and request of a tuple of {@code length} items (GC tracked). */
    public static int tupleSize(int length) {
        return GC_HEAD + VAR_OBJECT_HEAD + POINTER * length;
    }

    // ---- list ----

    /** sizeof(PyListObject) + GC head: a list without its item array. */
    public static final int LIST_OBJECT_REQUEST = GC_HEAD + 40;

    /** getsizeof of a list whose item array has room for {@code allocated} items. */
    public static long listSize(long allocated) {
        return LIST_OBJECT_REQUEST + POINTER * allocated;
    }

    /** Request of a list's item array ({@code PyMem_Malloc}), 0 meaning no array. */
    public static long listItemsRequest(long allocated) {
        return POINTER * allocated;
    }

    /**
     * The capacity (allocated) after {@code list_resize} from {@code size}
     * items in {@code allocated} slots to {@code newSize} items. Used by
     * append and insert (newSize = size + 1), pop and del (shrinking),
     * extend by n (size + n), and list_extend's initial reservation for an
     * iterable's length hint. The array is kept when it is big enough and at
     * most half empty; otherwise the new capacity is
     * {@code (newSize + newSize/8 + 6) & ~3}, or {@code (newSize + 3) & ~3}
     * when the growth is larger than that over-allocation, and 0 for an empty
     * list.
     */
    public static long listResize(long allocated, long size, long newSize) {
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            return allocated;
        }
        if (newSize == 0) {
            return 0;
        }
        long newAllocated = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - size > newAllocated - newSize) {
            newAllocated = (newSize + 3) & ~3L;
        }
        return newAllocated;
    }

    /**
     * Capacity of a list built by appending {@code length} items one by one
     * to an empty list (append loops, list comprehensions).
     */
    public static long listCapacityAfterAppends(long length) {
        long allocated = 0;
        for (long size = 0; size < length; size++) {
            allocated = listResize(allocated, size, size + 1);
        }
        return allocated;
    }

    /**
     * Capacity of the item array that {@code list_preallocate_exact} makes
     * for {@code n} items: n rounded up to even (pymalloc's 16-byte
     * granularity makes the odd slot free).
     */
    public static long listPreallocateExact(long n) {
        return (n + 1) & ~1L;
    }

    /**
     * Capacity after {@code list.extend} (and LIST_EXTEND) adds {@code n}
     * items. A list that has never had an item array gets exactly n rounded
     * to even; otherwise it is an ordinary {@link #listResize}. Note that a
     * list emptied by pop or del keeps a (zero-sized) array.
     */
    public static long listExtendCapacity(boolean hasItemArray, long allocated, long size, long n) {
        if (n == 0) {
            return allocated;
        }
        if (!hasItemArray) {
            return listPreallocateExact(n);
        }
        return listResize(allocated, size, size + n);
    }

    // The capacities of other constructions, for the runtime (each checked in
    // ObjectSizesTest against CPython):
    //   [a, b] and up to 30 non-constant items (BUILD_LIST n): exactly n.
    //   [1, 2, 3]: all constants and more than 2 (BUILD_LIST 0 + LIST_EXTEND of
    //     a constant tuple): listPreallocateExact(n).
    //   list(x), sorted(x), list(iter(x)): listPreallocateExact(len or length hint).
    //   [x] * n, lst[i:j], lst.copy(): exactly n.
    //   Comprehensions and displays of more than 30 non-constant items: appends.

    // ---- dict ----

    /** sizeof(PyDictObject) + GC head: a dict without its keys table. */
    public static final int DICT_OBJECT_REQUEST = GC_HEAD + 48;
    /** log2 of the smallest keys table (8 slots). */
    public static final int DICT_LOG2_MINSIZE = 3;
    /** sizeof(PyDictKeysObject) without its indices and entries. */
    public static final int DICT_KEYS_HEAD = 32;
    /** Entry of a table whose keys are all exact str: key and value (the hash lives in the str). */
    public static final int DICT_UNICODE_ENTRY = 16;
    /** Entry of a general table: hash, key and value. */
    public static final int DICT_GENERAL_ENTRY = 24;
    /** log2 of the largest table that dict_new_presized builds. */
    public static final int DICT_LOG2_MAX_PRESIZE = 17;

    /** USABLE_FRACTION: entries a table of {@code slots} index slots can hold (2/3). */
    public static long dictUsable(long slots) {
        return (slots << 1) / 3;
    }

    /** log2 of the bytes of the index array: 1-byte indexes up to 128 slots, then 2, 4, 8. */
    public static int dictLog2IndexBytes(int log2Size) {
        if (log2Size < 8) {
            return log2Size;
        }
        if (log2Size < 16) {
            return log2Size + 1;
        }
        return log2Size < 32 ? log2Size + 2 : log2Size + 3;
    }

    /** Size (and request) of a keys table of 2**log2Size slots. */
    public static long dictKeysSize(int log2Size, boolean unicodeKeys) {
        long entries = dictUsable(1L << log2Size);
        return DICT_KEYS_HEAD + (1L << dictLog2IndexBytes(log2Size))
                + entries * (unicodeKeys ? DICT_UNICODE_ENTRY : DICT_GENERAL_ENTRY);
    }

    /** getsizeof of a dict that owns a combined keys table (log2Size &lt; 0: the shared empty table). */
    public static long dictSize(int log2Size, boolean unicodeKeys) {
        return DICT_OBJECT_REQUEST + (log2Size < 0 ? 0 : dictKeysSize(log2Size, unicodeKeys));
    }

    /**
     * log2 of the table size CPython picks for {@code minSize}
     * ({@code calculate_log2_keysize}): computed as the bit length of
     * {@code ((minSize | 8) - 1) | 7}. That is the smallest power of two
     * holding minSize slots when minSize has its 8-bit set or is below 8, but
     * one size larger otherwise: 3 gives 16 slots, 16 gives 32. It is never
     * below 8 slots.
     */
    public static int dictLog2ForSlots(long minSize) {
        long bits = ((minSize | (1L << DICT_LOG2_MINSIZE)) - 1) | ((1L << DICT_LOG2_MINSIZE) - 1);
        return 64 - Long.numberOfLeadingZeros(bits);
    }

    /**
     * Table size after the resize that an insertion into a full table (or of
     * a non-str key into a str-keys table) triggers: room for three times the
     * live items ({@code GROWTH_RATE}), whatever the deleted entries.
     */
    public static int dictGrowthLog2(long used) {
        return dictLog2ForSlots(used * 3);
    }

    /**
     * Table size of a dict presized for {@code n} items (dict literals via
     * BUILD_MAP / BUILD_CONST_KEY_MAP, i.e. {@code _PyDict_FromItems}):
     * -1 (the shared empty table, first insertion then makes 8 slots) for up
     * to 5 items, else room for 1.5 times n, capped at 2**17 slots.
     */
    public static int dictPresizeLog2(long n) {
        if (n <= dictUsable(1L << DICT_LOG2_MINSIZE)) {
            return -1;
        }
        if (n > dictUsable(1L << DICT_LOG2_MAX_PRESIZE)) {
            return DICT_LOG2_MAX_PRESIZE;
        }
        return dictLog2ForSlots((n * 3 + 1) >> 1);
    }

    // ---- instances and their split dicts ----

    /** Most keys a class's shared keys table takes (SHARED_KEYS_MAX_SIZE). */
    public static final int SHARED_KEYS_MAX_SIZE = 30;
    /** log2 of the slots of a class's shared keys table. */
    public static final int SHARED_KEYS_LOG2_SIZE = 6;

    /**
     * getsizeof and request of an instance of a user class whose bases are
     * object or other such classes. {@code namedSlots}: names in the
     * {@code __slots__} of the class and its bases, other than __dict__ and
     * __weakref__. {@code hasDict}: instances have a __dict__ (no
     * {@code __slots__}, or __dict__ among them); in 3.11 it is a managed dict,
     * kept in a 16-byte pre-header, not in the object. {@code hasWeakref}: no
     * {@code __slots__}, or __weakref__ among them (one pointer). Instances
     * are GC tracked.
     */
    public static int instanceSize(int namedSlots, boolean hasDict, boolean hasWeakref) {
        return GC_HEAD + (hasDict ? MANAGED_DICT_PREHEADER : 0) + OBJECT_HEAD
                + POINTER * (namedSlots + (hasWeakref ? 1 : 0));
    }

    /**
     * Request of the values array of an instance's managed dict holding
     * {@code size} values ({@code new_values}): a prefix of size + 2 bytes
     * rounded up to 8 (the insertion order of the values) and one pointer
     * per value. {@code size} is the shared keys' entries plus usable slots at
     * the time the instance is created; see {@link SharedKeys}.
     */
    public static int instanceValuesRequest(int size) {
        int prefix = (size + 2 + 7) & ~7;
        return prefix + POINTER * size;
    }

    /** getsizeof of an instance's {@code __dict__} once materialized over {@code size} split values. */
    public static int splitDictSize(int size) {
        return DICT_OBJECT_REQUEST + POINTER * size;
    }

    /**
     * A class's shared keys table (CACHED_KEYS) as 3.11 evolves it: it starts
     * with 30 usable entries; creating an instance gives up one usable entry
     * (while more than one remains) so that later instances get smaller
     * values arrays; adding an attribute name appends an entry and uses one.
     * When none is usable a new name cannot be shared and the instance's dict
     * becomes an ordinary combined dict.
     */
    public static final class SharedKeys {
        private int entries;
        private int usable = SHARED_KEYS_MAX_SIZE;
        /**
         * The attribute names in the table, in the order they were added: the first
         * {@code entries} slots. At most 30, so a scan (by identity first: names are
         * usually the same interned strings) is cheaper than hashing into a set, and it
         * runs for every attribute a new instance gets.
         */
        private final String[] names = new String[SHARED_KEYS_MAX_SIZE];

        /** Called when an instance is created; returns the size of its values array. */
        public int instanceCreated() {
            if (usable > 1) {
                usable--;
            }
            return entries + usable;
        }

        /**
         * insert_into_dictkeys: true when {@code name} is in the table or could be added
         * to it; false when the table is full (the name cannot be shared).
         */
        public boolean addName(String name) {
            if (hasName(name)) {
                return true;
            }
            if (usable <= 0) {
                return false;
            }
            usable--;
            names[entries++] = name;
            return true;
        }

        public int entries() {
            return entries;
        }

        /** Whether {@code name} is in the table; the answer stays while {@link #entries} is unchanged. */
        public boolean hasName(String name) {
            for (int i = 0; i < entries; i++) {
                if (names[i] == name) {
                    return true;
                }
            }
            for (int i = 0; i < entries; i++) {
                if (names[i].equals(name)) {
                    return true;
                }
            }
            return false;
        }

        public int usable() {
            return usable;
        }

        /** Values an instance created now would get room for. */
        public int valuesSize() {
            return entries + usable;
        }
    }

    // ---- set and frozenset ----

    /** sizeof(PySetObject) (with its 8-entry small table) + GC head. */
    public static final int SET_OBJECT_REQUEST = GC_HEAD + 200;
    /** Entries in the table embedded in every set. */
    public static final int SET_MINSIZE = 8;
    /** sizeof(setentry): key and hash. */
    public static final int SET_ENTRY = 16;

    /** getsizeof of a set or frozenset whose table has {@code tableSize} slots (mask + 1). */
    public static long setSize(long tableSize) {
        return SET_OBJECT_REQUEST + (tableSize > SET_MINSIZE ? SET_ENTRY * tableSize : 0);
    }

    /** Request of an external set table ({@code PyMem_Malloc}); 0 for the embedded one. */
    public static long setTableRequest(long tableSize) {
        return tableSize > SET_MINSIZE ? SET_ENTRY * tableSize : 0;
    }

    /** Table size {@code set_table_resize(minused)} picks: the smallest power of two above minused, at least 8. */
    public static long setResizeTarget(long minUsed) {
        long size = SET_MINSIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        return size;
    }

    /**
     * Whether adding a key that took a fresh slot leaves the table too full:
     * fill * 5 >= mask * 3 (3.11 checks after the insertion). The table then
     * resizes to {@link #setGrowthTarget}.
     */
    public static boolean setNeedsResize(long fill, long tableSize) {
        return fill * 5 >= (tableSize - 1) * 3;
    }

    /** Table size after the resize an add triggers: used * 4, or * 2 above 50000 items. */
    public static long setGrowthTarget(long used) {
        return setResizeTarget(used > 50000 ? used * 2 : used * 4);
    }

    /**
     * Table size before merging another set (or dict) of {@code otherUsed}
     * items (set_merge, set.update, set(set), constant set literals): one
     * resize up front when (fill + otherUsed) * 5 >= mask * 3, else unchanged.
     */
    public static long setMergeTarget(long tableSize, long fill, long used, long otherUsed) {
        if ((fill + otherUsed) * 5 >= (tableSize - 1) * 3) {
            return setResizeTarget((used + otherUsed) * 2);
        }
        return tableSize;
    }

    // ---- other objects (getsizeof; request is the same) ----

    /** range object (not GC tracked). */
    public static final int RANGE_SIZE = 48;
    /** slice object. */
    public static final int SLICE_SIZE = 56;
    /** Python function object (closure or not). */
    public static final int FUNCTION_SIZE = 152;
    /** Cell object of a closure variable. */
    public static final int CELL_SIZE = 40;
    /** Bound method object (a Python function bound to an instance). */
    public static final int METHOD_SIZE = 64;
    /** method-wrapper object (a slot wrapper bound to an instance, e.g. obj.__init__ of a class without one). */
    public static final int METHOD_WRAPPER_SIZE = 48;
    /** Builtin function or method bound to an object (builtin_function_or_method). */
    public static final int BUILTIN_METHOD_SIZE = 72;
    /** Module object, without its dict. */
    public static final int MODULE_SIZE = 72;
    /** property object. */
    public static final int PROPERTY_SIZE = 80;
    /** staticmethod and classmethod objects. */
    public static final int STATICMETHOD_SIZE = 48;
    /** weakref.ref object. */
    public static final int WEAKREF_SIZE = 80;
    /** A static (builtin) type object such as int or object. */
    public static final int STATIC_TYPE_SIZE = 424;
    /** A heap type object (class statement) without its shared keys table. */
    public static final int HEAP_TYPE_SIZE = 920;

    /**
     * getsizeof of a class created by a class statement: the heap type plus,
     * when its instances have managed dicts, its shared keys table (64 slots,
     * str keys).
     */
    public static long heapTypeSize(boolean managedDict) {
        return HEAP_TYPE_SIZE + (managedDict ? dictKeysSize(SHARED_KEYS_LOG2_SIZE, true) : 0);
    }

    /** offsetof(PyCodeObject, co_code_adaptive) in 3.11. */
    public static final int CODE_HEAD = 184;

    /**
     * getsizeof of a code object with {@code codeUnits} 16-bit code units of
     * CPython bytecode (len(co_code) // 2), rounded up to 8 bytes. The figure
     * depends on CPython's own compilation of the function.
     */
    public static int codeSize(int codeUnits) {
        return (CODE_HEAD + 2 * codeUnits + 7) & ~7;
    }

    /** Frame object header plus the interpreter frame's fixed part, before the GC head. */
    public static final int FRAME_HEAD = 120;
    /** Generator or coroutine object header plus the embedded frame's fixed part. */
    public static final int GENERATOR_HEAD = 152;

    /**
     * getsizeof of a frame object ({@code sys._getframe()}, tracebacks) of
     * code with {@code nlocalsplus} locals, cells and free variables and an
     * evaluation stack of {@code stackSize} (CPython's co_stacksize).
     */
    public static int frameSize(int nlocalsplus, int stackSize) {
        return GC_HEAD + FRAME_HEAD + POINTER * (nlocalsplus + stackSize);
    }

    /** getsizeof of a generator or coroutine: the frame lives inside the object. */
    public static int generatorSize(int nlocalsplus, int stackSize) {
        return GC_HEAD + GENERATOR_HEAD + POINTER * (nlocalsplus + stackSize);
    }
}
