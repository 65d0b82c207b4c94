package dev.heapscope.dap;

import dev.heapscope.interpreter.inspect.MemoryInfo;
import dev.heapscope.interpreter.inspect.ObjectAt;
import dev.heapscope.interpreter.inspect.ObjectView;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceDecoder;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code heapscope/objectAt}: the object the name at a source position refers to, read in
 * the innermost paused frame running the block that position belongs to. Arguments
 * {@code {source: {path}, line, column}}, counted from 1 unless initialize said otherwise.
 * The body is {@code {found: true, name, kind, frameId, object, variablesReference}} or
 * {@code {found: false, reason}}; wrong arguments get an error response.
 */
final class ObjectAtRequest {
    /** The checked arguments: an absolute normalized path, a line from 1 and a column from 0. */
    record Arguments(String path, int line, int column) {
    }

    /** A file's symbol table, kept while the file is unchanged. */
    private record Table(FileTime modified, String source, SymbolTable table) {
    }

    private final Map<String, Table> tables = new ConcurrentHashMap<>();

    /** Checks the arguments; {@code linesFrom1} and {@code columnsFrom1} are what the client said in initialize. */
    static Arguments parse(Map<String, Object> args, boolean linesFrom1, boolean columnsFrom1) {
        if (args == null) {
            throw Errors.request("heapscope/objectAt needs arguments {source: {path}, line, column}");
        }
        if (!(args.get("source") instanceof Map<?, ?> source) || !(source.get("path") instanceof String path)
                || path.isBlank()) {
            throw Errors.request("heapscope/objectAt needs \"source\" with a \"path\"");
        }
        int line = whole(args, "line") - (linesFrom1 ? 1 : 0);
        int column = whole(args, "column") - (columnsFrom1 ? 1 : 0);
        if (line < 0 || column < 0) {
            throw Errors.request("\"line\" and \"column\" must not be below " + (linesFrom1 ? 1 : 0) + " and "
                    + (columnsFrom1 ? 1 : 0));
        }
        return new Arguments(Path.of(path).toAbsolutePath().normalize().toString(), line + 1, column);
    }

    private static int whole(Map<String, Object> args, String key) {
        Object v = args.get(key);
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
            throw Errors.request("heapscope/objectAt needs \"" + key + "\" as a whole number"
                    + (v == null ? "" : ", not " + v));
        }
        return n.intValue();
    }

    static Map<String, Object> notFound(String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("found", false);
        body.put("reason", reason);
        return body;
    }

    /** Resolves the position in the current pause; runs on the paused interpreter thread. */
    Map<String, Object> answer(DebugSession s, Arguments a) {
        Table t;
        try {
            t = table(a.path());
        } catch (IOException e) {
            return notFound("cannot read " + a.path());
        } catch (PythonSyntaxError e) {
            return notFound(a.path() + " does not compile: " + e.getMessage());
        }
        List<DebugSession.StackEntry> stack = s.pause().stack();
        List<Frame> frames = new ArrayList<>();
        Map<Frame, Integer> frameIds = new IdentityHashMap<>();
        for (int i = 0; i < stack.size(); i++) {
            Frame f = stack.get(i).frame();
            if (f != null && !frameIds.containsKey(f)) {
                frames.add(f);
                frameIds.put(f, i + 1);
            }
        }
        ObjectAt.Answer answer = ObjectAt.resolve(t.table(), t.source(), a.line(), a.column(), frames);
        if (answer.found() == null) {
            return notFound(answer.reason());
        }
        ObjectAt.Found f = answer.found();
        PyObject o = f.value();
        MemoryInfo m = MemoryInfo.of(o);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", Long.toString(o.address));
        object.put("type", ObjectView.typeName(o));
        object.put("repr", ObjectView.repr(o, 37));
        object.put("refcount", m.refcount() - s.heldResults().stream().filter(h -> h == o).count());
        object.put("generation", HeapGraphRequest.generation(m.generation()));
        if (m.immortal()) {
            object.put("immortal", true);
        }
        if (m.size() >= 0) {
            object.put("size", m.size());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("found", true);
        body.put("name", f.name());
        body.put("kind", f.kind().label());
        body.put("frameId", frameIds.get(f.frame()));
        body.put("object", object);
        body.put("variablesReference", s.variables().variable(f.name(), o, f.name()).getVariablesReference());
        return body;
    }

    private Table table(String path) throws IOException, PythonSyntaxError {
        Path p = Path.of(path);
        FileTime modified = Files.getLastModifiedTime(p);
        Table t = tables.get(path);
        if (t == null || !t.modified().equals(modified)) {
            byte[] bytes = Files.readAllBytes(p);
            String source = SourceDecoder.decode(bytes, path);
            SymbolTable table = SymbolTable.build(SourceParser.parse(bytes, path), path, source);
            t = new Table(modified, source, table);
            tables.put(path, t);
        }
        return t;
    }
}
