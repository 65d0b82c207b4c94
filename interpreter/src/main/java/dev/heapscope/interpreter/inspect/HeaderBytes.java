package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The bytes of an object as CPython 3.11 lays it out on a 64-bit little-endian machine,
 * simulated from the object's fields: the pre-header (for an instance with a managed dict,
 * its values and dict pointers; for a container, PyGC_Head's {@code _gc_next} and
 * {@code _gc_prev}), then {@code ob_refcnt} and {@code ob_type}, then the fields of the
 * object's type (ob_size and digits of an int, ob_fval of a float, the compact str
 * header and its characters, a bytes object's hash and bytes, a tuple's item pointers, a
 * list's ob_item and allocated, a dict's ma_used, version, keys and values). For other
 * types only the pre-header and the PyObject header are known. Reads fields only.
 */
public final class HeaderBytes {
    /** The bytes from {@code start} (the first byte of the pre-header) to the end of what is known. */
    public record Layout(long start, byte[] bytes) {
    }

    private HeaderBytes() {
    }

    public static Layout of(PyObject o) {
        ByteBuffer b = ByteBuffer.allocate(64 + (int) Math.min(1 << 20, Math.max(0, o.sizeOf()) + 64))
                .order(ByteOrder.LITTLE_ENDIAN);
        int pre = o.preHeader();
        if (pre >= 32) {
            // _PyObject_ManagedDictPointer(o) - 1 and the dict pointer: the values live inline here, no dict yet.
            for (int i = 0; i < pre - 16; i += 8) {
                b.putLong(0);
            }
        }
        if (pre >= 16) {
            boolean tracked = o.gcGeneration >= 0;
            b.putLong(tracked && o.gcNext != null ? gcHeadOf(o.gcNext) : 0);
            long prev = tracked && o.gcPrev != null ? gcHeadOf(o.gcPrev) : 0;
            b.putLong(prev | (o.finalized ? 1 : 0));
        }
        b.putLong(o.refcnt);
        b.putLong(o.type == null ? 0 : o.type.address);
        if (o instanceof PyInt i) {
            putInt(b, i);
        } else if (o instanceof PyFloat f) {
            b.putDouble(f.value);
        } else if (o instanceof PyStr s) {
            putStr(b, s);
        } else if (o instanceof PyBytes y) {
            b.putLong(y.value.length);
            b.putLong(-1);
            b.put(y.value, 0, Math.min(y.value.length, b.remaining() - 1));
            b.put((byte) 0);
        } else if (o instanceof PyTuple t) {
            b.putLong(t.items.length);
            for (int i = 0; i < t.items.length && b.remaining() >= 8; i++) {
                b.putLong(t.items[i] == null ? 0 : t.items[i].address);
            }
        } else if (o instanceof PyList l) {
            b.putLong(l.size);
            b.putLong(l.itemsBlock());
            b.putLong(l.allocated());
        } else if (o instanceof PyDict d && !d.inlineValues) {
            b.putLong(d.size());
            b.putLong(d.version);
            b.putLong(d.keysBlock());
            b.putLong(0);
        }
        byte[] out = new byte[b.position()];
        b.flip();
        b.get(out);
        return new Layout(o.address - pre, out);
    }

    /** The address of the PyGC_Head of the next or previous object on a collector list (0 for a list's head). */
    private static long gcHeadOf(PyObject neighbour) {
        return neighbour.type == null ? 0 : neighbour.address - 16;
    }

    /** ob_size (digit count, negative for a negative int) and the 30-bit digits, least significant first. */
    private static void putInt(ByteBuffer b, PyInt i) {
        BigInteger v = i.big != null ? i.big : BigInteger.valueOf(i.value);
        BigInteger magnitude = v.abs();
        ByteArrayOutputStream digits = new ByteArrayOutputStream();
        int n = 0;
        BigInteger mask = BigInteger.valueOf((1L << 30) - 1);
        while (magnitude.signum() != 0) {
            int d = magnitude.and(mask).intValue();
            digits.write(d);
            digits.write(d >>> 8);
            digits.write(d >>> 16);
            digits.write(d >>> 24);
            magnitude = magnitude.shiftRight(30);
            n++;
        }
        b.putLong(v.signum() < 0 ? -n : n);
        byte[] d = digits.toByteArray();
        b.put(d, 0, Math.min(d.length, b.remaining()));
        if (n == 0 && b.remaining() >= 4) {
            // CPython allocates one digit even for zero (sys.getsizeof(0) is 24, its block 32).
            b.putInt(0);
        }
    }

    /**
     * PyASCIIObject (length, hash, state, wstr) and, for non-ASCII text, PyCompactUnicodeObject's
     * utf8_length, utf8 and wstr_length; then the characters in the kind's width and a NUL.
     */
    private static void putStr(ByteBuffer b, PyStr s) {
        int kind = s.isAscii() || maxChar(s) < 256 ? 1 : maxChar(s) < 65536 ? 2 : 4;
        b.putLong(s.length);
        b.putLong(s.cachedHash());
        int state = (s.interned ? 1 : 0) | (kind << 2) | (1 << 5) | ((s.isAscii() ? 1 : 0) << 6) | (1 << 7);
        b.putInt(state);
        b.putInt(0);
        b.putLong(0);
        if (!s.isAscii()) {
            b.putLong(0);
            b.putLong(0);
            b.putLong(0);
        }
        int limit = Math.min(s.length, (b.remaining() - 4) / kind);
        for (int i = 0; i < limit; i++) {
            int cp = s.codePointAt(i);
            switch (kind) {
                case 1 -> b.put((byte) cp);
                case 2 -> b.putShort((short) cp);
                default -> b.putInt(cp);
            }
        }
        for (int i = 0; i < kind && b.remaining() > 0; i++) {
            b.put((byte) 0);
        }
    }

    private static int maxChar(PyStr s) {
        int max = 0;
        for (int i = 0; i < s.length; i++) {
            max = Math.max(max, s.codePointAt(i));
        }
        return max;
    }

}
