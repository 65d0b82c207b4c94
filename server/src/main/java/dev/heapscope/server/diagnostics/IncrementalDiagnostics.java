package dev.heapscope.server.diagnostics;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.ast.Node;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Analyzer;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.document.LineIndex;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The diagnostics of one document kept up to date by reanalysing only the top-level
 * statements an edit touched. The document is split into segments, one per top-level
 * statement (statements sharing a line share a segment), each with the comment and blank
 * lines before it; the last segment also holds the lines after the last statement. Each
 * segment is parsed, checked and resolved on its own, its first line being line 1, and keeps
 * its findings with ranges relative to itself. What a segment's findings depend on outside
 * it is summed up in {@link ModuleFacts}: after an edit, the segments touched are parsed
 * again, the module's facts are merged from every segment's, and only the untouched segments
 * that mention a name whose facts changed are resolved and reported again.
 *
 * <p>This is exact because a top-level statement's blocks never see another statement's
 * blocks (CPython resolves free names of top-level functions and classes in the module's
 * globals, not in other statements), and because the lines of untouched segments are the
 * same text and start at column 0 after a complete statement, where the tokenizer holds no
 * state. Whatever the segments cannot decide returns null and the caller analyses the whole
 * text: a touched segment that does not parse or raises a SyntaxError after parsing (the
 * first error CPython reports depends on the whole module), {@code __future__} imports (they
 * must come first, and change how the module compiles), and {@code global} at module level
 * (whether it comes before an assignment is checked across the module).
 */
public final class IncrementalDiagnostics {
    private final String uri;
    private final String filename;
    private final PositionEncoding encoding;
    private String text;
    private LineIndex lines;
    private final List<Segment> segments = new ArrayList<>();
    private ModuleFacts module;

    /** One or more whole top-level statements and the lines around them. */
    private static final class Segment {
        /** How many lines of the document the segment covers. */
        final int lineCount;
        /** Parsed on its own (its first line is line 1); names resolved against the module's globals. */
        Analysis analysis;
        ModuleFacts facts;
        /** Every name the segment mentions: its findings can change only when facts about one of them do. */
        Set<String> names = Set.of();
        /** Findings per reporter, ranges relative to the segment. */
        List<List<Diagnostic>> findings = List.of();
        /** The document line before the segment's first, when its findings were made. */
        int lineBase = -1;
        boolean messagesNameLines;

        Segment(int lineCount, Analysis piece) {
            this.lineCount = lineCount;
            this.analysis = piece;
            this.facts = ModuleFacts.declared(piece);
        }
    }

    private IncrementalDiagnostics(String uri, String filename, PositionEncoding encoding) {
        this.uri = uri;
        this.filename = filename;
        this.encoding = encoding;
    }

    /**
     * Segments for a text whose whole-file analysis found no error, split at the top-level
     * statements of its tree; null when the text is one whose diagnostics segments cannot
     * decide.
     */
    public static IncrementalDiagnostics start(Analysis clean, PositionEncoding encoding) {
        if (!clean.syntaxErrors().isEmpty() || clean.compileError() != null || !clean.hasTable()) {
            return null;
        }
        IncrementalDiagnostics incremental = new IncrementalDiagnostics(clean.uri(), clean.filename(), encoding);
        incremental.text = clean.text();
        incremental.lines = clean.lines();
        List<Segment> fresh = incremental.split(clean.text(), clean.lines(), 0, clean.lines().lineCount() - 1,
                clean.module().body, clean.version());
        if (fresh == null) {
            return null;
        }
        incremental.segments.addAll(fresh);
        incremental.refresh(fresh);
        return incremental;
    }

    public PositionEncoding encoding() {
        return encoding;
    }

    /** The text the diagnostics are for. */
    public String text() {
        return text;
    }

