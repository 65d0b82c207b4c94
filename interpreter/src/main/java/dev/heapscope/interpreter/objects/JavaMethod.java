package dev.heapscope.interpreter.objects;

/**
 * The body of a method or function written in Java. {@code args} holds positional
 * arguments followed by the values of the keyword arguments named in {@code kwnames}
 * (null when there are none), as CPython's vectorcall passes them. Arguments are
 * borrowed; the result is a new reference.
 */
@FunctionalInterface
public interface JavaMethod {
    PyObject call(PyObject self, PyObject[] args, String[] kwnames);
}
