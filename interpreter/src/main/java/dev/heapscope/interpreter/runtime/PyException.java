package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyBaseException;

/**
 * A Python exception travelling through Java frames. It owns one reference to the
 * exception object. No Java stack trace is filled in: raising is a Python-level event
 * and must cost no more than CPython's.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;
    /** The Java frame depth marker: the Frame whose traceback entry was added last. */
    public Frame tracedFrame;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type.name;
    }
}
