package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.compiler.Node;
import dev.heapscope.interpreter.objects.PyObject;

/** traceback objects: one entry per frame an exception passed through, outermost first. */
public final class Traceback {
    private Traceback() {
    }

    /** traceback: tb_next, tb_frame, tb_lineno, and the source range of the failing instruction. */
    public static final class PyTraceback extends PyObject {
        public PyTraceback next;
        public PyFrameObject frame;
        public final int lineno;
        public final Node position;

        PyTraceback(PyTraceback next, PyFrameObject frame, int lineno, Node position) {
            super(Types.TRACEBACK);
            this.next = next;
            this.frame = frame;
            this.lineno = lineno;
            this.position = position;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (next != null) {
                visitor.visit(next);
            }
            if (frame != null) {
                visitor.visit(frame);
            }
        }

        @Override
        public void clear() {
            PyObject n = next;
            PyObject fr = frame;
            next = null;
            frame = null;
            if (n != null) {
                Heap.decref(n);
            }
            if (fr != null) {
                Heap.decref(fr);
            }
        }

        @Override
        public long allocationRequest() {
            return 16 + 48;
        }
    }

    /** The attributes of traceback objects and the frame attributes tracebacks are read with. */
    static void register() {
        Methods.getter(Types.TRACEBACK, "tb_next", self -> Heap.incref(orNone(((PyTraceback) self).next)));
        Methods.getter(Types.TRACEBACK, "tb_frame", self -> Heap.incref(orNone(((PyTraceback) self).frame)));
        Methods.getter(Types.TRACEBACK, "tb_lineno", self -> Types.newInt(((PyTraceback) self).lineno));
        Methods.getter(Types.FRAME, "f_code", self -> Heap.incref(((PyFrameObject) self).frame.code));
        Methods.getter(Types.FRAME, "f_lineno", self -> Types.newInt(((PyFrameObject) self).frame.lineno));
        Methods.getter(Types.FRAME, "f_globals", self -> Heap.incref(((PyFrameObject) self).frame.globals));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Types.NONE : o;
    }

    /**
     * PyTraceBack_Here: records that {@code e} passed through {@code f}, at the node that
     * raised it, unless this frame has already been recorded for this raise.
     */
    public static void here(PyException e, Frame f) {
        if (e.tracedFrame == f) {
            return;
        }
        e.tracedFrame = f;
        Node at = f.position;
        int lineno = at != null ? at.lineno : f.lineno;
        PyObject old = e.value.traceback;
        PyTraceback tb = Heap.allocate(new PyTraceback(old instanceof PyTraceback t ? t : null, f.asObject(), lineno, at));
        if (old != null && !(old instanceof PyTraceback)) {
            Heap.decref(old);
        }
        e.value.traceback = tb;
        Tracing.Listener l = Tracing.listener;
        if (l != null) {
            l.exception(f, e.value);
        }
    }
}
