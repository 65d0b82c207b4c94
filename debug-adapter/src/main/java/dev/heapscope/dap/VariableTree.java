package dev.heapscope.dap;

import dev.heapscope.interpreter.inspect.FrameView;
import dev.heapscope.interpreter.inspect.GcView;
import dev.heapscope.interpreter.inspect.HeapIndex;
import dev.heapscope.interpreter.inspect.MemoryInfo;
import dev.heapscope.interpreter.inspect.ObjectView;
import dev.heapscope.interpreter.memory.BlockPlacement;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablePresentationHint;
import org.eclipse.lsp4j.debug.VariablesArgumentsFilter;

/**
 * The variablesReference handles of one pause: each names a node whose children the
 * client may ask for (a scope, an object, an object's memory node, its holders). Handles
 * and the borrowed objects behind them are valid only while the program stays paused;
 * {@link #reset} forgets them when it resumes. Used on the interpreter thread only.
 */
final class VariableTree {
    /** How values carry the memory model: in the value text, only in the memory node, or not at all. */
    enum MemoryMode {
        INLINE, EXPAND, OFF;

        static MemoryMode parse(Object value) {
            if (value == null) {
                return INLINE;
            }
            return switch (value.toString()) {
                case "inline" -> INLINE;
                case "expand" -> EXPAND;
                case "off" -> OFF;
                default -> throw new IllegalArgumentException(
                        "memoryInfo must be \"inline\", \"expand\" or \"off\", not \"" + value + "\"");
            };
        }
    }

    /** A node with children. */
    interface Node {
        List<Variable> children(VariablesArgumentsFilter filter, int start, int count);

        /** The frame whose names a new value for a child is evaluated with; null: the innermost frame. */
        default Frame frame() {
            return null;
        }

        /** Where the child labelled {@code name} is bound, for setVariable; an error response when it cannot be set. */
        default Assignments.Target target(String name) {
            throw Errors.request("the values shown here are figures, not bindings that can be set");
        }
    }

    /** The scopes of a frame whose names can be listed and rebound. */
    enum ScopeKind { LOCALS, ENCLOSING, GLOBALS, BUILTINS }

    private static final int REPR_LIMIT = 300;

    private final MemoryMode mode;
    private final List<Node> nodes = new ArrayList<>();
    private final Supplier<List<Frame>> stack;
    private HeapIndex index;
    /** The garbage the collection this pause is inside found (borrowed), shown flagged as unreachable. */
    private final java.util.Set<PyObject> garbage = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    VariableTree(MemoryMode mode, Supplier<List<Frame>> stack, List<PyObject> garbage) {
        this.mode = mode;
        this.stack = stack;
        this.garbage.addAll(garbage);
    }

    void reset() {
        nodes.clear();
        shown.clear();
        index = null;
    }

    /** The objects this pause has shown, by id (their memoryReference), for readMemory. */
    private final java.util.Map<Long, PyObject> shown = new java.util.HashMap<>();

    /** The object shown in this pause whose memoryReference is {@code address}, or null. */
    PyObject shownAt(long address) {
        return shown.get(address);
    }

    int register(Node node) {
        nodes.add(node);
        return nodes.size();
    }

    Node node(int reference) {
        return reference >= 1 && reference <= nodes.size() ? nodes.get(reference - 1) : null;
    }

    /** The heap index of this pause, built on first use. */
    HeapIndex index() {
        if (index == null) {
            index = new HeapIndex(stack.get());
        }
        return index;
    }

    MemoryMode mode() {
        return mode;
    }

    // ---- values ----

    /** The text shown for a value: its repr and, inline, its id, refcount and generation. */
    String valueText(PyObject o) {
        String repr = ObjectView.repr(o, REPR_LIMIT);
        if (mode != MemoryMode.INLINE) {
            return repr;
        }
        MemoryInfo m = MemoryInfo.of(o);
        return repr + "  · id " + ObjectView.hex(m.id()) + " · refs " + m.refcountLabel() + " · "
                + m.generationLabel() + (garbage.contains(o) ? " · unreachable" : "");
    }

