package dev.heapscope.server.diagnostics;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;

/**
 * Collects the diagnostics of one analysed text, turning offsets into ranges in the client's
 * encoding. The text is a whole document, or one piece of it whose first line is line
 * {@code lineBase + 1} of the document: ranges are then relative to the piece, and line
 * numbers written into messages go through {@link #lineNumber} so they name the document's
 * line.
 */
final class Findings {
    static final String SOURCE = "heapscope";

    private final Analysis analysis;
    private final ModuleFacts module;
    private final PositionEncoding encoding;
    private final int lineBase;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean namesLines;

    Findings(Analysis analysis, ModuleFacts module, PositionEncoding encoding, int lineBase) {
        this.analysis = analysis;
        this.module = module;
        this.encoding = encoding;
        this.lineBase = lineBase;
    }

    Analysis analysis() {
        return analysis;
    }

    /** Facts about the whole module the analysed text belongs to. */
    ModuleFacts module() {
        return module;
    }

    /** The document's number for a line of the analysed text, for a message. */
    int lineNumber(int lineno) {
        namesLines = true;
        return lineno + lineBase;
    }

    /** Whether some message names a line, so the messages change when the text moves. */
    boolean namesLines() {
        return namesLines;
    }

    Diagnostic add(int start, int end, DiagnosticSeverity severity, String code, String message) {
        Diagnostic d = new Diagnostic(analysis.lines().range(start, Math.max(start, end), encoding), message, severity,
                SOURCE, code);
        diagnostics.add(d);
        return d;
    }

    void addUnnecessary(int start, int end, String code, String message) {
        add(start, end, DiagnosticSeverity.Hint, code, message).setTags(List.of(DiagnosticTag.Unnecessary));
    }

    int size() {
        return diagnostics.size();
    }

    List<Diagnostic> all() {
        return diagnostics;
    }
}
