package dev.heapscope.dap;

import dev.heapscope.interpreter.inspect.ObjectView;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;
import java.util.function.Supplier;

/**
 * What a data breakpoint watches: a binding (a frame's name, a list item, a dict entry, an
 * attribute) that may be rebound, an object whose refcount may change, or an object that
 * may be freed. Bindings and refcounts are compared at each line event, so the program
 * stops at the first line after the one that changed them; a free stops at once, from the
 * dealloc event. Objects are borrowed and compared by identity only. An installed watch
 * may have a condition and a hit condition, which decide, once a change is seen, whether
 * it stops (the change is the new baseline either way).
 */
final class DataWatch extends HitCondition {
    enum Kind { REBOUND, REFCOUNT, FREED }

    final String dataId;
    final Kind kind;
    final String description;
    /** REBOUND: reads what the binding holds now (null when unbound); never runs Python code. */
    private final Supplier<PyObject> binding;
    /** REBOUND of a frame's name: the frame, whose return ends the watch (its slots are cleared then). */
    private final Frame owner;
    /** REFCOUNT and FREED: the object watched. */
    final PyObject object;

    /** Set by setDataBreakpoints. */
    int breakpointId;
    private boolean armed;
    /** FREED: set once the object has been freed and the program stopped for it. */
    boolean spent;
    private PyObject lastValue;
    private long lastRefcount;

    private DataWatch(String dataId, Kind kind, String description, Supplier<PyObject> binding, PyObject object,
            Frame owner, String condition, String hitCondition) {
        super(condition, hitCondition);
        this.owner = owner;
        this.dataId = dataId;
        this.kind = kind;
        this.description = description;
        this.binding = binding;
        this.object = object;
    }

    static DataWatch rebound(String dataId, String what, Supplier<PyObject> binding, Frame owner) {
        return new DataWatch(dataId, Kind.REBOUND, what + " is rebound", binding, null, owner, null, null);
    }

    static DataWatch refcount(String dataId, PyObject o) {
        return new DataWatch(dataId, Kind.REFCOUNT, "the refcount of the " + ObjectView.typeName(o) + " at "
                + ObjectView.hex(o.address) + " changes", null, o, null, null, null);
    }

    static DataWatch freed(String dataId, PyObject o) {
        return new DataWatch(dataId, Kind.FREED, "the " + ObjectView.typeName(o) + " at " + ObjectView.hex(o.address)
                + " is freed", null, o, null, null, null);
    }

    /** A copy for one setDataBreakpoints, with its conditions, not yet armed. */
    DataWatch installed(int id, String condition, String hitCondition) {
        DataWatch w = new DataWatch(dataId, kind, description, binding, object, owner, condition, hitCondition);
        w.breakpointId = id;
        return w;
    }

    /** Records the watched state as it is now; the interpreter thread only. */
    void arm() {
        if (kind == Kind.REBOUND) {
            lastValue = binding.get();
        } else if (kind == Kind.REFCOUNT) {
            lastRefcount = object.refcnt;
        }
        armed = true;
    }

    /**
     * What changed since the last check, in words, or null; the state seen becomes the new
     * baseline. Freed objects are reported by the dealloc event instead.
     */
    String change() {
        if (!armed) {
            arm();
            return null;
        }
        switch (kind) {
            case REBOUND -> {
                if (owner != null && owner.finished) {
                    return null;
                }
                PyObject now = binding.get();
                if (now == lastValue) {
                    return null;
                }
                String was = lastValue == null ? "unbound" : ObjectView.repr(lastValue, 60);
                lastValue = now;
                return description.replace(" is rebound", "") + " was rebound: " + was + " → "
                        + (now == null ? "unbound" : ObjectView.repr(now, 60));
            }
            case REFCOUNT -> {
                if (object.refcnt == lastRefcount || object.refcnt <= 0) {
                    return null;
                }
                String text = "the refcount of the " + ObjectView.typeName(object) + " at "
                        + ObjectView.hex(object.address) + " went from " + lastRefcount + " to " + object.refcnt;
                lastRefcount = object.refcnt;
                return text;
            }
            default -> {
                return null;
            }
        }
    }
}
