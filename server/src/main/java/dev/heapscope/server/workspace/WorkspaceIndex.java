package dev.heapscope.server.workspace;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Analyzer;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.document.DocumentStore;
import dev.heapscope.server.document.PositionEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Every {@code .py} file under the workspace root, by module name, with its analysis: the
 * open document's when the file is open, else one made from the file on disk and kept until
 * the file changes. Resolves {@code import m}, {@code from pkg.mod import name} and relative
 * imports between workspace files, and finds the mentions of a module's global in the files
 * that import it.
 */
public final class WorkspaceIndex {
    /** Folders that hold no code of the workspace's own. */
    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv",
            "venv", ".tox", "target", "build", "dist", ".mypy_cache");
    /** A workspace bigger than this is indexed only up to it, so start-up stays bounded. */
    private static final int MAX_FILES = 5000;

    private final DocumentStore store;
    private volatile Path root;
    private final Map<String, Path> modules = new ConcurrentHashMap<>();
    private final Map<Path, Cached> fromDisk = new ConcurrentHashMap<>();

    private record Cached(long modified, Analysis analysis) {
    }

    public WorkspaceIndex(DocumentStore store) {
        this.store = store;
    }

    public void setRoot(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Finds the workspace's files; {@code progress} hears the percentage done as each file is analysed. */
    public void index(IntConsumer progress, java.util.function.BooleanSupplier cancelled) {
        Path base = root;
        if (base == null || !Files.isDirectory(base)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    return name != null && !dir.equals(base) && SKIPPED.contains(name.toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.toString().endsWith(".py") && files.size() < MAX_FILES) {
                        files.add(file);
                    }
                    return files.size() < MAX_FILES ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return;
        }
        for (Path file : files) {
            String module = moduleName(base, file);
            if (module != null) {
                modules.put(module, file);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            analysisOf(files.get(i));
            progress.accept((i + 1) * 100 / files.size());
        }
    }

    /** The dotted module name of a file under the root: {@code pkg/mod.py} is pkg.mod, {@code pkg/__init__.py} is pkg. */
    static String moduleName(Path base, Path file) {
        Path relative = base.relativize(file);
        List<String> parts = new ArrayList<>();
        for (Path part : relative) {
            parts.add(part.toString());
        }
        String last = parts.remove(parts.size() - 1);
        last = last.substring(0, last.length() - 3);
        if (!last.equals("__init__")) {
            parts.add(last);
        }
        if (parts.isEmpty()) {
            return null;
        }
        for (String part : parts) {
            if (!part.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
                return null;
            }
        }
        return String.join(".", parts);
    }

    public Collection<Path> files() {
        return modules.values();
    }

    public void fileChanged(Path file) {
        fromDisk.remove(file);
        Path base = root;
        if (base != null && file.startsWith(base) && file.toString().endsWith(".py")) {
            String module = moduleName(base, file);
            if (module != null) {
                if (Files.exists(file)) {
                    modules.put(module, file);
                } else {
                    modules.remove(module);
                }
            }
        }
    }

    /** The newest analysis of a workspace file: its open document's, else its text on disk. */
    public Analysis analysisOf(Path file) {
        String uri = file.toUri().toString();
        CompletableFuture<Analysis> open = store.analysisIfAsked(uri);
        if (open != null) {
            Analysis now = open.isDone() && !open.isCompletedExceptionally() && !open.isCancelled()
                    ? open.getNow(null) : null;
            if (now != null) {
                return now;
            }
            Analysis last = store.lastWithTable(uri);
            if (last != null) {
                return last;
            }
        }
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            Cached cached = fromDisk.get(file);
            if (cached != null && cached.modified == modified) {
                return cached.analysis;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Analysis analysis = Analyzer.analyze(uri, file.toString(), 0, text, () -> false);
            fromDisk.put(file, new Cached(modified, analysis));
            return analysis;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public Collection<Analysis> analyses() {
        List<Analysis> out = new ArrayList<>();
        for (Path file : modules.values()) {
            Analysis analysis = analysisOf(file);
            if (analysis != null) {
                out.add(analysis);
            }
        }
        return out;
    }

    /** The dotted name of the module a document is, or null when it is not under the root. */
    public String moduleOf(Analysis analysis) {
        Path base = root;
        Path file = pathOf(analysis.uri());
        if (base == null || file == null || !file.startsWith(base)) {
            return null;
        }
        return moduleName(base, file);
    }

    static Path pathOf(String uri) {
        try {
            java.net.URI parsed = java.net.URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The absolute module name {@code from ... import} means in this document (relative levels resolved), or null. */
    public String absoluteModule(Analysis analysis, Stmt.ImportFrom from) {
        int level = from.level == null ? 0 : from.level;
        if (level == 0) {
            return from.module;
        }
        String self = moduleOf(analysis);
        if (self == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(self.split("\\.")));
        if (!analysis.filename().endsWith("__init__.py")) {
            parts.remove(parts.size() - 1);
        }
        for (int i = 1; i < level; i++) {
            if (parts.isEmpty()) {
                return null;
            }
            parts.remove(parts.size() - 1);
        }
        if (from.module != null) {
            parts.add(from.module);
        }
        return parts.isEmpty() ? null : String.join(".", parts);
    }

    public Path fileOf(String module) {
        return module == null ? null : modules.get(module);
    }

    /** Where an import leads: the imported module, or the binding of the imported name in it. */
    public List<Location> importTarget(Analysis analysis, NameRef importRef, PositionEncoding encoding) {
        List<Location> out = new ArrayList<>();
        if (!(importRef.node() instanceof Alias alias)) {
            return out;
        }
        Node statement = analysis.parent(alias);
        if (statement instanceof Stmt.Import) {
            String module = alias.asname != null ? alias.name : alias.name.split("\\.")[0];
            Path file = fileOf(module);
            if (file != null) {
                out.add(new Location(file.toUri().toString(), new Range(new org.eclipse.lsp4j.Position(0, 0),
                        new org.eclipse.lsp4j.Position(0, 0))));
            }
            return out;
        }
        if (statement instanceof Stmt.ImportFrom from) {
            String module = absoluteModule(analysis, from);
            Path submodule = fileOf(module == null ? null : module + "." + alias.name);
            Path file = fileOf(module);
            if (file != null) {
                Analysis target = analysisOf(file);
                if (target != null && target.hasTable()) {
                    for (NameRef ref : target.names().mentions(
                            new Binding(Binding.Kind.SCOPE, target.table().module(), alias.name))) {
                        if (ref.isWrite() && ref.kind() != Occurrence.Kind.DELETION) {
                            out.add(new Location(target.uri(), target.lines().range(ref.start(), ref.end(), encoding)));
                        }
                    }
                }
            }
            if (out.isEmpty() && submodule != null) {
                out.add(new Location(submodule.toUri().toString(), new Range(new org.eclipse.lsp4j.Position(0, 0),
                        new org.eclipse.lsp4j.Position(0, 0))));
            }
        }
        return out;
    }

    /** One place in another workspace file that names a module's global. */
    public record ForeignMention(Analysis analysis, int start, int end) {
    }

    /**
     * The mentions, in other workspace files, of the global {@code name} of the module
     * {@code analysis} is: {@code from mod import name} (and, without {@code as}, every use of
     * the name it binds there) and {@code mod.name} after {@code import mod}.
     */
    public List<ForeignMention> foreignMentions(Analysis analysis, String name) {
        List<ForeignMention> out = new ArrayList<>();
        String self = moduleOf(analysis);
        if (self == null) {
            return out;
        }
        for (Path file : modules.values()) {
            if (file.toUri().toString().equals(analysis.uri())) {
                continue;
            }
            Analysis other = analysisOf(file);
            if (other == null || !other.hasTable()) {
                continue;
            }
            collectForeign(other, self, name, out);
        }
        return out;
    }

    private void collectForeign(Analysis other, String module, String name, List<ForeignMention> out) {
        List<String> moduleAliases = new ArrayList<>();
        for (NameRef ref : other.names().refs()) {
            if (ref.kind() != Occurrence.Kind.IMPORT || !(ref.node() instanceof Alias alias)) {
                continue;
            }
            Node statement = other.parent(alias);
            if (statement instanceof Stmt.ImportFrom from && module.equals(absoluteModule(other, from))
                    && alias.name.equals(name)) {
                int start = other.start(alias);
                out.add(new ForeignMention(other, start, start + name.length()));
                if (alias.asname == null) {
                    for (NameRef use : other.names().mentions(ref.binding())) {
                        if (use != ref && use.kind() != Occurrence.Kind.IMPORT) {
                            out.add(new ForeignMention(other, use.start(), use.end()));
                        }
                    }
                }
            } else if (statement instanceof Stmt.Import && alias.name.equals(module)) {
                moduleAliases.add(alias.asname != null ? alias.asname : module);
            }
        }
        if (moduleAliases.isEmpty()) {
            return;
        }
        AstWalk.preorder(other.module(), node -> {
            if (node instanceof Expr.Attribute attribute && attribute.attr.equals(name)) {
                String dotted = dotted(attribute.value);
                if (dotted != null && moduleAliases.contains(dotted)) {
                    int end = other.end(attribute);
                    out.add(new ForeignMention(other, end - name.length(), end));
                }
            }
        });
    }

    private static String dotted(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id;
        }
        if (e instanceof Expr.Attribute a) {
            String head = dotted(a.value);
            return head == null ? null : head + "." + a.attr;
        }
        return null;
    }

    public List<Location> referencesElsewhere(Analysis analysis, String name, PositionEncoding encoding) {
        List<Location> out = new ArrayList<>();
        for (ForeignMention mention : foreignMentions(analysis, name)) {
            out.add(new Location(mention.analysis().uri(),
                    mention.analysis().lines().range(mention.start(), mention.end(), encoding)));
        }
        return out;
    }

    public Map<String, List<TextEdit>> renameElsewhere(Analysis analysis, String name, String newName,
                                                       PositionEncoding encoding) {
        Map<String, List<TextEdit>> edits = new java.util.LinkedHashMap<>();
        for (ForeignMention mention : foreignMentions(analysis, name)) {
            edits.computeIfAbsent(mention.analysis().uri(), u -> new ArrayList<>()).add(new TextEdit(
                    mention.analysis().lines().range(mention.start(), mention.end(), encoding), newName));
        }
        return edits;
    }
}