    /**
     * Brings the diagnostics up to the new text and returns them, exactly what a whole-file
     * analysis gives; null when the segments cannot decide them, after which this object must
     * not be used again.
     */
    public List<Diagnostic> update(String newText, int version) {
        if (newText.equals(text)) {
            return diagnostics();
        }
        String old = text;
        int limit = Math.min(old.length(), newText.length());
        int prefix = 0;
        while (prefix < limit && old.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && old.charAt(old.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        LineIndex newLines = new LineIndex(newText);
        int oldFirst = lines.lineOf(prefix);
        int oldLast = lines.lineOf(Math.max(prefix, old.length() - suffix));
        int newLast = newLines.lineOf(Math.max(prefix, newText.length() - suffix));

        int first = segmentAt(oldFirst);
        int last = segmentAt(oldLast);
        if (first > 0 && firstLineOf(first) == oldFirst) {
            // An edit at a segment's first line can join it to the statement before (an indent, an else).
            first--;
        }
        int chunkFirst = firstLineOf(first);
        int chunkLast = firstLineOf(last) + segments.get(last).lineCount - 1 + newLines.lineCount() - lines.lineCount();
        if (chunkLast < chunkFirst || newLast > chunkLast || newLast < chunkFirst) {
            return null;
        }
        String chunk = slice(newText, newLines, chunkFirst, chunkLast);
        Analysis piece = piece(chunk, version);
        if (piece == null) {
            return null;
        }
        List<Segment> fresh = groups(piece.module().body).size() <= 1
                ? List.of(new Segment(chunkLast - chunkFirst + 1, piece))
                : split(newText, newLines, chunkFirst, chunkLast, piece.module().body, version);
        if (fresh == null) {
            return null;
        }
        for (int i = last; i >= first; i--) {
            segments.remove(i);
        }
        segments.addAll(first, fresh);
        text = newText;
        lines = newLines;
        refresh(fresh);
        return diagnostics();
    }

    /** The diagnostics of the current text, in the order a whole-file analysis publishes them. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        for (int part = 0; part < DiagnosticsProvider.REPORTERS; part++) {
            int base = 0;
            for (Segment segment : segments) {
                for (Diagnostic d : segment.findings.get(part)) {
                    out.add(base == 0 ? d : moved(d, base));
                }
                base += segment.lineCount;
            }
        }
        return out;
    }

    /**
     * Segments for lines {@code [from, to]} of the text (from 0), holding the given top-level
     * statements (whose line numbers count from {@code from + 1}), each parsed again on its own.
     */
    private List<Segment> split(String source, LineIndex sourceLines, int from, int to, List<Stmt> body, int version) {
        List<int[]> groups = groups(body);
        List<Segment> out = new ArrayList<>();
        int start = from;
        for (int g = 0; g < groups.size() || out.isEmpty(); g++) {
            int end = g + 1 >= groups.size() ? to : from + groups.get(g)[1] - 1;
            Analysis piece = piece(slice(source, sourceLines, start, end), version);
            if (piece == null) {
                return null;
            }
            out.add(new Segment(end - start + 1, piece));
            start = end + 1;
        }
        return out;
    }

    /** Line ranges {@code [first, last]} (from 1) of the statements, statements sharing a line in one range. */
    private static List<int[]> groups(List<Stmt> body) {
        List<int[]> groups = new ArrayList<>();
        for (Stmt statement : body) {
            int first = AstWalk.firstLine(statement);
            int[] open = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (open != null && first <= open[1]) {
                open[1] = Math.max(open[1], statement.endLineno);
            } else {
                groups.add(new int[] {first, statement.endLineno});
            }
        }
        return groups;
    }

    /** The piece analysed on its own, or null when it cannot be (see the class comment). */
    private Analysis piece(String source, int version) {
        if (source.contains("__future__")) {
            return null;
        }
        Analysis piece;
        try {
            piece = Analyzer.analyzePiece(uri, filename, version, source);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        if (piece == null) {
            return null;
        }
        if (source.contains("global") && hasModuleLevelGlobal(piece.module())) {
            return null;
        }
        return piece;
    }

    /** A {@code global} statement that runs at module level (not inside a def or class). */
    private static boolean hasModuleLevelGlobal(Node module) {
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(module);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Stmt.Global) {
                return true;
            }
            if (!(node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                    || node instanceof Stmt.ClassDef || node instanceof Expr)) {
                AstWalk.forEachChild(node, pending::push);
            }
        }
        return false;
    }

    /**
     * After the fresh segments replaced others: merges the module's facts, resolves and
     * reports the fresh segments, and those others whose findings the change of facts or of
     * line numbers can alter.
     */
    private void refresh(List<Segment> fresh) {
        Set<String> globals = new HashSet<>();
        for (Segment segment : segments) {
            globals.addAll(segment.facts.globals());
        }
        Set<Segment> isFresh = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        isFresh.addAll(fresh);
        for (Segment segment : fresh) {
            segment.analysis = Analyzer.resolveNames(segment.analysis, globals);
            segment.facts = segment.facts.withUses(segment.analysis);
            Set<String> names = new HashSet<>();
            for (NameRef ref : segment.analysis.names().refs()) {
                names.add(ref.binding().storedName());
                names.add(ref.name());
            }
            segment.names = names;
        }
        List<ModuleFacts> parts = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            parts.add(segment.facts);
        }
        ModuleFacts merged = ModuleFacts.merge(parts);
        ModuleFacts before = module;
        Set<String> changed = before == null ? Set.of() : changedNames(before, merged);
        boolean starChanged = before != null && before.starImport() != merged.starImport();
        module = merged;
        int base = 0;
        for (Segment segment : segments) {
            if (isFresh.contains(segment)) {
                report(segment, base);
            } else if (starChanged || intersects(segment.names, changed)) {
                segment.analysis = Analyzer.resolveNames(segment.analysis, globals);
                report(segment, base);
            } else if (segment.lineBase != base && segment.messagesNameLines) {
                report(segment, base);
            }
            base += segment.lineCount;
        }
    }

