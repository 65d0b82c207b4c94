package dev.heapscope.interpreter.compiler;

import dev.heapscope.interpreter.modules.Constants;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyComplex;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.BinaryOp;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.ExprContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * CPython 3.11's AST optimizer (Python/ast_opt.c) for what programs can observe: binary
 * and unary operations on constants, subscripts of constants and tuples of constants
 * become constants, within the optimizer's size limits (so {@code 2 ** 62 + 0} is one
 * object of the code's constants while {@code 2 ** 1000} is computed at run time);
 * a list or set of constants iterated by {@code for} or tested by {@code in} becomes a
 * tuple or frozenset constant.
 *
 * <p>The parse arena: the parser makes one object per literal and the optimizer one per
 * folded node, and the arena holds a reference to each until it is freed (for a script,
 * after its module code has run; for compile() and imports, at the end of compilation).
 * The compiler's constant cache hands the first equal object to every code object.
 *
 * <p>Folding is done on demand and remembered per node, so asking twice (the compiler's
 * warnings, then code generation) folds once. An operation that raises is not folded:
 * the error is cleared and the expression runs (and raises) at run time, as in CPython.
 */
final class ConstantFolder {
    /** ast_opt.c's limits on the size of a folded result. */
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    /** A node that does not fold (distinct from every object). */
    private static final PyObject NOT_CONSTANT = new PyObject(Types.OBJECT) {
    };

    private final IdentityHashMap<Expr, PyObject> folded = new IdentityHashMap<>();
    /** The arena's references: parsed literals and folded results, in creation order. */
    private final List<PyObject> arena = new ArrayList<>();

    /** Whether {@code e} is of a kind that can be or fold to a constant. */
    static boolean mayFold(Expr e) {
        return e instanceof Expr.Constant || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp
                || e instanceof Expr.Tuple || e instanceof Expr.Subscript
                || e instanceof Expr.Name n && n.id.equals("__debug__");
    }

    /** The constant {@code e} folds to (borrowed from the arena), or null. */
    PyObject fold(Expr e) {
        PyObject known = folded.get(e);
        if (known != null) {
            return known == NOT_CONSTANT ? null : known;
        }
        PyObject r = compute(e);
        folded.put(e, r == null ? NOT_CONSTANT : r);
        if (r != null) {
            arena.add(r);
        }
        return r;
    }

    /**
     * fold_iter: a list or set display of constants that is iterated over (a for loop, a
     * comprehension, the right side of {@code in}) is a tuple or frozenset constant.
     */
    PyObject foldIter(Expr e) {
        PyObject known = folded.get(e);
        if (known != null) {
            return known == NOT_CONSTANT ? null : known;
        }
        PyObject r = null;
        if (e instanceof Expr.List l) {
            r = tupleOf(l.elts);
        } else if (e instanceof Expr.Set s) {
            PyTuple items = tupleOf(s.elts);
            if (items != null) {
                PySet set = Heap.allocate(new PySet(Types.FROZENSET));
                for (PyObject item : items.items) {
                    set.add(item);
                }
                Heap.decref(items);
                r = set;
            }
        } else {
            return fold(e);
        }
        folded.put(e, r == null ? NOT_CONSTANT : r);
        if (r != null) {
            arena.add(r);
        }
        return r;
    }

    /** Frees the arena: its references to literals and folded constants are released. */
    void free() {
        for (PyObject o : arena) {
            Heap.decref(o);
        }
        arena.clear();
    }

    private PyObject compute(Expr e) {
        if (e instanceof Expr.Constant c) {
            return Constants.toObject(c.value);
        }
        if (e instanceof Expr.Name n && n.ctx == ExprContext.Load && n.id.equals("__debug__")) {
            return Types.newBool(true);
        }
        if (e instanceof Expr.Tuple t) {
            return t.ctx == ExprContext.Load ? tupleOf(t.elts) : null;
        }
        if (e instanceof Expr.BinOp b) {
            PyObject l = fold(b.left);
            PyObject r = fold(b.right);
            if (l == null || r == null) {
                return null;
            }
            BinaryOp op = Compiler.binaryOp(b.op);
            if (!withinLimits(l, op, r)) {
                return null;
            }
            return accepted(() -> Ops.binary(l, r, op));
        }
        if (e instanceof Expr.UnaryOp u) {
            PyObject v = fold(u.operand);
            if (v == null) {
                return null;
            }
            return accepted(() -> switch (u.op) {
                case Not -> Types.newBool(!Ops.isTrue(v));
                case USub -> Ops.unary(v, Names.__neg__, "-");
                case UAdd -> Ops.unary(v, Names.__pos__, "+");
                case Invert -> Ops.unary(v, Names.__invert__, "~");
            });
        }
        if (e instanceof Expr.Subscript s && s.ctx == ExprContext.Load) {
            PyObject v = fold(s.value);
            PyObject k = fold(s.slice);
            if (v == null || k == null) {
                return null;
            }
            return accepted(() -> Ops.getitem(v, k));
        }
        return null;
    }

