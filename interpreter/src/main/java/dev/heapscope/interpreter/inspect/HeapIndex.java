package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.modules.Sys;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Collector;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.PyFrameObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who holds each object, computed for one pause: every object reachable from the
 * frames on the stack, sys.modules and the collector's generation lists, walked with
 * each object's own traverse (tp_traverse), with its referrers recorded. Building the
 * index reads fields only; it allocates no Python object and changes no count.
 *
 * <p>Each reference to an object is described once ("the name `a` in `<module>`",
 * "slot 2 of a list", "attribute `next` of a Node"), so the descriptions of an object
 * account for its reference count except for references held by no frame or object the
 * walk reaches: temporaries of the expression being evaluated, and the runtime's own.
 */
public final class HeapIndex {
    /** One reference to an object: what holds it, in words, and the holding object (null for a frame's slot). */
    public record Holder(String description, PyObject holder) {
    }

    private final List<Frame> stack;
    private final Map<PyObject, Set<PyObject>> referrers = new IdentityHashMap<>();
    /** Objects whose __dict__ a dict is: instances, modules, classes and functions. */
    private final Map<PyObject, PyObject> dictOwner = new IdentityHashMap<>();
    /** Frames (without a frame object) whose fast slots or namespace hold each object. */
    private final Map<PyObject, List<Frame>> frameHolders = new IdentityHashMap<>();

