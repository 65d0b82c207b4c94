package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.math.BigInteger;

/**
 * _random: the Mersenne Twister (MT19937) of CPython 3.11's Modules/_randommodule.c, seeded
 * the same way (init_by_array over the seed's 32-bit words), so every sequence of random()
 * and getrandbits() matches CPython's for the same seed. The distributions (randint, choice,
 * gauss, ...) are Python, in the shipped random.py.
 */
final class RandomModule {
    private RandomModule() {
    }

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    /** tp_name "_random.Random". */
    static final PyType RANDOM = Types.builtin("_random.Random", Types.OBJECT);

    /**
     * A generator: 624 words of state and the index of the next word to temper. A
     * PyInstance, so that Python subclasses (random.Random) get their __dict__.
     */
    static final class PyRandom extends PyInstance {
        final int[] mt = new int[N];
        int index;

        PyRandom(PyType type) {
            super(type);
        }

        /** sizeof(RandomObject): the object header, the index and the state words. */
        @Override
        public long allocationRequest() {
            long base = 16 + 4 + 4L * N + 4;
            if (!type.heapType) {
                return base;
            }
            return ObjectSizes.instanceSize(type.slotCount, type.instancesHaveDict, type.instancesHaveWeakref)
                    - 16 + base;
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = UPPER_MASK;
        }

        /** The next tempered 32-bit word (as an unsigned value in an int). */
        int next() {
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                for (; kk < N - 1; kk++) {
                    int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** random_random: 53 bits from two words (27 and 26 of their high bits). */
        double random() {
            long a = (next() >>> 5) & 0xffffffffL;
            long b = (next() >>> 6) & 0xffffffffL;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }
    }

    static {
        PyType t = RANDOM;
        t.qualname = "Random";
        Methods.constructor(t, (type, args, kw) -> {
            // random_new: keywords are refused unless a subclass's own __init__ takes them;
            // the argument count is __init__'s to check.
            if (type == RANDOM || type.lookup(dev.heapscope.interpreter.runtime.Names.__init__)
                    == RANDOM.dict.getStr(dev.heapscope.interpreter.runtime.Names.__init__)) {
                Args.noKeywords("Random", kw);
            }
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocate(new PyRandom(type));
        });
        Methods.slot(t, "__init__", (self, args, kw) -> {
            if (self.type == RANDOM) {
                Args.noKeywords("Random", kw);
            }
            int npos = Args.positional(args, kw);
            if (npos > 1) {
                throw Errors.typeError("Random() requires 0 or 1 argument");
            }
            seed((PyRandom) self, npos == 1 ? args[0] : Types.NONE);
            return incref(Types.NONE);
        });
        Methods.method(t, "seed", (self, args, kw) -> {
            Args.range("seed", args, kw, 0, 1);
            seed((PyRandom) self, args.length == 1 ? args[0] : Types.NONE);
            return incref(Types.NONE);
        });
        Methods.method(t, "random", (self, args, kw) -> {
            Args.none("random", args, kw);
            return Types.newFloat(((PyRandom) self).random());
        });
        Methods.method(t, "getrandbits", (self, args, kw) -> {
            PyObject k = Args.one("getrandbits", args, kw);
            return getrandbits((PyRandom) self, Ops.asLong(k));
        });
        Methods.method(t, "getstate", (self, args, kw) -> {
            Args.none("getstate", args, kw);
            PyRandom r = (PyRandom) self;
            PyObject[] items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) {
                items[i] = Types.newInt(r.mt[i] & 0xffffffffL);
            }
            items[N] = Types.newInt(r.index);
            return Heap.allocate(new PyTuple(Types.TUPLE, items));
        });
        Methods.method(t, "setstate", (self, args, kw) -> {
            PyObject state = Args.one("setstate", args, kw);
            setstate((PyRandom) self, state);
            return incref(Types.NONE);
        });
    }

    /**
     * random_seed: None seeds from the system's entropy; an int by its absolute value; any
     * other object by its hash, taken as an unsigned 64-bit number. The value's 32-bit
     * words, least significant first, are the key (one zero word for 0).
     */
    private static void seed(PyRandom r, PyObject arg) {
        if (arg == Types.NONE) {
            byte[] bytes = new byte[N * 4];
            new java.security.SecureRandom().nextBytes(bytes);
            int[] key = new int[N];
            for (int i = 0; i < N; i++) {
                key[i] = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8
                        | (bytes[4 * i + 2] & 0xff) << 16 | (bytes[4 * i + 3] & 0xff) << 24;
            }
            r.initByArray(key);
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            long h = Ops.hash(arg);
            n = BigInteger.valueOf(h);
            if (h < 0) {
                n = n.add(BigInteger.ONE.shiftLeft(64));
            }
        }
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        r.initByArray(key);
    }

    /** _random_Random_getrandbits_impl: k bits, words filled least significant first. */
    private static PyObject getrandbits(PyRandom r, long k) {
        if (k < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return Types.newInt(0);
        }
        if (k <= 32) {
            return Types.newInt((r.next() & 0xffffffffL) >>> (32 - k));
        }
        if (k <= 63) {
            long lo = r.next() & 0xffffffffL;
            long hi = (r.next() & 0xffffffffL) >>> (64 - k);
            return Types.newInt(hi << 32 | lo);
        }
        if (k > Integer.MAX_VALUE - 64) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.MEMORY_ERROR);
        }
        int words = (int) ((k - 1) / 32 + 1);
        byte[] big = new byte[words * 4];
        long remaining = k;
        for (int i = 0; i < words; i++, remaining -= 32) {
            int w = r.next();
            if (remaining < 32) {
                w = w >>> (32 - remaining);
            }
            int at = big.length - 4 * (i + 1);
            big[at] = (byte) (w >>> 24);
            big[at + 1] = (byte) (w >>> 16);
            big[at + 2] = (byte) (w >>> 8);
            big[at + 3] = (byte) w;
        }
        return Types.newInt(new BigInteger(1, big));
    }

    /** random_setstate: a tuple of 624 words and an index in [0, 624]. */
    private static void setstate(PyRandom r, PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (t.items.length != N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] words = new int[N];
        for (int i = 0; i < N; i++) {
            words[i] = (int) unsignedLong(t.items[i]);
        }
        long index = asSsize(t.items[N]);
        if (index < 0 || index > N) {
            throw Errors.valueError("invalid state");
        }
        System.arraycopy(words, 0, r.mt, 0, N);
        r.index = (int) index;
    }

    /** PyLong_AsUnsignedLong: a non-negative int below 2**64. */
    private static long unsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Errors.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw Errors.overflow("can't convert negative value to unsigned int");
        }
        if (i.bigValue().bitLength() > 64) {
            throw Errors.overflow("Python int too large to convert to C unsigned long");
        }
        return i.bigValue().longValue();
    }

    private static long asSsize(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Errors.typeError("an integer is required");
        }
        if (!i.isSmall()) {
            throw Errors.overflow("Python int too large to convert to C long");
        }
        return i.value;
    }

    static PyModule create() {
        PyModule m = Importer.newModule("_random", null);
        Builtins.value(m.dict, "Random", RANDOM);
        return m;
    }
}