    /** A variable for {@code o}, expandable when it has children or a memory node. */
    Variable variable(String name, PyObject o, String evaluateName) {
        return variable(name, o, evaluateName, null);
    }

    /** A variable for {@code o}, whose children take new values evaluated in {@code frame} (null: the innermost). */
    Variable variable(String name, PyObject o, String evaluateName, Frame frame) {
        Variable v = new Variable();
        v.setName(name);
        v.setValue(valueText(o));
        v.setType(ObjectView.typeName(o));
        v.setEvaluateName(evaluateName);
        v.setMemoryReference(ObjectView.hex(o.address));
        shown.put(o.address, o);
        boolean children = ObjectView.hasChildren(o);
        if (children || mode != MemoryMode.OFF) {
            v.setVariablesReference(register(new ObjectNode(o, evaluateName, frame)));
            int indexed = ObjectView.indexedCount(o);
            if (indexed > 0) {
                v.setIndexedVariables(indexed);
                v.setNamedVariables(ObjectView.named(o).size() + (mode != MemoryMode.OFF ? 1 : 0));
            }
        }
        return v;
    }

    private static Variable text(String name, String value) {
        Variable v = new Variable();
        v.setName(name);
        v.setValue(value);
        v.setVariablesReference(0);
        return v;
    }

    private static List<Variable> page(List<Variable> all, int start, int count) {
        if (start <= 0 && count <= 0) {
            return all;
        }
        int from = Math.min(Math.max(0, start), all.size());
        int to = count <= 0 ? all.size() : Math.min(all.size(), from + count);
        return all.subList(from, to);
    }

    // ---- nodes ----

    /** The names of a scope, read afresh at each request so that a rebinding shows. */
    final class BindingsNode implements Node {
        private final Frame frame;
        private final ScopeKind kind;

        BindingsNode(Frame frame, ScopeKind kind) {
            this.frame = frame;
            this.kind = kind;
        }

        List<FrameView.Binding> bindings() {
            return switch (kind) {
                case LOCALS -> FrameView.locals(frame);
                case ENCLOSING -> FrameView.enclosing(frame);
                case GLOBALS -> FrameView.namespace(frame.globals);
                case BUILTINS -> FrameView.namespace(frame.builtins);
            };
        }

        @Override
        public List<Variable> children(VariablesArgumentsFilter filter, int start, int count) {
            List<Variable> out = new ArrayList<>();
            for (FrameView.Binding b : bindings()) {
                out.add(variable(b.name(), b.value(), b.name(), frame));
            }
            return page(out, start, count);
        }

        @Override
        public Frame frame() {
            return frame;
        }

        @Override
        public Assignments.Target target(String name) {
            boolean bound = bindings().stream().anyMatch(b -> b.name().equals(name));
            if (!bound) {
                throw Errors.request("there is no name `" + name + "` in this scope");
            }
            return switch (kind) {
                case LOCALS, ENCLOSING -> Assignments.name(frame, name);
                case GLOBALS -> Assignments.entry(frame.globals, name);
                case BUILTINS -> Assignments.entry(frame.builtins, name);
            };
        }

        /** Whether the names are a namespace dict's (globals, builtins), which outlives the frame. */
        boolean isNamespace() {
            return kind == ScopeKind.GLOBALS || kind == ScopeKind.BUILTINS;
        }

        /** The object {@code name} is bound to now, or null. */
        PyObject current(String name) {
            for (FrameView.Binding b : bindings()) {
                if (b.name().equals(name)) {
                    return b.value();
                }
            }
            return null;
        }
    }

    /** An object's memory node, then its named children (entries, attributes), then its items. */
    final class ObjectNode implements Node {
        private final PyObject object;
        private final String evaluateName;
        private final Frame frame;

        ObjectNode(PyObject object, String evaluateName, Frame frame) {
            this.object = object;
            this.evaluateName = evaluateName;
            this.frame = frame;
        }

        PyObject object() {
            return object;
        }

        @Override
        public Frame frame() {
            return frame;
        }

