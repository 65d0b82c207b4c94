package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import java.util.ArrayList;
import java.util.List;

/** types.UnionType: {@code X | Y} of classes (PEP 604), usable with isinstance and issubclass. */
public final class UnionTypes {
    private UnionTypes() {
    }

    public static final PyType UNION_TYPE = Types.builtin("types.UnionType", Types.OBJECT);

    static {
        UNION_TYPE.baseType = false;
        UNION_TYPE.constructor = null;
    }

    /** A union's members, in order, without repeats; None stands for NoneType. */
    public static final class PyUnion extends PyObject {
        public PyTuple args;

        PyUnion(PyTuple args) {
            super(UNION_TYPE);
            this.args = args;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (args != null) {
                visitor.visit(args);
            }
        }

        @Override
        public void clear() {
            PyTuple a = args;
            args = null;
            if (a != null) {
                decref(a);
            }
        }

        @Override
        public long allocationRequest() {
            return 16 + 16;
        }
    }

    private static boolean unionable(PyObject o) {
        return o == Types.NONE || o instanceof PyType || o instanceof PyUnion || o instanceof GenericAliases.PyGenericAlias;
    }

    private static void addMembers(List<PyObject> out, PyObject o) {
        if (o instanceof PyUnion u) {
            for (PyObject m : u.args.items) {
                addMembers(out, m);
            }
            return;
        }
        PyObject m = o == Types.NONE ? Types.NONE_TYPE : o;
        if (!out.contains(m)) {
            out.add(m);
        }
    }

    /** {@code a | b}, or NotImplemented when either side is not a class, None or union. */
    static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return incref(Types.NOT_IMPLEMENTED);
        }
        List<PyObject> members = new ArrayList<>();
        addMembers(members, a);
        addMembers(members, b);
        if (members.size() == 1) {
            return incref(members.get(0));
        }
        PyObject[] items = new PyObject[members.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = incref(members.get(i));
        }
        return Heap.allocate(new PyUnion(Heap.allocate(new PyTuple(Types.TUPLE, items))));
    }

    static void register() {
        for (PyType t : new PyType[] {Types.TYPE, UNION_TYPE}) {
            Methods.slot(t, "__or__", (self, args, kw) -> or(self, args[0]));
            Methods.slot(t, "__ror__", (self, args, kw) -> or(args[0], self));
        }
        Methods.slot(UNION_TYPE, "__repr__", (self, args, kw) -> {
            StringBuilder s = new StringBuilder();
            for (PyObject m : ((PyUnion) self).args.items) {
                if (s.length() > 0) {
                    s.append(" | ");
                }
                s.append(m == Types.NONE_TYPE ? "None" : m instanceof PyType t ? ObjectMethods.className(t)
                        : Ops.reprString(m));
            }
            return Types.newStr(s.toString());
        });
        Methods.getter(UNION_TYPE, "__args__", self -> incref(((PyUnion) self).args));
        UNION_TYPE.qualname = "UnionType";
    }
}
