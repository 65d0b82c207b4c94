package dev.heapscope.dap;

import dev.heapscope.interpreter.inspect.FrameView;
import dev.heapscope.interpreter.inspect.HeapGraph;
import dev.heapscope.interpreter.runtime.Collector;
import dev.heapscope.interpreter.runtime.Frame;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code heapscope/heapGraph}: the body the extension's heap graph view draws, shaped as
 * vscode-extension/src/heapGraph/protocol.ts says (HeapGraphArguments → HeapGraph).
 * Object ids are id() as decimal strings; frame ids are the stackTrace's frame ids.
 */
final class HeapGraphRequest {
    static final int DEFAULT_MAX_DEPTH = 3;
    static final int DEFAULT_MAX_OBJECTS = 200;

    /** The checked arguments. */
    record Arguments(int maxDepth, int maxObjects) {
    }

    private HeapGraphRequest() {
    }

    /** Checks the arguments on the message thread; throws an error response with a sentence when they are wrong. */
    static Arguments parse(Map<String, Object> args) {
        Map<String, Object> a = args == null ? Map.of() : args;
        Object thread = a.get("threadId");
        if (thread != null && !(thread instanceof Number n && n.doubleValue() == DebugServer.THREAD_ID)) {
            throw Errors.request("there is no thread " + thread + "; the program's only thread is "
                    + DebugServer.THREAD_ID);
        }
        return new Arguments(positive(a, "maxDepth", DEFAULT_MAX_DEPTH), positive(a, "maxObjects", DEFAULT_MAX_OBJECTS));
    }

    private static int positive(Map<String, Object> args, String key, int fallback) {
        Object v = args.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < 1) {
            throw Errors.request("\"" + key + "\" must be a positive whole number, not " + v);
        }
        return (int) Math.min(Integer.MAX_VALUE, n.longValue());
    }

    /** Builds the graph of the current pause; runs on the paused interpreter thread. */
    static Map<String, Object> answer(DebugSession s, Arguments args) {
        List<DebugSession.StackEntry> stack = s.pause().stack();
        List<Frame> frames = new ArrayList<>();
        Map<Frame, Integer> frameIds = new IdentityHashMap<>();
        Map<Frame, Integer> lines = new IdentityHashMap<>();
        for (int i = 0; i < stack.size(); i++) {
            Frame f = stack.get(i).frame();
            if (f != null && !frameIds.containsKey(f)) {
                frames.add(f);
                frameIds.put(f, i + 1);
                lines.put(f, stack.get(i).line());
            }
        }
        HeapGraph g = HeapGraph.build(frames, args.maxDepth(), args.maxObjects(), s.heldResults());
        List<Object> frameList = new ArrayList<>();
        for (HeapGraph.FrameNode fn : g.frames()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", Integer.toString(frameIds.get(fn.frame())));
            m.put("name", FrameView.name(fn.frame()));
            int line = lines.get(fn.frame());
            if (line > 0) {
                m.put("line", line);
            }
            m.put("depth", fn.depth());
            List<Object> names = new ArrayList<>();
            for (FrameView.Name n : fn.names()) {
                Map<String, Object> nm = new LinkedHashMap<>();
                nm.put("name", n.name());
                nm.put("kind", n.kind().label());
                nm.put("target", Long.toString(n.value().address));
                names.add(nm);
            }
            m.put("names", names);
            frameList.add(m);
        }
        List<Object> objects = new ArrayList<>();
        for (HeapGraph.ObjectNode o : g.objects()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", Long.toString(o.object().address));
            m.put("type", o.object().type == null ? "?" : o.object().type.name);
            m.put("repr", o.repr());
            m.put("refcount", o.refcount());
            m.put("generation", generation(o.generation()));
            if (o.immortal()) {
                m.put("immortal", true);
            }
            m.put("unreachable", o.unreachable());
            if (o.size() >= 0) {
                m.put("size", o.size());
            }
            objects.add(m);
        }
        List<Object> edges = new ArrayList<>();
        for (HeapGraph.Edge e : g.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            boolean fromFrame = e.fromFrame() != null;
            m.put("from", fromFrame ? Integer.toString(frameIds.get(e.fromFrame().frame()))
                    : Long.toString(e.fromObject().address));
            m.put("to", Long.toString(e.to().address));
            m.put("label", e.label());
            m.put("kind", fromFrame ? "name" : "ref");
            edges.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("frames", frameList);
        body.put("objects", objects);
        body.put("edges", edges);
        body.put("truncated", g.truncated());
        return body;
    }

    /** The protocol's Generation: 0, 1, 2, "untracked" or "permanent". */
    static Object generation(int g) {
        if (g < 0) {
            return "untracked";
        }
        return g == Collector.PERMANENT ? "permanent" : (Object) g;
    }
}