        @Override
        public Assignments.Target target(String name) {
            if (name.equals("memory") && mode != MemoryMode.OFF) {
                throw Errors.request("the memory node shows figures of the object; it is not a value that can be set");
            }
            return Assignments.child(object, name);
        }

        /** The object the child labelled {@code name} is now, or null. */
        PyObject current(String name) {
            for (ObjectView.Child c : ObjectView.named(object)) {
                if (c.name().equals(name)) {
                    return c.value();
                }
            }
            if (name.matches("\\d+") && name.length() < 10) {
                List<ObjectView.Child> item = ObjectView.indexed(object, Integer.parseInt(name), 1);
                return item.isEmpty() ? null : item.get(0).value();
            }
            return null;
        }

        String childEvaluateName(String name) {
            for (ObjectView.Child c : ObjectView.named(object)) {
                if (c.name().equals(name)) {
                    return childExpression(c);
                }
            }
            return evaluateName == null || !name.matches("\\d+") ? null : "(" + evaluateName + ")[" + name + "]";
        }

        @Override
        public List<Variable> children(VariablesArgumentsFilter filter, int start, int count) {
            List<Variable> out = new ArrayList<>();
            if (filter != VariablesArgumentsFilter.INDEXED) {
                List<Variable> named = new ArrayList<>();
                if (mode != MemoryMode.OFF) {
                    Variable memory = text("memory", memorySummary(object));
                    memory.setVariablesReference(register(new MemoryNode(object)));
                    VariablePresentationHint hint = new VariablePresentationHint();
                    hint.setKind("virtual");
                    memory.setPresentationHint(hint);
                    named.add(memory);
                }
                for (ObjectView.Child c : ObjectView.named(object)) {
                    named.add(variable(c.name(), c.value(), childExpression(c), frame));
                }
                if (filter == VariablesArgumentsFilter.NAMED) {
                    return page(named, start, count);
                }
                out.addAll(named);
            }
            int n = ObjectView.indexedCount(object);
            int from = filter == VariablesArgumentsFilter.INDEXED ? Math.max(0, start) : 0;
            int size = filter == VariablesArgumentsFilter.INDEXED && count > 0 ? count : n;
            for (ObjectView.Child c : ObjectView.indexed(object, from, size)) {
                out.add(variable(c.name(), c.value(), childExpression(c), frame));
            }
            return filter == VariablesArgumentsFilter.INDEXED ? out : page(out, start, count);
        }

        private String childExpression(ObjectView.Child c) {
            return evaluateName == null || c.accessor() == null ? null : "(" + evaluateName + ")" + c.accessor();
        }
    }

    private String memorySummary(PyObject o) {
        MemoryInfo m = MemoryInfo.of(o);
        return "id " + ObjectView.hex(m.id()) + " · " + m.typeName() + " · refs " + m.refcountLabel() + " · "
                + m.generationLabel();
    }

    /** id, type, refcount with holders, referents, tracking, size and allocator placement. */
    final class MemoryNode implements Node {
        private final PyObject object;

        MemoryNode(PyObject object) {
            this.object = object;
        }

        PyObject object() {
            return object;
        }

        @Override
        public List<Variable> children(VariablesArgumentsFilter filter, int start, int count) {
            MemoryInfo m = MemoryInfo.of(object);
            List<Variable> out = new ArrayList<>();
            out.add(text("id", ObjectView.hex(m.id())));
            out.add(text("type", object.type == null ? "?" : ObjectView.qualifiedTypeName(object.type)));
            Variable refs = text("refcount", m.immortal()
                    ? "static (allocated by the runtime, never freed)"
                    : m.refcount() + " (sys.getrefcount would say " + (m.refcount() + 1) + ")");
            if (!m.immortal()) {
                refs.setVariablesReference(register(new HoldersNode(object)));
            }
            out.add(refs);
            List<PyObject> referents = HeapIndex.referents(object);
            Variable referentsVar = text("referents", referents.size() + " objects");
            if (!referents.isEmpty()) {
                referentsVar.setVariablesReference(register(new ObjectListNode(referents)));
            }
            out.add(referentsVar);
            out.add(text("tracked", m.tracked() ? "True" : "False"));
            if (garbage.contains(object)) {
                out.add(text("unreachable", "True (found by the collection in progress; not yet finalized or cleared)"));
            }
            out.add(text("generation", m.generationLabel()));
            out.add(text("sys.getsizeof", m.size() < 0 ? "(defined by __sizeof__)" : m.size() + " bytes"));
            BlockPlacement p = m.placement();
            if (p != null) {
                out.add(text("allocator", placementText(p)));
            }
            return page(out, start, count);
        }
    }

