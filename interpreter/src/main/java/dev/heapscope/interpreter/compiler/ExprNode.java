package dev.heapscope.interpreter.compiler;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;

/** An expression: evaluates to a new reference that its consumer must release. */
public abstract class ExprNode extends Node {
    public abstract PyObject eval(Frame f);
}
