package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.modules.WeakProxies;
import dev.heapscope.interpreter.objects.PyWeakref;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.compiler.Calls;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyMethod;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;

/**
 * The abstract object protocol (CPython's Objects/abstract.c and object.c): calls,
 * attributes, comparisons, hashing, truth, iteration, items and operators, each going
 * through the dunder methods in the type's MRO, with fast paths for exact builtin
 * types. Arguments are borrowed; PyObject results are new references.
 */
public final class Ops {
    private Ops() {
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    // ---- calls ----

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /** callable(*args) with keywords: the last kwnames.length args are keyword values. */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return Calls.callFunction(f, args, kwnames);
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.code.call(b.self, args, kwnames);
        }
        if (callable instanceof PyMethod m) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = m.self;
            System.arraycopy(args, 0, full, 1, args.length);
            return call(m.function, full, kwnames);
        }
        if (callable instanceof PyMethodDescr d) {
            return callDescriptor(d, args, kwnames);
        }
        if (callable instanceof PyType t && t.type == Types.TYPE) {
            return TypeCalls.callType(t, args, kwnames);
        }
        PyObject call = callable.type.lookup(Names.__call__);
        if (call == null) {
            throw Errors.typeError("'" + callable.type.name + "' object is not callable");
        }
        return callMethod(call, callable, args, kwnames);
    }

    /** Calls an unbound descriptor from a type's dict with an explicit self. */
    private static PyObject callDescriptor(PyMethodDescr d, PyObject[] args, String[] kwnames) {
        switch (d.kind) {
            case STATIC:
                return d.code.call(null, args, kwnames);
            case CLASS:
                return d.code.call(d.owner, args, kwnames);
            default:
                int positional = Args.positional(args, kwnames);
                if (positional < 1) {
                    throw Errors.typeError("unbound method " + d.owner.name + "." + d.name + "() needs an argument");
                }
                PyObject self = args[0];
                if (!self.type.isSubtypeOf(d.owner)) {
                    throw Errors.typeError("descriptor '" + d.name + "' for '" + d.owner.name
                            + "' objects doesn't apply to a '" + self.type.name + "' object");
                }
                PyObject[] rest = new PyObject[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return d.code.call(self, rest, kwnames);
        }
    }

    /**
     * Calls {@code method} (found in a type's dict, not yet bound) on {@code self}, as
     * CPython's LOAD_METHOD/CALL pair does: no bound method object is made for functions
     * and method descriptors.
     */
    public static PyObject callMethod(PyObject method, PyObject self, PyObject[] args, String[] kwnames) {
        if (method instanceof PyFunction f) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return Calls.callFunction(f, full, kwnames);
        }
        if (method instanceof PyMethodDescr d && d.kind != PyMethodDescr.Kind.STATIC && d.kind != PyMethodDescr.Kind.CLASS) {
            return d.code.call(self, args, kwnames);
        }
        PyObject bound = Descriptors.get(method, self, self.type);
        try {
            return call(bound, args, kwnames);
        } finally {
            decref(bound);
        }
    }

    /** Looks up {@code name} on type(self) and calls it, or returns null when the type has no such method. */
    public static PyObject callSpecial(PyObject self, PyStr name, PyObject... args) {
        PyObject method = self.type.lookup(name);
        if (method == null) {
            return null;
        }
        return callMethod(method, self, args, null);
    }

    // ---- attributes ----

    public static PyObject getattr(PyObject o, PyStr name) {
        if (o instanceof Wrappers.PySuper s) {
            return s.getattr(name);
        }
        if (o instanceof GenericAliases.PyGenericAlias ga) {
            return GenericAliases.getattr(ga, name);
        }
        if (o instanceof PyWeakref && WeakProxies.isProxy(o)) {
            return WeakProxies.getattr(o, name);
        }
        PyType t = o.type;
        if (t.heapType) {
            PyObject ga = t.lookup(Names.__getattribute__);
            if (ga != Attributes.OBJECT_GETATTRIBUTE && ga != null) {
                try {
                    return callMethod(ga, o, new PyObject[] {name}, null);
                } catch (PyException e) {
                    if (!isInstance(e.value, ExceptionTypes.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    PyObject getattr = t.lookup(Names.__getattr__);
                    if (getattr == null) {
                        throw e;
                    }
                    decref(e.value);
                    return callMethod(getattr, o, new PyObject[] {name}, null);
                }
            }
        }
        if (o instanceof PyMethod pm && t.lookup(name) == null) {
            // method_getattro: what the method type lacks is the function's (__name__, __doc__, ...).
            return getattr(pm.function, name);
        }
        PyObject r = Attributes.genericGetattr(o, name, true);
        return r;
    }

    /** getattr with a default of "missing": returns null instead of raising AttributeError. */
    public static PyObject getattrOrNull(PyObject o, PyStr name) {
        try {
            return getattr(o, name);
        } catch (PyException e) {
            if (isInstance(e.value, ExceptionTypes.ATTRIBUTE_ERROR)) {
                decref(e.value);
                return null;
            }
            throw e;
        }
    }

    public static void setattr(PyObject o, PyStr name, PyObject value) {
        if (o instanceof PyWeakref && WeakProxies.isProxy(o)) {
            WeakProxies.setattr(o, name, value);
            return;
        }
        PyType t = o.type;
        if (t.heapType) {
            PyObject sa = t.lookup(Names.__setattr__);
            if (sa != Attributes.OBJECT_SETATTR && sa != null) {
                decref(callMethod(sa, o, new PyObject[] {name, value}, null));
                return;
            }
        }
        Attributes.genericSetattr(o, name, value);
    }

    public static void delattr(PyObject o, PyStr name) {
        if (o instanceof PyWeakref && WeakProxies.isProxy(o)) {
            WeakProxies.setattr(o, name, null);
            return;
        }
        PyType t = o.type;
        if (t.heapType) {
            PyObject da = t.lookup(Names.__delattr__);
            if (da != Attributes.OBJECT_DELATTR && da != null) {
                decref(callMethod(da, o, new PyObject[] {name}, null));
                return;
            }
        }
        Attributes.genericSetattr(o, name, null);
    }

    // ---- str, repr, hash ----

    public static PyStr repr(PyObject o) {
        PyObject r = callSpecial(o, Names.__repr__);
        if (!(r instanceof PyStr s)) {
            String tn = r.type.name;
            decref(r);
            throw Errors.typeError("__repr__ returned non-string (type " + tn + ")");
        }
        return s;
    }

    public static PyStr str(PyObject o) {
        if (o.type == Types.STR) {
            return (PyStr) incref(o);
        }
        PyObject r = callSpecial(o, Names.__str__);
        if (!(r instanceof PyStr s)) {
            String tn = r.type.name;
            decref(r);
            throw Errors.typeError("__str__ returned non-string (type " + tn + ")");
        }
        return s;
    }

    /** repr(o) as a Java string. */
    public static String reprString(PyObject o) {
        PyStr s = repr(o);
        String v = s.value;
        decref(s);
        return v;
    }

    public static String strString(PyObject o) {
        PyStr s = str(o);
        String v = s.value;
        decref(s);
        return v;
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr s) {
            return s.hash();
        }
        if (o.type == Types.INT || o.type == Types.BOOL) {
            return Numbers.hashInt((PyInt) o);
        }
        PyObject h = o.type.lookup(Names.__hash__);
        if (h == null || h == Types.NONE) {
            throw Errors.typeError("unhashable type: '" + o.type.name + "'");
        }
        PyObject r = callMethod(h, o, NO_ARGS, null);
        if (!(r instanceof PyInt i)) {
            decref(r);
            throw Errors.typeError("__hash__ method should return an integer");
        }
        // slot_tp_hash: a result that fits a machine word is the hash (-1 becomes -2); a
        // bigger int is hashed as an int.
        long v = i.isSmall() ? (i.value == -1 ? -2 : i.value) : Numbers.hashInt(i);
        decref(r);
        return v;
    }

    // ---- comparison and truth ----

    public static boolean isTrue(PyObject o) {
        if (o == Types.TRUE) {
            return true;
        }
        if (o == Types.FALSE || o == Types.NONE) {
            return false;
        }
        PyType t = o.type;
        if (t == Types.INT) {
            return ((PyInt) o).signum() != 0;
        }
        if (t == Types.STR) {
            return ((PyStr) o).length != 0;
        }
        if (t == Types.LIST) {
            return ((PyList) o).size != 0;
        }
        if (t == Types.TUPLE) {
            return ((PyTuple) o).items.length != 0;
        }
        if (t == Types.DICT) {
            return ((PyDict) o).size() != 0;
        }
        if (t == Types.FLOAT) {
            return ((PyFloat) o).value != 0.0;
        }
        PyObject b = t.lookup(Names.__bool__);
        if (b != null) {
            PyObject r = callMethod(b, o, NO_ARGS, null);
            if (r.type != Types.BOOL) {
                String tn = r.type.name;
                decref(r);
                throw Errors.typeError("__bool__ should return bool, returned " + tn);
            }
            decref(r);
            return r == Types.TRUE;
        }
        PyObject len = t.lookup(Names.__len__);
        if (len != null) {
            return lengthOf(callMethod(len, o, NO_ARGS, null)) != 0;
        }
        return true;
    }

    /** PyObject_RichCompare. */
    public static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isSmall() && y.isSmall()
                && a.type == Types.INT && b.type == Types.INT) {
            return Types.newBool(op.test(Long.compare(x.value, y.value)));
        }
        // Exact str and float operands: what their comparison slots compute, without the
        // slot lookup and call (neither type's slots can be replaced on the builtin type).
        if (a.type == Types.STR && b.type == Types.STR) {
            String sa = ((PyStr) a).value;
            String sb = ((PyStr) b).value;
            if (op == CompareOp.EQ || op == CompareOp.NE) {
                return Types.newBool(sa.equals(sb) == (op == CompareOp.EQ));
            }
            return Types.newBool(op.test(dev.heapscope.interpreter.modules.StrMethods.compareCodePoints(sa, sb)));
        }
        if (a.type == Types.FLOAT && b.type == Types.FLOAT) {
            double x = ((PyFloat) a).value;
            double y = ((PyFloat) b).value;
            return Types.newBool(switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        PyType ta = a.type;
        PyType tb = b.type;
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject m = tb.lookup(op.reflected().method);
            if (m != null) {
                checkedReverse = true;
                PyObject r = callMethod(m, b, new PyObject[] {a}, null);
                if (r != Types.NOT_IMPLEMENTED) {
                    return r;
                }
                decref(r);
            }
        }
        PyObject m = ta.lookup(op.method);
        if (m != null) {
            PyObject r = callMethod(m, a, new PyObject[] {b}, null);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
            decref(r);
        }
        if (!checkedReverse) {
            PyObject rm = tb.lookup(op.reflected().method);
            if (rm != null) {
                PyObject r = callMethod(rm, b, new PyObject[] {a}, null);
                if (r != Types.NOT_IMPLEMENTED) {
                    return r;
                }
                decref(r);
            }
        }
        switch (op) {
            case EQ:
                return Types.newBool(a == b);
            case NE:
                return Types.newBool(a != b);
            default:
                throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name
                        + "' and '" + tb.name + "'");
        }
    }

    public static boolean compareBool(PyObject a, PyObject b, CompareOp op) {
        PyObject r = compare(a, b, op);
        try {
            return isTrue(r);
        } finally {
            decref(r);
        }
    }

    /** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality. */
    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && a.type == Types.STR && b.type == Types.STR) {
            return x.value.equals(y.value);
        }
        return compareBool(a, b, CompareOp.EQ);
    }

    public static boolean isInstance(PyObject o, PyType t) {
        return o.type.isSubtypeOf(t);
    }

    // ---- sizes, items, iteration ----

    public static long len(PyObject o) {
        if (o instanceof PyList l && o.type == Types.LIST) {
            return l.size;
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        if (o instanceof PyStr s) {
            return s.length;
        }
        PyObject m = o.type.lookup(Names.__len__);
        if (m == null) {
            throw Errors.typeError("object of type '" + o.type.name + "' has no len()");
        }
        return lengthOf(callMethod(m, o, NO_ARGS, null));
    }

    /** Checks and releases the result of a __len__ call. */
    private static long lengthOf(PyObject r) {
        if (!(r instanceof PyInt i)) {
            String tn = r.type.name;
            decref(r);
            throw Errors.typeError("'" + tn + "' object cannot be interpreted as an integer");
        }
        decref(r);
        if (i.signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!i.isSmall()) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    public static PyObject getitem(PyObject o, PyObject key) {
        // Exact builtin sequences indexed by an exact int in range, and exact dicts by a
        // present str key: what their __getitem__ slots return, without the call. Anything
        // else (a negative index past the start, a missing key) takes the slot for its error.
        PyType ot = o.type;
        if (key.type == Types.INT && ((PyInt) key).isSmall() && (ot == Types.STR || ot == Types.TUPLE)) {
            long k = ((PyInt) key).value;
            if (ot == Types.STR) {
                PyStr s = (PyStr) o;
                k = k < 0 ? k + s.length : k;
                if (k >= 0 && k < s.length) {
                    return Types.newStrOfCodePoint(s.codePointAt((int) k));
                }
            } else {
                PyObject[] items = ((PyTuple) o).items;
                k = k < 0 ? k + items.length : k;
                if (k >= 0 && k < items.length && items[(int) k] != null) {
                    return incref(items[(int) k]);
                }
            }
        } else if (ot == Types.DICT && key.type == Types.STR) {
            PyObject v = ((PyDict) o).getStr((PyStr) key);
            if (v != null) {
                return incref(v);
            }
        }
        PyObject m = o.type.lookup(Names.__getitem__);
        if (m == null) {
            if (o instanceof PyType t) {
                if (t == Types.TYPE) {
                    return GenericAliases.of(GenericAliases.GENERIC_ALIAS, t, key);
                }
                PyObject cg = Attributes.lookupClassGetitem(t);
                if (cg != null) {
                    try {
                        return call(cg, key);
                    } finally {
                        decref(cg);
                    }
                }
                throw Errors.typeError("type '" + t.name + "' is not subscriptable");
            }
            throw Errors.typeError("'" + o.type.name + "' object is not subscriptable");
        }
        return callMethod(m, o, new PyObject[] {key}, null);
    }

    public static void setitem(PyObject o, PyObject key, PyObject value) {
        PyObject m = o.type.lookup(Names.__setitem__);
        if (m == null) {
            throw Errors.typeError("'" + o.type.name + "' object does not support item assignment");
        }
        decref(callMethod(m, o, new PyObject[] {key, value}, null));
    }

    public static void delitem(PyObject o, PyObject key) {
        PyObject m = o.type.lookup(Names.__delitem__);
        if (m == null) {
            // PyObject_DelItem: the sequence protocol's wording for an index key (every class
            // statement's type has that protocol), the mapping protocol's otherwise.
            boolean sequence = o.type.heapType || o.type.lookup(Names.__len__) != null
                    || o.type.lookup(Types.name("__contains__")) != null;
            boolean index = key instanceof PyInt || key.type.lookup(Types.name("__index__")) != null;
            throw Errors.typeError("'" + o.type.name + "' object " + (sequence && index ? "doesn't" : "does not")
                    + " support item deletion");
        }
        decref(callMethod(m, o, new PyObject[] {key}, null));
    }

    public static boolean contains(PyObject container, PyObject item) {
        // Exact builtin containers: what their __contains__ slots compute, without the call.
        PyType ct = container.type;
        if (ct == Types.STR && item.type == Types.STR) {
            return ((PyStr) container).value.contains(((PyStr) item).value);
        }
        if (ct == Types.DICT && item.type == Types.STR) {
            return ((PyDict) container).getStr((PyStr) item) != null;
        }
        PyObject m = container.type.lookup(Names.__contains__);
        if (m != null) {
            PyObject r = callMethod(m, container, new PyObject[] {item}, null);
            try {
                return isTrue(r);
            } finally {
                decref(r);
            }
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (isInstance(e.value, ExceptionTypes.TYPE_ERROR)) {
                decref(e.value);
                throw Errors.typeError("argument of type '" + container.type.name + "' is not iterable");
            }
            throw e;
        }
        try {
            PyObject x;
            while ((x = next(it)) != null) {
                boolean found = eq(x, item);
                decref(x);
                if (found) {
                    return true;
                }
            }
            return false;
        } finally {
            decref(it);
        }
    }

    public static PyObject iter(PyObject o) {
        PyObject m = o.type.lookup(Names.__iter__);
        if (m != null && m != Types.NONE) {
            PyObject it = callMethod(m, o, NO_ARGS, null);
            if (it.type.lookup(Names.__next__) == null) {
                String tn = it.type.name;
                decref(it);
                throw Errors.typeError("iter() returned non-iterator of type '" + tn + "'");
            }
            return it;
        }
        if (m == null && o.type.lookup(Names.__getitem__) != null) {
            return Iterators.sequenceIterator(o);
        }
        throw Errors.typeError("'" + o.type.name + "' object is not iterable");
    }

    /** The iterator's next item (a new reference), or null when it is exhausted. StopIteration is swallowed. */
    public static PyObject next(PyObject it) {
        if (it instanceof Iterators.JavaIterator j) {
            return j.next();
        }
        PyObject m = it.type.lookup(Names.__next__);
        if (m == null) {
            throw Errors.typeError("'" + it.type.name + "' object is not an iterator");
        }
        try {
            return callMethod(m, it, NO_ARGS, null);
        } catch (PyException e) {
            if (isInstance(e.value, ExceptionTypes.STOP_ITERATION)) {
                decref(e.value);
                return null;
            }
            throw e;
        }
    }

    // ---- operators ----

    public static PyObject binary(PyObject a, PyObject b, BinaryOp op) {
        PyObject r = Numbers.fastBinary(a, b, op);
        if (r != null) {
            return r;
        }
        r = binaryOrNotImplemented(a, b, op);
        if (r != Types.NOT_IMPLEMENTED) {
            return r;
        }
        throw binaryTypeError(a, b, op.symbol);
    }

    static PyException binaryTypeError(PyObject a, PyObject b, String symbol) {
        if (symbol.equals("*") || symbol.equals("*=")) {
            boolean aSeq = a.type.lookup(Names.__getitem__) != null && !(a instanceof PyDict);
            boolean bSeq = b.type.lookup(Names.__getitem__) != null && !(b instanceof PyDict);
            if (aSeq && !(b.type.lookup(Names.__index__) != null)) {
                return Errors.typeError("can't multiply sequence by non-int of type '" + b.type.name + "'");
            }
            if (bSeq && !(a.type.lookup(Names.__index__) != null)) {
                return Errors.typeError("can't multiply sequence by non-int of type '" + a.type.name + "'");
            }
        }
        if ((symbol.equals("+") || symbol.equals("+=")) && a.type == Types.STR) {
            return Errors.typeError("can only concatenate str (not \"" + b.type.name + "\") to str");
        }
        if ((symbol.equals("+") || symbol.equals("+=")) && a.type == Types.LIST && b.type != Types.LIST) {
            return Errors.typeError("can only concatenate list (not \"" + b.type.name + "\") to list");
        }
        if ((symbol.equals("+") || symbol.equals("+=")) && a.type == Types.TUPLE && b.type != Types.TUPLE) {
            return Errors.typeError("can only concatenate tuple (not \"" + b.type.name + "\") to tuple");
        }
        if (symbol.equals("**")) {
            return Errors.typeError("unsupported operand type(s) for ** or pow(): '" + a.type.name + "' and '"
                    + b.type.name + "'");
        }
        return Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + a.type.name + "' and '"
                + b.type.name + "'");
    }

    /** binary_op1: a.__op__(b), b.__rop__(a), subclass first; NotImplemented when neither applies. */
    static PyObject binaryOrNotImplemented(PyObject a, PyObject b, BinaryOp op) {
        PyType ta = a.type;
        PyType tb = b.type;
        PyObject slotA = ta.lookup(op.method);
        PyObject slotB = ta != tb ? tb.lookup(op.reflected) : null;
        if (slotB != null && slotB == ta.lookup(op.reflected)) {
            slotB = null;
        }
        // The + and * of builtin sequences are sq_concat / sq_repeat, which CPython tries only
        // after both operands' number slots (so 3 * v and "s" * v reach v.__rmul__ first).
        PyObject seqA = null;
        PyObject seqB = null;
        if (op == BinaryOp.ADD || op == BinaryOp.MUL) {
            if (isSequenceSlot(slotA)) {
                seqA = slotA;
                slotA = null;
            }
            if (isSequenceSlot(slotB)) {
                seqB = slotB;
                slotB = null;
            }
        }
        if (seqA != null || seqB != null) {
            PyObject r = numberSlots(a, b, slotA, slotB);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
            decref(r);
            if (seqA != null) {
                r = callMethod(seqA, a, new PyObject[] {b}, null);
                if (r != Types.NOT_IMPLEMENTED) {
                    return r;
                }
                decref(r);
            }
            return seqB != null ? callMethod(seqB, b, new PyObject[] {a}, null) : incref(Types.NOT_IMPLEMENTED);
        }
        return numberSlots(a, b, slotA, slotB);
    }

    private static boolean isSequenceSlot(PyObject slot) {
        if (!(slot instanceof PyMethodDescr d)) {
            return false;
        }
        PyType o = d.owner;
        return o == Types.STR || o == Types.LIST || o == Types.TUPLE || o == Types.BYTES || o == Types.BYTEARRAY;
    }

    /** The number-slot half of binary_op1: a's slot and b's reflected one, a subclass's first. */
    private static PyObject numberSlots(PyObject a, PyObject b, PyObject slotA, PyObject slotB) {
        PyType ta = a.type;
        PyType tb = b.type;
        if (slotA != null) {
            if (slotB != null && tb.isSubtypeOf(ta)) {
                PyObject r = callMethod(slotB, b, new PyObject[] {a}, null);
                if (r != Types.NOT_IMPLEMENTED) {
                    return r;
                }
                decref(r);
                slotB = null;
            }
            PyObject r = callMethod(slotA, a, new PyObject[] {b}, null);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
            decref(r);
        }
        if (slotB != null) {
            return callMethod(slotB, b, new PyObject[] {a}, null);
        }
        return incref(Types.NOT_IMPLEMENTED);
    }

    /** a op= b: __iop__ first, then the plain operator. */
    public static PyObject inplace(PyObject a, PyObject b, BinaryOp op) {
        PyObject r = Numbers.fastBinary(a, b, op);
        if (r != null) {
            return r;
        }
        PyObject m = a.type.lookup(op.inplace);
        if (m != null) {
            r = callMethod(m, a, new PyObject[] {b}, null);
            if (r != Types.NOT_IMPLEMENTED) {
                return r;
            }
            decref(r);
        }
        r = binaryOrNotImplemented(a, b, op);
        if (r != Types.NOT_IMPLEMENTED) {
            return r;
        }
        throw binaryTypeError(a, b, op.symbol + "=");
    }

    public static PyObject unary(PyObject a, PyStr method, String symbol) {
        if (a instanceof PyInt i && a.type == Types.INT && method == Names.__neg__ && i.isSmall() && i.value != Long.MIN_VALUE) {
            return Types.newInt(-i.value);
        }
        PyObject m = a.type.lookup(method);
        if (m == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + a.type.name + "'");
        }
        return callMethod(m, a, NO_ARGS, null);
    }

    /** operator.index(o): an int from __index__, or TypeError. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i && (o.type == Types.INT || o.type == Types.BOOL)) {
            return (PyInt) incref(i);
        }
        PyObject m = o.type.lookup(Names.__index__);
        if (m == null) {
            throw Errors.typeError("'" + o.type.name + "' object cannot be interpreted as an integer");
        }
        PyObject r = callMethod(m, o, NO_ARGS, null);
        if (!(r instanceof PyInt i)) {
            String tn = r.type.name;
            decref(r);
            throw Errors.typeError("__index__ returned non-int (type " + tn + ")");
        }
        return i;
    }

    /** A Java long from an index-like object; OverflowError when it does not fit. */
    public static long asLong(PyObject o) {
        PyInt i = index(o);
        try {
            if (!i.isSmall()) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            return i.value;
        } finally {
            decref(i);
        }
    }

    /** The module or object's attribute dict if it has one (borrowed), else null. */
    public static PyDict instanceDict(PyObject o) {
        if (o instanceof PyInstance inst) {
            return inst.dict;
        }
        if (o instanceof PyModule m) {
            return m.dict;
        }
        if (o instanceof PyFunction f) {
            return f.dict;
        }
        if (o instanceof PyType t) {
            return t.dict;
        }
        if (o.type.heapType) {
            return SubclassDicts.get(o);
        }
        return null;
    }

    /** Whether the Python exception in {@code e} matches {@code t}. */
    public static boolean matches(PyException e, PyType t) {
        return e.value.type.isSubtypeOf(t);
    }

    public static PyBaseException exception(PyException e) {
        return e.value;
    }
}
