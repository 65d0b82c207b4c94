package dev.heapscope.server.diagnostics;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.symtable.StatementTables;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Analyzer;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.LineIndex;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.document.TextDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    private final List<Segment> segments = new ArrayList<>();
    /**
     * For each fact about names, how many segments state it of each name: a name's fact about
     * the module changes exactly when its count goes from or to zero.
     */
    private final Map<String, Integer> exported = new HashMap<>();
    private final Map<String, Integer> globalReads = new HashMap<>();
    private final Map<String, Integer> globalImports = new HashMap<>();
    /** For each name imported as a global, the segments that import it. */
    private final Map<String, Set<Segment>> importers = new HashMap<>();
    private int starImports;
    /**
     * The segments' symbol tables composed into the module's namespace: which names the module
     * binds as globals, and which segments mention each name.
     */
    private final StatementTables<Segment> tables = new StatementTables<>();
    /** A frozen copy of the module's globals, made again only when they change. */
    private Set<String> frozenGlobals;
    /** The merged facts: views of the counts, so always current. */
    private final ModuleFacts module = new ModuleFacts(tables.globals(), false,
            Collections.unmodifiableSet(exported.keySet()), Collections.unmodifiableSet(globalReads.keySet()),
            Collections.unmodifiableSet(globalImports.keySet()));

    /** One or more whole top-level statements and the lines around them. */
    private static final class Segment {
        /** The segment's text, line ends included; the next segment starts where it ends. */
        final String text;
        /** How many lines of the document start in the segment. */
        final int lineCount;
        /** Parsed on its own (its first line is line 1); names resolved against the module's globals. */
        Analysis analysis;
        ModuleFacts facts;
        /** Findings per reporter, ranges relative to the segment. */
        List<List<Diagnostic>> findings = List.of();
        /** Whether any reporter found something in the segment. */
        boolean hasFindings;
        /** The document line before the segment's first, when its findings were made. */
        int lineBase = -1;
        boolean messagesNameLines;

        /** @param last whether the segment ends the document (and so holds the line after a final line end) */
        Segment(String text, boolean last, Analysis piece) {
            this.text = text;
            this.lineCount = lineEnds(text) + (last ? 1 : 0);
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
        List<Segment> fresh = incremental.split(clean.text(), clean.lines(), true, clean.module().body,
                clean.version());
        if (fresh == null) {
            return null;
        }
        incremental.replace(0, 0, fresh);
        return incremental;
    }

    /**
     * Segments for a text no analysis has seen whole (a document just opened): split at the
     * top-level statements of a parse alone, with no symbol table, compiler checks or name
     * index of the whole file. Null when the text does not parse, or the segments cannot decide
     * its diagnostics; the caller then analyses the whole text.
     */
    public static IncrementalDiagnostics open(String uri, String filename, int version, String text,
                                              PositionEncoding encoding) {
        Mod.Module module;
        try {
            module = SourceParser.parse(text, filename);
        } catch (PythonSyntaxError | RuntimeException | StackOverflowError e) {
            return null;
        }
        IncrementalDiagnostics incremental = new IncrementalDiagnostics(uri, filename, encoding);
        incremental.text = text;
        List<Segment> fresh = incremental.split(text, new LineIndex(text), true, module.body, version);
        if (fresh == null) {
            return null;
        }
        incremental.replace(0, 0, fresh);
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
        return update(newText, version, null);
    }

    /**
     * As {@link #update(String, int)}, told where the new text can differ from the one these
     * diagnostics are for when the editor's changes say so ({@code window} is about that very
     * text): then only the characters around the changes are compared, not the whole text.
     */
    public List<Diagnostic> update(String newText, int version, TextDocument.Window window) {
        String old = text;
        boolean known = window != null && window.before() == old;
        if (!known && newText.equals(old)) {
            return diagnostics();
        }
        int limit = Math.min(old.length(), newText.length());
        int prefix = known ? window.prefix() : 0;
        while (prefix < limit && old.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        if (known && prefix == limit && old.length() == newText.length()) {
            return diagnostics();
        }
        int suffix = known ? Math.min(window.suffix(), limit - prefix) : 0;
        while (suffix < limit - prefix
                && old.charAt(old.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        // The old text's [prefix, old.length() - suffix) became the new text's [prefix, newText.length() - suffix).
        int first = segmentAt(prefix);
        int last = Math.max(first, segmentAt(old.length() - suffix));
        int firstStart = startOf(first);
        if (first > 0 && lineEnds(segments.get(first).text.substring(0, prefix - firstStart)) == 0) {
            // An edit on a segment's first line can join it to the statement before (an indent, an else).
            first--;
            firstStart -= segments.get(first).text.length();
        }
        int oldEnd = startOf(last) + segments.get(last).text.length();
        int newEnd = oldEnd + newText.length() - old.length();
        boolean toEnd = last == segments.size() - 1;
        if (newEnd < firstStart || newEnd > firstStart && !toEnd && !endsLine(newText, newEnd)) {
            return null;
        }
        String chunk = newText.substring(firstStart, newEnd);
        if (chunk.isEmpty() && !toEnd) {
            // Whole segments deleted: the next one starts where they did.
            text = newText;
            replace(first, last + 1, List.of());
            return diagnostics();
        }
        Analysis piece = piece(chunk, version);
        if (piece == null) {
            return null;
        }
        List<Segment> fresh = groups(piece.module().body).size() <= 1
                ? List.of(new Segment(chunk, toEnd, piece))
                : split(chunk, new LineIndex(chunk), toEnd, piece.module().body, version);
        if (fresh == null) {
            return null;
        }
        text = newText;
        replace(first, last + 1, fresh);
        return diagnostics();
    }

    /**
     * The current text's statements, each with its analysis, frozen for requests on this
     * version (the segments go on changing with later edits; the parts' analyses do not).
     */
    public Segments snapshot(int version) {
        List<Segments.Part> parts = new ArrayList<>(segments.size());
        int base = 0;
        for (Segment segment : segments) {
            parts.add(new Segments.Part(base, segment.lineCount, segment.analysis));
            base += segment.lineCount;
        }
        if (frozenGlobals == null) {
            frozenGlobals = Set.copyOf(module.globals());
        }
        return new Segments(uri, version, List.copyOf(parts), frozenGlobals);
    }

    /** The diagnostics of the current text, in the order a whole-file analysis publishes them. */
    public List<Diagnostic> diagnostics() {
        // One pass finds the few segments with findings; the reporters' order is then kept over them.
        List<Segment> reporting = new ArrayList<>();
        List<Integer> bases = new ArrayList<>();
        int base = 0;
        for (Segment segment : segments) {
            if (segment.hasFindings) {
                reporting.add(segment);
                bases.add(base);
            }
            base += segment.lineCount;
        }
        List<Diagnostic> out = new ArrayList<>();
        for (int part = 0; part < DiagnosticsProvider.REPORTERS; part++) {
            for (int i = 0; i < reporting.size(); i++) {
                int lines = bases.get(i);
                for (Diagnostic d : reporting.get(i).findings.get(part)) {
                    out.add(lines == 0 ? d : moved(d, lines));
                }
            }
        }
        return out;
    }

    /**
     * Segments for a text of whole top-level statements (the given tree of it, positions
     * counting from its first line), each parsed again on its own.
     *
     * @param last whether the text ends the document
     */
    private List<Segment> split(String source, LineIndex sourceLines, boolean last, List<Stmt> body, int version) {
        List<int[]> groups = groups(body);
        List<Segment> out = new ArrayList<>();
        int start = 0;
        for (int g = 0; g < groups.size() || out.isEmpty(); g++) {
            boolean final_ = g + 1 >= groups.size();
            // A group takes the lines up to its last statement's; the last group, the rest.
            int end = final_ || groups.get(g)[1] >= sourceLines.lineCount() ? source.length()
                    : sourceLines.lineStart(groups.get(g)[1]);
            String piece = source.substring(start, end);
            Analysis analysis = piece(piece, version);
            if (analysis == null) {
                return null;
            }
            out.add(new Segment(piece, last && final_, analysis));
            start = end;
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
     * Puts the fresh segments in place of segments {@code [from, to)}, updates the module's
     * facts, and reports the fresh segments and those others whose findings the change of
     * facts or of line numbers can alter.
     */
    private void replace(int from, int to, List<Segment> fresh) {
        List<Segment> removed = List.copyOf(segments.subList(from, to));
        segments.subList(from, to).clear();
        segments.addAll(from, fresh);
        boolean starBefore = starImports > 0;
        // Names whose globals or imports changed (any mention of them may now resolve or lint
        // otherwise), and names whose export or reads changed (only an import of them may now
        // be used or unused). A segment's findings can change only when facts about a name it
        // mentions do, so only the segments the composed tables list for those names are redone.
        // Declared facts first: the fresh segments' names resolve against the whole module's globals.
        Set<String> changed = new HashSet<>(tables.replace(removed, fresh, segment -> segment.analysis.table()));
        Set<String> changedUse = new HashSet<>();
        Map<String, Integer> exportedDelta = new HashMap<>();
        for (Segment segment : removed) {
            tally(exportedDelta, segment.facts.exported(), -1);
            starImports -= segment.facts.starImport() ? 1 : 0;
        }
        for (Segment segment : fresh) {
            tally(exportedDelta, segment.facts.exported(), 1);
            starImports += segment.facts.starImport() ? 1 : 0;
        }
        apply(exported, exportedDelta, changedUse);
        Map<String, Integer> readsDelta = new HashMap<>();
        Map<String, Integer> importsDelta = new HashMap<>();
        for (Segment segment : removed) {
            tally(readsDelta, segment.facts.globalReads(), -1);
            tally(importsDelta, segment.facts.globalImports(), -1);
            for (String name : segment.facts.globalImports()) {
                Set<Segment> those = importers.get(name);
                if (those != null && those.remove(segment) && those.isEmpty()) {
                    importers.remove(name);
                }
            }
        }
        // Frozen: the parts' analyses outlive this edit (requests read them from other threads).
        if (frozenGlobals == null || !changed.isEmpty()) {
            frozenGlobals = Set.copyOf(module.globals());
        }
        Set<String> globalNames = frozenGlobals;
        for (Segment segment : fresh) {
            segment.analysis = Analyzer.resolveNames(segment.analysis, globalNames);
            segment.facts = segment.facts.withUses(segment.analysis);
            tally(readsDelta, segment.facts.globalReads(), 1);
            tally(importsDelta, segment.facts.globalImports(), 1);
            for (String name : segment.facts.globalImports()) {
                importers.computeIfAbsent(name, n -> Collections.newSetFromMap(new IdentityHashMap<>())).add(segment);
            }
        }
        apply(globalReads, readsDelta, changedUse);
        apply(globalImports, importsDelta, changed);
        boolean starChanged = starBefore != starImports > 0;
        ModuleFacts facts = new ModuleFacts(module.globals(), starImports > 0, module.exported(),
                module.globalReads(), module.globalImports());
        Set<Segment> affected = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String name : changed) {
            affected.addAll(tables.mentioning(name));
        }
        for (String name : changedUse) {
            affected.addAll(importers.getOrDefault(name, Set.of()));
        }
        int base = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (i >= from && i < from + fresh.size()) {
                report(segment, facts, base);
            } else if (starChanged || affected.contains(segment)) {
                segment.analysis = Analyzer.resolveNames(segment.analysis, globalNames);
                report(segment, facts, base);
            } else if (segment.lineBase != base && segment.messagesNameLines) {
                report(segment, facts, base);
            }
            base += segment.lineCount;
        }
    }

    private static void tally(Map<String, Integer> delta, Set<String> names, int by) {
        for (String name : names) {
            delta.merge(name, by, Integer::sum);
        }
    }

    /** Applies net changes to counts, collecting the names that a fact now holds of, or no longer holds of. */
    private static void apply(Map<String, Integer> counts, Map<String, Integer> delta, Set<String> changed) {
        for (Map.Entry<String, Integer> change : delta.entrySet()) {
            if (change.getValue() == 0) {
                continue;
            }
            String name = change.getKey();
            int before = counts.getOrDefault(name, 0);
            int after = before + change.getValue();
            if (after == 0) {
                counts.remove(name);
            } else {
                counts.put(name, after);
            }
            if (before == 0 || after == 0) {
                changed.add(name);
            }
        }
    }

    private void report(Segment segment, ModuleFacts facts, int base) {
        Findings findings = new Findings(segment.analysis, facts, encoding, base);
        segment.findings = DiagnosticsProvider.byReporter(findings);
        segment.hasFindings = segment.findings.stream().anyMatch(list -> !list.isEmpty());
        segment.lineBase = base;
        segment.messagesNameLines = findings.namesLines();
    }

    /** The index of the segment holding an offset of the text (the last one for its end). */
    private int segmentAt(int offset) {
        int start = 0;
        for (int i = 0; i < segments.size(); i++) {
            start += segments.get(i).text.length();
            if (offset < start) {
                return i;
            }
        }
        return segments.size() - 1;
    }

    private int startOf(int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += segments.get(i).text.length();
        }
        return start;
    }

    /** How many line ends ({@code \n}, {@code \r\n} or {@code \r}) the text holds. */
    private static int lineEnds(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return count;
    }

    /** Whether the offset follows a line end (and does not split a {@code \r\n}). */
    private static boolean endsLine(String text, int offset) {
        char before = text.charAt(offset - 1);
        return before == '\n' || before == '\r' && (offset == text.length() || text.charAt(offset) != '\n');
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