    /** Indexes the heap as seen from the frames {@code stack}, innermost first. */
    public HeapIndex(List<Frame> stack) {
        this.stack = stack;
        ArrayDeque<PyObject> work = new ArrayDeque<>();
        Set<PyObject> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Frame f : stack) {
            if (f.frameObject == null) {
                for (PyObject o : f.fast) {
                    if (o != null) {
                        addFrameHolder(o, f);
                        push(o, work, seen);
                    }
                }
                if (f.locals != null) {
                    addFrameHolder(f.locals, f);
                }
            } else {
                push(f.frameObject, work, seen);
            }
            push(f.locals, work, seen);
            push(f.globals, work, seen);
            push(f.builtins, work, seen);
        }
        push(Sys.modules(), work, seen);
        Collector collector = Heap.collector();
        for (int g = 0; g <= Collector.PERMANENT; g++) {
            PyObject head = collector.head(g);
            for (PyObject o = head.gcNext; o != null && o != head; o = o.gcNext) {
                push(o, work, seen);
            }
        }
        for (PyObject o : collector.pendingGarbage()) {
            push(o, work, seen);
        }
        while (!work.isEmpty()) {
            PyObject parent = work.pop();
            PyObject owned = ownDict(parent);
            if (owned != null) {
                dictOwner.put(owned, parent);
            }
            parent.traverse(child -> {
                if (child != null) {
                    referrers.computeIfAbsent(child, k -> new LinkedHashSet<>()).add(parent);
                    push(child, work, seen);
                }
            });
        }
    }

    private void addFrameHolder(PyObject o, Frame f) {
        List<Frame> frames = frameHolders.computeIfAbsent(o, k -> new ArrayList<>());
        if (!frames.contains(f)) {
            frames.add(f);
        }
    }

    private static void push(PyObject o, ArrayDeque<PyObject> work, Set<PyObject> seen) {
        if (o != null && seen.add(o)) {
            work.push(o);
        }
    }

    private static PyObject ownDict(PyObject o) {
        if (o instanceof PyInstance i) {
            return i.dict == null || i.dict.inlineValues ? null : i.dict;
        }
        if (o instanceof PyModule m) {
            return m.dict;
        }
        if (o instanceof PyType t) {
            return t.dict;
        }
        if (o instanceof PyFunction f) {
            return f.dict;
        }
        return null;
    }

    /** The objects that hold a reference to {@code o} (gc.get_referrers, over everything reachable). */
    public List<PyObject> referrers(PyObject o) {
        Set<PyObject> r = referrers.get(o);
        return r == null ? List.of() : new ArrayList<>(r);
    }

    /** The objects {@code o} holds references to (gc.get_referents), in traversal order. */
    public static List<PyObject> referents(PyObject o) {
        List<PyObject> out = new ArrayList<>();
        o.traverse(child -> {
            if (child != null) {
                out.add(child);
            }
        });
        return out;
    }

    /** One entry per reference to {@code o} found: frames' names first, then containers and attributes. */
    public List<Holder> holders(PyObject o) {
        List<Holder> out = new ArrayList<>();
        for (Frame f : frameHolders.getOrDefault(o, List.of())) {
            describeFrameSlots(out, f, f.fast, o, null);
            if (f.locals == o) {
                out.add(new Holder("the namespace of frame `" + FrameView.name(f) + "`", null));
            }
        }
        for (PyObject parent : referrers(o)) {
            describe(out, parent, o);
        }
        return out;
    }

    private void describeFrameSlots(List<Holder> out, Frame f, PyObject[] fast, PyObject o, PyObject holder) {
        for (int i = 0; i < fast.length; i++) {
            if (fast[i] == o) {
                String kind = f.code.isCellSlot(i) ? " (its cell)" : "";
                out.add(new Holder("the name `" + f.code.slotNames[i] + "` in `" + FrameView.name(f) + "`" + kind,
                        holder));
            }
        }
    }

    private void describe(List<Holder> out, PyObject parent, PyObject o) {
        int before = out.size();
        if (parent instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == o) {
                    out.add(new Holder("slot " + i + " of a list", parent));
                }
            }
        } else if (parent instanceof PyTuple t) {
            for (int i = 0; i < t.items.length; i++) {
                if (t.items[i] == o) {
                    out.add(new Holder("item " + i + " of a tuple", parent));
                }
            }
        } else if (parent instanceof PyDict d) {
            describeDictEntries(out, d, o);
        } else if (parent instanceof PyCell c && c.contents == o) {
            out.add(new Holder(cellDescription(c), parent));
        } else if (parent instanceof PyFrameObject fo) {
            describeFrameSlots(out, fo.frame, fo.frame.fast, o, parent);
            if (fo.frame.locals == o) {
                out.add(new Holder("the namespace of frame `" + FrameView.name(fo.frame) + "`", parent));
            }
        } else if (parent instanceof PyInstance inst) {
            if (inst.dict != null && inst.dict.inlineValues) {
                // 3.11's inline values: the attributes are the instance's own references.
                for (int i = 0; i < inst.dict.entryLimit(); i++) {
                    PyObject k = inst.dict.keyAt(i);
                    if (k != null && inst.dict.valueAt(i) == o) {
                        String name = k instanceof PyStr s ? s.value : ObjectView.repr(k, 40);
                        out.add(new Holder("attribute `" + name + "` of a " + inst.type.name, parent));
                    }
                    if (k == o) {
                        out.add(new Holder("an attribute name of a " + inst.type.name, parent));
                    }
                }
            } else if (inst.dict == o) {
                out.add(new Holder("the __dict__ of a " + inst.type.name, parent));
            }
            List<String> names = ObjectView.slotNames(inst.type);
            for (int i = 0; i < inst.slots.length; i++) {
                if (inst.slots[i] == o) {
                    String name = i < names.size() ? names.get(i) : "slot " + i;
                    out.add(new Holder("attribute `" + name + "` of a " + inst.type.name + " (slot)", parent));
                }
            }
            if (inst.type == o && inst.type.heapType) {
                out.add(new Holder("the type of a " + inst.type.name, parent));
            }
        } else if (parent instanceof PyFunction fn) {
            describeFunction(out, fn, o);
        }
        if (out.size() == before) {
            int[] n = new int[1];
            parent.traverse(child -> {
                if (child == o) {
                    n[0]++;
                }
            });
            for (int i = 0; i < n[0]; i++) {
                out.add(new Holder("held by a " + ObjectView.typeName(parent) + " object", parent));
            }
        }
    }

    private void describeDictEntries(List<Holder> out, PyDict d, PyObject o) {
        PyObject owner = dictOwner.get(d);
        Frame moduleFrame = null;
        for (Frame f : stack) {
            if (f.locals == d && FrameView.isModuleFrame(f)) {
                moduleFrame = f;
                break;
            }
        }
        for (int i = 0; i < d.entryLimit(); i++) {
            PyObject k = d.keyAt(i);
            if (k == null) {
                continue;
            }
            String key = k instanceof PyStr s ? s.value : ObjectView.repr(k, 40);
            if (k == o) {
                out.add(new Holder("a key of " + dictName(d, owner, moduleFrame), d));
            }
            if (d.valueAt(i) == o) {
                if (moduleFrame != null) {
                    out.add(new Holder("the name `" + key + "` in `" + FrameView.name(moduleFrame) + "`", d));
                } else if (owner instanceof PyModule m) {
                    out.add(new Holder("the global `" + key + "` of module " + m.name, d));
                } else if (owner instanceof PyType t) {
                    out.add(new Holder("attribute `" + key + "` of class " + t.name, d));
                } else if (owner != null && k instanceof PyStr) {
                    out.add(new Holder("attribute `" + key + "` of a " + owner.type.name, d));
                } else {
                    out.add(new Holder("the value for key " + ObjectView.repr(k, 40) + " of a dict", d));
                }
            }
        }
    }

    private static String dictName(PyDict d, PyObject owner, Frame moduleFrame) {
        if (moduleFrame != null) {
            return "the namespace of `" + FrameView.name(moduleFrame) + "`";
        }
        if (owner instanceof PyModule m) {
            return "the namespace of module " + m.name;
        }
        if (owner != null) {
            return "the __dict__ of a " + owner.type.name;
        }
        return "a dict";
    }

    private String cellDescription(PyCell c) {
        for (Frame f : stack) {
            for (int i = 0; i < f.fast.length; i++) {
                if (f.fast[i] == c) {
                    return "the cell of `" + f.code.slotNames[i] + "` in `" + FrameView.name(f) + "`";
                }
            }
        }
        return "a cell";
    }

    private static void describeFunction(List<Holder> out, PyFunction fn, PyObject o) {
        String of = " of function " + fn.qualname;
        if (fn.code == o) {
            out.add(new Holder("the __code__" + of, fn));
        }
        if (fn.globals == o) {
            out.add(new Holder("the __globals__" + of, fn));
        }
        if (fn.dict == o) {
            out.add(new Holder("the __dict__" + of, fn));
        }
        if (fn.defaults != null) {
            for (int i = 0; i < fn.defaults.length; i++) {
                if (fn.defaults[i] == o) {
                    out.add(new Holder("default " + i + of, fn));
                }
            }
        }
        if (fn.closure != null) {
            for (int i = 0; i < fn.closure.length; i++) {
                if (fn.closure[i] == o) {
                    out.add(new Holder("closure cell " + i + of, fn));
                }
            }
        }
    }
}
