package dev.heapscope.dap;

import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.inspect.ObjectView;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.interpreter.inspect.Evaluation;
import dev.heapscope.interpreter.inspect.FrameView;
import org.eclipse.lsp4j.debug.SetExpressionArguments;
import org.eclipse.lsp4j.debug.SetExpressionResponse;
import org.eclipse.lsp4j.debug.SetVariableArguments;
import org.eclipse.lsp4j.debug.SetVariableResponse;
import org.eclipse.lsp4j.debug.Variable;

/**
 * Rebinding what the user edits in the Variables view or the Watch view: a frame's name
 * (fast slot, cell, namespace dict), a list item, a dict entry, an attribute. Every
 * store goes through the same operation the program's own code would use (a slot store,
 * {@code __setitem__}, {@code __setattr__}), so the old object loses exactly the reference
 * the binding held and the new one gains exactly one. Runs on the paused interpreter thread.
 */
final class Assignments {
    private Assignments() {
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    /** Rebinds one place to {@code value}, borrowed; Python errors propagate as PyException. */
    interface Target {
        void assign(PyObject value);
    }

    /**
     * Where {@code name} lives when code of {@code f} stores to it: a fast slot, a cell, the
     * class body's namespace, or the globals (for a function, a name it never binds is global).
     */
    static Target name(Frame f, String name) {
        PyCode c = f.code;
        if (c.kind == PyCode.Kind.CLASS && f.locals instanceof PyDict d) {
            return entry(d, name);
        }
        if (c.kind != PyCode.Kind.MODULE) {
            for (int i = 0; i < c.freeStart + c.nfree && i < f.fast.length && i < c.slotNames.length; i++) {
                if (c.slotNames[i].equals(name)) {
                    return slot(f, i);
                }
            }
        }
        return entry(f.globals, name);
    }

    /** A function frame's slot {@code i}: its cell's contents for a cell or free variable. */
    static Target slot(Frame f, int i) {
        if (f.code.isCellSlot(i) || i >= f.code.freeStart) {
            return value -> {
                if (!(f.fast[i] instanceof PyCell cell)) {
                    throw Errors.request("the cell of `" + f.code.slotNames[i] + "` does not exist yet");
                }
                setCell(cell, value);
            };
        }
        return value -> {
            PyObject old = f.fast[i];
            f.fast[i] = Heap.incref(value);
            if (old != null) {
                Heap.decref(old);
            }
        };
    }

    static void setCell(PyCell cell, PyObject value) {
        PyObject old = cell.contents;
        cell.contents = Heap.incref(value);
        if (old != null) {
            Heap.decref(old);
        }
    }

    /** {@code namespace[name] = value} with the name interned, as a store to a global does. */
    static Target entry(PyDict namespace, String name) {
        return value -> {
            PyStr key = Types.intern(name);
            try {
                Ops.setitem(namespace, key, value);
            } finally {
                Heap.decref(key);
            }
        };
    }

    /**
     * The child of {@code parent} the Variables view labels {@code name}: a list or tuple
     * item ("0"), a dict entry (the key's repr), a cell's contents, an attribute or slot.
     */
    static Target child(PyObject parent, String name) {
        if (parent instanceof PySet) {
            throw Errors.request("a set's members have no place to assign to; remove the member and add another");
        }
        if (parent instanceof PyCell cell && name.equals("cell_contents")) {
            return value -> setCell(cell, value);
        }
        if (ObjectView.indexedCount(parent) > 0 && name.matches("\\d+")) {
            int index = Integer.parseInt(name);
            return value -> {
                PyObject key = Types.newInt(index);
                try {
                    Ops.setitem(parent, key, value);
                } finally {
                    Heap.decref(key);
                }
            };
        }
        if (parent instanceof PyDict d) {
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null && ObjectView.repr(k, 80).equals(name)) {
                    return value -> Ops.setitem(d, k, value);
                }
            }
            throw Errors.request("the dict has no entry " + name + " any more");
        }
        if (parent instanceof PyList) {
            throw Errors.request("a list's items are numbered; " + name + " is not one of them");
        }
        if (name.startsWith("__defaults__[") || name.startsWith("__closure__[")) {
            throw Errors.request("'tuple' object does not support item assignment");
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            throw Errors.request(name + " is not an attribute that can be assigned");
        }
        return value -> {
            PyStr attribute = Types.intern(name);
            try {
                Ops.setattr(parent, attribute, value);
            } finally {
                Heap.decref(attribute);
            }
        };
    }

    // ---- the requests ----

    /** setVariable: the child {@code name} of a scope or object node gets the value of an expression. */
    static SetVariableResponse setVariable(DebugSession s, SetVariableArguments args) {
        VariableTree tree = s.variables();
        VariableTree.Node node = tree.node(args.getVariablesReference());
        if (node == null) {
            throw Errors.request("variablesReference " + args.getVariablesReference() + " does not belong to this pause");
        }
        String name = args.getName();
        node.target(name);
        Frame f = node.frame() != null ? node.frame() : DebugServer.entry(s, null).frame();
        PyObject value = s.evaluateValue(args.getValue(), f);
        String shownBefore = tree.valueText(value);
        try {
            node.target(name).assign(value);
        } catch (PyException e) {
            throw Errors.error(Errors.EVALUATION_FAILED, Evaluation.describe(e));
        } finally {
            Heap.decref(value);
        }
        PyObject now = null;
        String evaluateName = null;
        if (node instanceof VariableTree.BindingsNode b) {
            now = b.current(name);
            evaluateName = name;
        } else if (node instanceof VariableTree.ObjectNode o) {
            now = o.current(name);
            evaluateName = o.childEvaluateName(name);
        }
        SetVariableResponse r = new SetVariableResponse();
        if (now == null) {
            // The store kept nothing under that name (a __setattr__ of the program's may do that).
            r.setValue(shownBefore);
            return r;
        }
        Variable v = tree.variable(name, now, evaluateName, node.frame());
        r.setValue(v.getValue());
        r.setType(v.getType());
        r.setVariablesReference(v.getVariablesReference());
        r.setNamedVariables(v.getNamedVariables());
        r.setIndexedVariables(v.getIndexedVariables());
        r.setMemoryReference(v.getMemoryReference());
        return r;
    }

    /**
     * setExpression: runs {@code expression = value} in the frame, as the frame's own code
     * would (a bare name is a local, cell or free variable of the frame if its code has
     * one by that name, else a global), and answers with the expression's new value.
     */
    static SetExpressionResponse setExpression(DebugSession s, SetExpressionArguments args) {
        DebugSession.StackEntry e = DebugServer.entry(s, args.getFrameId());
        if (e.frame() == null) {
            throw Errors.error(Errors.EVALUATION_FAILED, "a GC event frame has no namespace to assign in");
        }
        Frame f = e.frame();
        String target = args.getExpression().strip();
        String source = args.getValue().strip();
        if (target.contains("\n") || source.contains("\n")) {
            throw Errors.error(Errors.EVALUATION_FAILED, "setExpression takes an expression and a value of one line each");
        }
        s.checkExpression(source);
        s.checkExpression(target);
        String statement = "(" + target + ") = (" + source + ")";
        s.checkStatement(statement);
        if (IDENTIFIER.matcher(target).matches()) {
            PyObject value = s.evaluateValue(source, f);
            try {
                name(f, target).assign(value);
            } catch (PyException error) {
                throw Errors.error(Errors.EVALUATION_FAILED, Evaluation.describe(error));
            } finally {
                Heap.decref(value);
            }
        } else {
            s.runStatement(statement, f);
        }
        VariableTree tree = s.variables();
        PyObject now = IDENTIFIER.matcher(target).matches() ? FrameView.resolve(f, target) : null;
        if (now == null) {
            now = s.evaluateValue(target, f);
            if (now.refcnt > 1) {
                // Bound elsewhere too: showing it needs no reference of the debugger's, so none is counted.
                Heap.decref(now);
            } else {
                s.hold(now);
            }
        }
        Variable v = tree.variable(target, now, target, f);
        SetExpressionResponse r = new SetExpressionResponse();
        r.setValue(v.getValue());
        r.setType(v.getType());
        r.setVariablesReference(v.getVariablesReference());
        r.setNamedVariables(v.getNamedVariables());
        r.setIndexedVariables(v.getIndexedVariables());
        r.setMemoryReference(v.getMemoryReference());
        return r;
    }
}
