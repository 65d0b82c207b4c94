package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.runtime.Heap;

/**
 * BaseException and its subclasses. The traceback is kept as a Java list of entries
 * until Python code asks for {@code __traceback__}.
 */
public class PyBaseException extends PyInstance {
    /** Owned; the exception's args tuple. */
    public PyTuple args;
    public PyObject cause;
    public PyObject context;
    public boolean suppressContext;
    /** Owned traceback object (a PyTraceback chain) or null. */
    public PyObject traceback;
    /** Owned; extra fields of some exception types (name/obj of AttributeError and NameError...). */
    public PyObject name;
    public PyObject obj;

    public PyBaseException(PyType type, PyTuple args) {
        super(type);
        this.args = args;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public int preHeader() {
        return 16;
    }

    @Override
    public void traverse(Visitor visitor) {
        super.traverse(visitor);
        for (PyObject o : new PyObject[] {args, cause, context, traceback, name, obj}) {
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    @Override
    public void clear() {
        super.clear();
        PyObject[] held = {args, cause, context, traceback, name, obj};
        args = null;
        cause = null;
        context = null;
        traceback = null;
        name = null;
        obj = null;
        for (PyObject o : held) {
            if (o != null) {
                Heap.decref(o);
            }
        }
    }

    @Override
    public long allocationRequest() {
        return 16 + 72 + (type.heapType ? 0 : 0);
    }
}
