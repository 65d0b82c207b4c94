package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/**
 * weakref.ref: refers to an object without owning it. The referent's weakref list links
 * every weakref to it; when the referent dies, each is cleared and its callback called.
 */
public final class PyWeakref extends PyObject {
    /** Borrowed: a weak reference does not count. Null once the referent has died. */
    public PyObject referent;
    /** Owned, or null. */
    public PyObject callback;
    /** Next weakref in the referent's list. */
    public PyWeakref next;
    public long hash = -1;

    public PyWeakref(PyType type, PyObject referent, PyObject callback) {
        super(type);
        this.referent = referent;
        this.callback = callback;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (callback != null) {
            visitor.visit(callback);
        }
    }

    @Override
    public void clear() {
        unlink();
        PyObject c = callback;
        callback = null;
        if (c != null) {
            Heap.decref(c);
        }
    }

    /** Removes this weakref from its referent's list. */
    public void unlink() {
        if (referent == null) {
            return;
        }
        PyObject prev = null;
        PyWeakref w = (PyWeakref) referent.weakrefList;
        while (w != null && w != this) {
            prev = w;
            w = w.next;
        }
        if (w == this) {
            if (prev == null) {
                referent.weakrefList = next;
            } else {
                ((PyWeakref) prev).next = next;
            }
        }
        next = null;
        referent = null;
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.WEAKREF_SIZE;
    }
}
