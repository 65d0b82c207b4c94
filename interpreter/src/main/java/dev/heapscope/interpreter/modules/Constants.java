package dev.heapscope.interpreter.modules;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.ast.ConstantValue;

/** Literal values of the AST as runtime objects, interned where CPython's compiler interns them. */
public final class Constants {
    private Constants() {
    }

    /** A key under which equal constants of one code object share one object (co_consts). */
    public static String key(ConstantValue v) {
        if (v instanceof ConstantValue.StrValue s) {
            return "s:" + s.value();
        }
        if (v instanceof ConstantValue.BytesValue b) {
            return "b:" + java.util.Arrays.toString(b.value());
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return "f:" + Double.doubleToRawLongBits(f.value());
        }
        return v.getClass().getSimpleName() + ":" + v.repr();
    }

    /** The object for a constant (a new reference), or null for a kind the runtime cannot make. */
    public static PyObject toObject(ConstantValue v) {
        if (v instanceof ConstantValue.NoneValue) {
            return Heap.incref(Types.NONE);
        }
        if (v instanceof ConstantValue.EllipsisValue) {
            return Heap.incref(Types.ELLIPSIS);
        }
        if (v instanceof ConstantValue.BoolValue b) {
            return Types.newBool(b.value());
        }
        if (v instanceof ConstantValue.IntValue i) {
            return Types.newInt(i.value());
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return Types.newFloat(f.value());
        }
        if (v instanceof ConstantValue.StrValue s) {
            return str(s);
        }
        if (v instanceof ConstantValue.BytesValue b) {
            return PyBytes.of(b.value());
        }
        if (v instanceof ConstantValue.ComplexValue c) {
            return dev.heapscope.interpreter.runtime.ComplexMethods.newComplex(c.real(), c.imag());
        }
        return null;
    }

    /**
     * A str constant as the parser makes it: a new object for each literal, not interned;
     * the compiler interns those of name characters only into the code's constants.
     */
    public static PyStr str(ConstantValue.StrValue s) {
        return Types.newStr(s.value());
    }
}