    private void report(Segment segment, int base) {
        Findings findings = new Findings(segment.analysis, module, encoding, base);
        segment.findings = DiagnosticsProvider.byReporter(findings);
        segment.lineBase = base;
        segment.messagesNameLines = findings.namesLines();
    }

    private static Set<String> changedNames(ModuleFacts a, ModuleFacts b) {
        Set<String> changed = new HashSet<>();
        difference(a.globals(), b.globals(), changed);
        difference(a.exported(), b.exported(), changed);
        difference(a.globalReads(), b.globalReads(), changed);
        difference(a.globalImports(), b.globalImports(), changed);
        return changed;
    }

    private static void difference(Set<String> a, Set<String> b, Set<String> into) {
        if (a.size() == b.size() && a.equals(b)) {
            return;
        }
        for (String name : a) {
            if (!b.contains(name)) {
                into.add(name);
            }
        }
        for (String name : b) {
            if (!a.contains(name)) {
                into.add(name);
            }
        }
    }

    private static boolean intersects(Set<String> names, Set<String> changed) {
        if (changed.isEmpty()) {
            return false;
        }
        for (String name : changed) {
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the segment holding a line (from 0). */
    private int segmentAt(int line) {
        int base = 0;
        for (int i = 0; i < segments.size(); i++) {
            base += segments.get(i).lineCount;
            if (line < base) {
                return i;
            }
        }
        return segments.size() - 1;
    }

    private int firstLineOf(int index) {
        int base = 0;
        for (int i = 0; i < index; i++) {
            base += segments.get(i).lineCount;
        }
        return base;
    }

    /** Lines {@code [from, to]} (from 0) with their line ends. */
    private static String slice(String source, LineIndex sourceLines, int from, int to) {
        int end = to + 1 < sourceLines.lineCount() ? sourceLines.lineStart(to + 1) : source.length();
        return source.substring(sourceLines.lineStart(from), end);
    }

    private static Diagnostic moved(Diagnostic d, int lines) {
        Range r = d.getRange();
        Diagnostic copy = new Diagnostic(new Range(new Position(r.getStart().getLine() + lines, r.getStart().getCharacter()),
                new Position(r.getEnd().getLine() + lines, r.getEnd().getCharacter())), d.getMessage(), d.getSeverity(),
                d.getSource());
        copy.setCode(d.getCode());
        copy.setTags(d.getTags());
        return copy;
    }
}