    static String placementText(BlockPlacement p) {
        return switch (p.domain()) {
            case PYMALLOC -> "pymalloc arena " + p.arenaIndex() + " (" + ObjectView.hex(p.arenaBase()) + "), pool "
                    + ObjectView.hex(p.poolBase()) + ", size class " + p.sizeClass() + " (" + p.blockSize()
                    + "-byte blocks), block " + p.blockIndex();
            case SYSTEM_HEAP -> "malloc heap chunk, " + p.blockSize() + " usable bytes";
            case SYSTEM_MMAP -> "malloc mmap chunk, " + p.blockSize() + " usable bytes";
            case UNKNOWN -> "not a block of either allocator";
        };
    }

    /** One line per reference to an object, each holder expandable; the rest are temporaries. */
    final class HoldersNode implements Node {
        private final PyObject object;

        HoldersNode(PyObject object) {
            this.object = object;
        }

        @Override
        public List<Variable> children(VariablesArgumentsFilter filter, int start, int count) {
            List<Variable> out = new ArrayList<>();
            List<HeapIndex.Holder> holders = index().holders(object);
            int i = 0;
            for (HeapIndex.Holder h : holders) {
                Variable v;
                if (h.holder() != null) {
                    v = variable("[" + i + "]", h.holder(), null);
                    v.setValue(h.description() + "  — " + v.getValue());
                } else {
                    v = text("[" + i + "]", h.description());
                }
                out.add(v);
                i++;
            }
            long others = object.refcnt - holders.size();
            if (others > 0) {
                out.add(text("[" + i + "]", others == 1 ? "1 reference from a temporary or the runtime"
                        : others + " references from temporaries or the runtime"));
            }
            return page(out, start, count);
        }
    }

    /** A list of objects (referents), each expandable. */
    final class ObjectListNode implements Node {
        private final List<PyObject> objects;

        ObjectListNode(List<PyObject> objects) {
            this.objects = objects;
        }

        @Override
        public List<Variable> children(VariablesArgumentsFilter filter, int start, int count) {
            List<Variable> out = new ArrayList<>();
            for (int i = 0; i < objects.size(); i++) {
                out.add(variable("[" + i + "]", objects.get(i), null));
            }
            return page(out, start, count);
        }
    }

    /** The collector's state: count and threshold per generation, objects per list, enabled, freeze count. */
    final class GcNode implements Node {
        @Override
        public List<Variable> children(VariablesArgumentsFilter filter, int start, int count) {
            GcView gc = GcView.now();
            List<Variable> out = new ArrayList<>();
            for (int g = 0; g < gc.counts().length; g++) {
                out.add(text("generation " + g, "count " + gc.counts()[g] + " / threshold " + gc.thresholds()[g]
                        + " · " + gc.sizes()[g] + " objects tracked"));
            }
            out.add(text("enabled", gc.enabled() ? "True" : "False"));
            out.add(text("freeze count", Long.toString(gc.freezeCount())));
            return page(out, start, count);
        }
    }

    /** Plain figures (a GC event's), not objects. */
    final class FiguresNode implements Node {
        private final List<String[]> figures;

        FiguresNode(List<String[]> figures) {
            this.figures = figures;
        }

        @Override
        public List<Variable> children(VariablesArgumentsFilter filter, int start, int count) {
            List<Variable> out = new ArrayList<>();
            for (String[] f : figures) {
                out.add(text(f[0], f[1]));
            }
            return page(out, start, count);
        }
    }
}
