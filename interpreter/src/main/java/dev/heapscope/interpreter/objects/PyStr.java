package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;

/**
 * str: an immutable sequence of code points. The text is a Java String; where it holds
 * characters outside the Basic Multilingual Plane, indexes are translated from code
 * points to chars. The hash is cached as CPython caches it in the object.
 */
public final class PyStr extends PyObject {
    public final String value;
    /** Number of code points (len()). */
    public final int length;
    /** Largest code point, which fixes CPython's storage kind and so the size. */
    private final int maxCodePoint;
    private long hash = -1;
    /** Whether this object is the interned copy of its text (sys.intern, identifiers). */
    public boolean interned;

    public PyStr(PyType type, String value) {
        super(type);
        this.value = value;
        int max = 0;
        boolean astral = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > max) {
                max = c;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                astral = true;
            }
        }
        if (astral) {
            this.length = value.codePointCount(0, value.length());
            this.maxCodePoint = value.codePoints().max().orElse(0);
        } else {
            this.length = value.length();
            this.maxCodePoint = max;
        }
    }

    /** Whether char indexes equal code point indexes (no surrogate pairs). */
    public boolean isBmp() {
        return length == value.length();
    }

    public boolean isAscii() {
        return maxCodePoint < 0x80;
    }

    /** The char offset of code point {@code index}. */
    public int offset(int index) {
        return isBmp() ? index : value.offsetByCodePoints(0, index);
    }

    /** Code point {@code index} (0 <= index < length). */
    public int codePointAt(int index) {
        return isBmp() ? value.charAt(index) : value.codePointAt(offset(index));
    }

    /** Code points [from, to) as a Java string. */
    public String substring(int from, int to) {
        return isBmp() ? value.substring(from, to) : value.substring(offset(from), offset(to));
    }

    /** The hash as cached in the object (ASCII objects' hash field): -1 until hash() computed it. */
    public long cachedHash() {
        return hash;
    }

    public long hash() {
        long h = hash;
        if (h == -1) {
            h = stringHash(value);
            hash = h;
        }
        return h;
    }

    /** A 64-bit hash of the text; CPython's own is randomised per process, so any good hash will do. */
    static long stringHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h == -1 ? -2 : h;
    }

    /** all_name_chars: ASCII letters, digits and underscores only (the empty string qualifies). */
    public static boolean allNameChars(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    public ObjectSizes.StrKind kind() {
        return ObjectSizes.StrKind.of(maxCodePoint);
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.strSize(kind(), length);
    }

    @Override
    public String toString() {
        return value;
    }

}
