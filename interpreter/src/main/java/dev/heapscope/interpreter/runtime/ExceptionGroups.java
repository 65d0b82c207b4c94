package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * BaseExceptionGroup and ExceptionGroup (Objects/exceptions.c): construction with its
 * checks, message/exceptions, split, subgroup and derive, and the two steps of except*
 * (exception_group_match and _PyExc_PrepReraiseStar).
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    /** An exception group: BaseException's fields plus the message and the tuple of members. */
    public static final class PyExceptionGroup extends PyBaseException {
        PyObject message;
        PyTuple excs;

        PyExceptionGroup(PyType type, PyTuple args, PyObject message, PyTuple excs) {
            super(type, args);
            this.message = message;
            this.excs = excs;
        }

        @Override
        public void traverse(Visitor visitor) {
            super.traverse(visitor);
            if (message != null) {
                visitor.visit(message);
            }
            if (excs != null) {
                visitor.visit(excs);
            }
        }

        @Override
        public void clear() {
            super.clear();
            PyObject m = message;
            PyObject x = excs;
            message = null;
            excs = null;
            if (m != null) {
                decref(m);
            }
            if (x != null) {
                decref(x);
            }
        }
    }

    /** The members of a group (borrowed), or none for any other exception. */
    static PyObject[] members(PyBaseException e) {
        return e instanceof PyExceptionGroup g && g.excs != null ? g.excs.items : new PyObject[0];
    }

    static boolean isGroup(PyObject o) {
        return o instanceof PyExceptionGroup;
    }

    static void register() {
        PyType base = ExceptionTypes.BASE_EXCEPTION_GROUP;
        Methods.constructor(base, ExceptionGroups::construct);
        ExceptionTypes.EXCEPTION_GROUP.constructor = base.constructor;
        Methods.getter(base, "message", self -> incref(((PyExceptionGroup) self).message));
        Methods.getter(base, "exceptions", self -> incref(((PyExceptionGroup) self).excs));
        Methods.slot(base, "__str__", (self, args, kw) -> {
            PyExceptionGroup g = (PyExceptionGroup) self;
            int n = g.excs.items.length;
            return Types.newStr(Ops.strString(g.message) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        });
        Methods.method(base, "derive", (self, args, kw) -> {
            PyObject excs = Args.one("derive", args, kw);
            return Ops.call(ExceptionTypes.BASE_EXCEPTION_GROUP, ((PyExceptionGroup) self).message, excs);
        });
        Methods.method(base, "split", (self, args, kw) -> {
            Matcher m = matcher(Args.one("split", args, kw));
            PyObject[] parts = split((PyExceptionGroup) self, m, true);
            return Heap.allocate(new PyTuple(Types.TUPLE, parts));
        });
        Methods.method(base, "subgroup", (self, args, kw) -> {
            Matcher m = matcher(Args.one("subgroup", args, kw));
            PyObject[] parts = split((PyExceptionGroup) self, m, false);
            return parts[0];
        });
    }

    /** BaseExceptionGroup.__new__(cls, message, exceptions). */
    private static PyObject construct(PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(type.name + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + args[0].type.name);
        }
        PyObject exceptions = args[1];
        if (exceptions instanceof PyDict || exceptions.type.lookup(Names.__getitem__) == null) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Builtins.toArray(exceptions);
        PyTuple excs = items.length == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
        try {
            if (items.length == 0) {
                throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            boolean nestsBase = false;
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBaseException member)) {
                    throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                if (!member.type.isSubtypeOf(ExceptionTypes.EXCEPTION)) {
                    nestsBase = true;
                }
            }
            if (type == ExceptionTypes.BASE_EXCEPTION_GROUP) {
                if (!nestsBase) {
                    type = ExceptionTypes.EXCEPTION_GROUP;
                }
            } else if (type == ExceptionTypes.EXCEPTION_GROUP) {
                if (nestsBase) {
                    throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (nestsBase && type.isSubtypeOf(ExceptionTypes.EXCEPTION)) {
                throw Errors.typeError("Cannot nest BaseExceptions in '" + type.name + "'");
            }
        } catch (PyException e) {
            decref(excs);
            throw e;
        }
        PyTuple argsTuple = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(args[0]), incref(exceptions)}));
        if (type.heapType) {
            incref(type);
        }
        return Heap.allocate(new PyExceptionGroup(type, argsTuple, incref(args[0]), excs));
    }

    /** _PyExc_CreateExceptionGroup: BaseExceptionGroup(message, excs). */
    static PyBaseException create(String message, PyObject excs) {
        PyObject msg = Types.newStr(message);
        try {
            return (PyBaseException) Ops.call(ExceptionTypes.BASE_EXCEPTION_GROUP, msg, excs);
        } finally {
            decref(msg);
        }
    }

    /** The condition of split/subgroup, applied to members and to nested groups alike. */
    interface Matcher {
        boolean matches(PyBaseException e);
    }

    /** get_matcher_type: a predicate, an exception class, or a tuple of exception classes. */
    private static Matcher matcher(PyObject value) {
        if (!(value instanceof PyType) && value.type.lookup(Names.__call__) != null) {
            return e -> {
                PyObject r = Ops.call(value, e);
                try {
                    return Ops.isTrue(r);
                } finally {
                    decref(r);
                }
            };
        }
        boolean valid = isExceptionClass(value);
        if (value instanceof PyTuple t) {
            valid = true;
            for (PyObject c : t.items) {
                valid &= isExceptionClass(c);
            }
        }
        if (!valid) {
            throw Errors.typeError("expected a function, exception type or tuple of exception types");
        }
        return e -> Builtins.exceptionMatches(e, value);
    }

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
    }

    /**
     * exceptiongroup_split_recursive: {match, rest} as new references (None where empty);
     * rest is computed only when asked for, else it is None.
     */
    private static PyObject[] split(PyBaseException exc, Matcher m, boolean withRest) {
        if (m.matches(exc)) {
            return new PyObject[] {incref(exc), incref(Types.NONE)};
        }
        if (!(exc instanceof PyExceptionGroup g)) {
            return new PyObject[] {incref(Types.NONE), incref(withRest ? exc : Types.NONE)};
        }
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        try {
            for (PyObject member : g.excs.items) {
                PyObject[] parts = split((PyBaseException) member, m, withRest);
                addOrRelease(matched, parts[0]);
                addOrRelease(rest, parts[1]);
            }
            PyObject matchGroup = subset(g, matched);
            PyObject restGroup;
            try {
                restGroup = withRest ? subset(g, rest) : incref(Types.NONE);
            } catch (PyException e) {
                decref(matchGroup);
                throw e;
            }
            return new PyObject[] {matchGroup, restGroup};
        } finally {
            matched.forEach(Heap::decref);
            rest.forEach(Heap::decref);
        }
    }

    private static void addOrRelease(List<PyObject> list, PyObject o) {
        if (o == Types.NONE) {
            decref(o);
        } else {
            list.add(o);
        }
    }

    /**
     * exceptiongroup_subset: None for no members, the group itself for all of them, else
     * orig.derive(members) carrying orig's traceback, cause, context and a copy of its notes.
     */
    private static PyObject subset(PyExceptionGroup orig, List<PyObject> members) {
        if (members.isEmpty()) {
            return incref(Types.NONE);
        }
        if (members.size() == orig.excs.items.length) {
            return incref(orig);
        }
        PyList list = Heap.allocate(new PyList(Types.LIST));
        PyObject eg;
        try {
            for (PyObject o : members) {
                list.append(o);
            }
            eg = Ops.callMethod(orig.type.lookup(Types.intern("derive")), orig, new PyObject[] {list}, null);
        } finally {
            decref(list);
        }
        if (!(eg instanceof PyExceptionGroup derived)) {
            decref(eg);
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        derived.traceback = replace(derived.traceback, orig.traceback);
        derived.context = replace(derived.context, orig.context);
        derived.cause = replace(derived.cause, orig.cause);
        PyObject notes = Ops.getattrOrNull(orig, ExceptionMethods.NOTES);
        if (notes != null) {
            try {
                if (notes instanceof PyList || notes instanceof PyTuple) {
                    PyList copy = Heap.allocate(new PyList(Types.LIST));
                    try {
                        for (PyObject n : notes instanceof PyList l ? java.util.Arrays.copyOf(l.items, l.size)
                                : ((PyTuple) notes).items) {
                            copy.append(n);
                        }
                        Ops.setattr(derived, ExceptionMethods.NOTES, copy);
                    } finally {
                        decref(copy);
                    }
                }
            } finally {
                decref(notes);
            }
        }
        return derived;
    }

    private static PyObject replace(PyObject old, PyObject value) {
        if (value != null) {
            incref(value);
        }
        if (old != null) {
            decref(old);
        }
        return value;
    }

    /**
     * check_except_star_type_valid: an except* clause names exception classes that are
     * not exception groups.
     */
    public static void checkStarType(PyObject type) {
        PyObject[] classes = type instanceof PyTuple t ? t.items : new PyObject[] {type};
        for (PyObject c : classes) {
            if (!isExceptionClass(c)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            if (((PyType) c).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    /**
     * exception_group_match (CHECK_EG_MATCH): the part of {@code exc} that an except*
     * clause of {@code type} handles and the rest, both new references, None where empty.
     * A naked exception that matches is wrapped in a group of one.
     */
    public static PyObject[] match(PyObject exc, PyObject type) {
        if (exc == Types.NONE) {
            return new PyObject[] {incref(Types.NONE), incref(Types.NONE)};
        }
        PyBaseException e = (PyBaseException) exc;
        if (Builtins.exceptionMatches(e, type)) {
            if (isGroup(e)) {
                return new PyObject[] {incref(e), incref(Types.NONE)};
            }
            PyTuple one = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(e)}));
            PyBaseException wrapped;
            try {
                wrapped = create("", one);
            } finally {
                decref(one);
            }
            wrapped.traceback = replace(wrapped.traceback, e.traceback);
            return new PyObject[] {wrapped, incref(Types.NONE)};
        }
        if (e instanceof PyExceptionGroup g) {
            return split(g, matcher(type), true);
        }
        return new PyObject[] {incref(Types.NONE), incref(Types.NONE)};
    }

    /**
     * _PyExc_PrepReraiseStar: what an except* statement raises at its end (a new
     * reference, None for nothing). {@code excs} holds what each clause raised and, last,
     * the unhandled rest (None when all was handled). Re-raised parts, recognised by
     * keeping orig's traceback, cause and context, are put back into orig's shape; newly
     * raised exceptions are gathered with them into a new group.
     */
    public static PyObject prepReraiseStar(PyBaseException orig, List<PyObject> excs) {
        if (excs.isEmpty()) {
            return incref(Types.NONE);
        }
        if (!(orig instanceof PyExceptionGroup g)) {
            // A naked exception was wrapped: at most one clause ran, so at most one thing to raise.
            return incref(excs.get(0));
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : excs) {
            if (e == Types.NONE) {
                continue;
            }
            PyBaseException b = (PyBaseException) e;
            boolean sameMetadata = b.traceback == orig.traceback && b.cause == orig.cause && b.context == orig.context;
            (sameMetadata ? reraised : raised).add(e);
        }
        Map<PyObject, Boolean> leaves = new IdentityHashMap<>();
        for (PyObject e : reraised) {
            collectLeaves(e, leaves);
        }
        PyObject reraisedGroup = leaves.isEmpty() ? incref(Types.NONE)
                : split(g, e -> !isGroup(e) && leaves.containsKey(e), false)[0];
        if (raised.isEmpty()) {
            return reraisedGroup;
        }
        if (reraisedGroup != Types.NONE) {
            raised.add(reraisedGroup);
        }
        PyList list = Heap.allocate(new PyList(Types.LIST));
        try {
            for (PyObject o : raised) {
                list.append(o);
            }
            return create("", list);
        } finally {
            decref(list);
            decref(reraisedGroup);
        }
    }

    private static void collectLeaves(PyObject e, Map<PyObject, Boolean> leaves) {
        if (e instanceof PyExceptionGroup g) {
            for (PyObject m : g.excs.items) {
                collectLeaves(m, leaves);
            }
        } else if (e != Types.NONE) {
            leaves.put(e, true);
        }
    }
}