    /** make_const_tuple: a tuple of the elements' constants, or null when one does not fold. */
    private PyTuple tupleOf(List<Expr> elts) {
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            PyObject item = elts.get(i) instanceof Expr.Starred ? null : fold(elts.get(i));
            if (item == null) {
                return null;
            }
            items[i] = item;
        }
        if (items.length == 0) {
            return (PyTuple) Heap.incref(Types.EMPTY_TUPLE);
        }
        for (PyObject item : items) {
            item.refcnt++;
        }
        return Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    private interface Operation {
        PyObject run();
    }

    /** The result of an operation when it succeeds with a value a code object can hold. */
    private static PyObject accepted(Operation op) {
        PyObject r;
        try {
            r = op.run();
        } catch (PyException err) {
            Heap.decref(err.value);
            return null;
        }
        if (!isConstantKind(r)) {
            Heap.decref(r);
            return null;
        }
        return r;
    }

    private static boolean isConstantKind(PyObject o) {
        if (o instanceof PyTuple t) {
            for (PyObject item : t.items) {
                if (!isConstantKind(item)) {
                    return false;
                }
            }
            return o.type == Types.TUPLE;
        }
        return o == Types.NONE || o == Types.ELLIPSIS
                || (o.type == Types.INT || o.type == Types.BOOL) && o instanceof PyInt
                || o.type == Types.FLOAT && o instanceof PyFloat
                || o.type == Types.STR && o instanceof PyStr
                || o.type == Types.BYTES && o instanceof PyBytes
                || o.type == Types.COMPLEX && o instanceof PyComplex
                || o.type == Types.FROZENSET;
    }

    /** safe_multiply, safe_power, safe_lshift and safe_mod: results that would be too large are left to run time. */
    private static boolean withinLimits(PyObject v, BinaryOp op, PyObject w) {
        switch (op) {
            case MUL:
                return multiplyWithinLimits(v, w);
            case POW:
                if (v instanceof PyInt a && w instanceof PyInt b && a.signum() != 0 && b.signum() > 0) {
                    long vbits = bits(a);
                    if (bits(b) > 63) {
                        return false;
                    }
                    return vbits <= MAX_INT_SIZE / b.bigValue().longValue();
                }
                return true;
            case LSHIFT:
                if (v instanceof PyInt a && w instanceof PyInt b && a.signum() != 0 && b.signum() != 0) {
                    if (b.signum() < 0 || bits(b) > 63) {
                        // PyLong_AsSize_t fails on a negative or huge shift: not folded.
                        return false;
                    }
                    long wbits = b.bigValue().longValue();
                    return wbits <= MAX_INT_SIZE && bits(a) <= MAX_INT_SIZE - wbits;
                }
                return true;
            case MOD:
                return !(v instanceof PyStr || v instanceof PyBytes);
            case MATMUL:
                return false;
            default:
                return true;
        }
    }

    private static boolean multiplyWithinLimits(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt b) {
            return a.signum() == 0 || b.signum() == 0 || bits(a) + bits(b) <= MAX_INT_SIZE;
        }
        if (v instanceof PyInt n && (w instanceof PyTuple || w.type == Types.FROZENSET)) {
            int size = w instanceof PyTuple t ? t.items.length : ((PySet) w).size();
            if (size == 0) {
                return true;
            }
            if (bits(n) > 63) {
                return false;
            }
            long count = n.bigValue().longValue();
            if (count < 0 || count > MAX_COLLECTION_SIZE / size) {
                return false;
            }
            return count == 0 || complexityWithin(w, MAX_TOTAL_ITEMS / count) >= 0;
        }
        if (v instanceof PyInt n && (w instanceof PyStr || w instanceof PyBytes)) {
            int size = w instanceof PyStr s ? s.length : ((PyBytes) w).value.length;
            if (size == 0) {
                return true;
            }
            if (bits(n) > 63) {
                return false;
            }
            long count = n.bigValue().longValue();
            return count >= 0 && count <= MAX_STR_SIZE / size;
        }
        if (w instanceof PyInt && (v instanceof PyTuple || v.type == Types.FROZENSET || v instanceof PyStr
                || v instanceof PyBytes)) {
            return multiplyWithinLimits(w, v);
        }
        return true;
    }

    /** check_complexity: the budget left after counting the items of nested tuples and frozensets; negative when spent. */
    private static long complexityWithin(PyObject o, long limit) {
        if (o instanceof PyTuple t) {
            limit -= t.items.length;
            for (int i = 0; limit >= 0 && i < t.items.length; i++) {
                limit = complexityWithin(t.items[i], limit);
            }
        } else if (o.type == Types.FROZENSET && o instanceof PySet s) {
            limit -= s.size();
            for (int i = 0; limit >= 0 && i < s.tableSize(); i++) {
                PyObject k = s.keyAt(i);
                if (k != null) {
                    limit = complexityWithin(k, limit);
                }
            }
        }
        return limit;
    }

    /** _PyLong_NumBits: the bits of the absolute value. */
    private static long bits(PyInt i) {
        return i.isSmall() && i.value != Long.MIN_VALUE
                ? 64 - Long.numberOfLeadingZeros(Math.abs(i.value)) : i.bigValue().abs().bitLength();
    }
}
