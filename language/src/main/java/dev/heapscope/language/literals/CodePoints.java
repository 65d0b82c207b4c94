package dev.heapscope.language.literals;

import dev.heapscope.language.ast.ConstantValue;
import java.util.Arrays;

/**
 * The code points of a str value being decoded. A Java String cannot hold Python's text
 * exactly: "\ud83d\ude00" written as two escapes is two code points in Python but reads as
 * one character in Java. Decoding therefore collects code points, and the finished value
 * keeps them whenever a surrogate code point is among them.
 */
final class CodePoints {
    private int[] points = new int[16];
    private int length;
    private boolean hasSurrogate;

    void append(int codePoint) {
        if (length == points.length) {
            points = Arrays.copyOf(points, length * 2);
        }
        points[length++] = codePoint;
        hasSurrogate |= codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    void append(String text) {
        text.codePoints().forEach(this::append);
    }

    void append(CodePoints other) {
        for (int i = 0; i < other.length; i++) {
            append(other.points[i]);
        }
    }

    boolean isEmpty() {
        return length == 0;
    }

    ConstantValue.StrValue toStrValue() {
        String text = new String(points, 0, length);
        return hasSurrogate ? new ConstantValue.StrValue(text, Arrays.copyOf(points, length))
                : new ConstantValue.StrValue(text);
    }
}
