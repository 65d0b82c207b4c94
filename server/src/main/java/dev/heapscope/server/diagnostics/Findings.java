package dev.heapscope.server.diagnostics;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;

/** Collects one document's diagnostics, turning offsets into ranges in the client's encoding. */
final class Findings {
    static final String SOURCE = "heapscope";

    private final Analysis analysis;
    private final PositionEncoding encoding;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Findings(Analysis analysis, PositionEncoding encoding) {
        this.analysis = analysis;
        this.encoding = encoding;
    }

    Analysis analysis() {
        return analysis;
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

    List<Diagnostic> all() {
        return diagnostics;
    }
}
