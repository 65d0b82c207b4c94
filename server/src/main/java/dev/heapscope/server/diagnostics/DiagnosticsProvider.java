package dev.heapscope.server.diagnostics;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.document.PositionEncoding;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/**
 * textDocument/publishDiagnostics: CPython's own errors first (the SyntaxError compile()
 * raises, at its position and with its message), then name problems, the UnboundLocalError
 * trap and the memory-model lints.
 */
public final class DiagnosticsProvider {
    private DiagnosticsProvider() {
    }

    public static List<Diagnostic> diagnose(Analysis analysis, PositionEncoding encoding) {
        Findings findings = new Findings(analysis, encoding);
        SyntaxDiagnostics.report(findings);
        if (analysis.syntaxErrors().isEmpty() && analysis.compileError() == null) {
            NameDiagnostics.report(findings);
            UnboundLocals.report(findings);
            MemoryLints.report(findings);
        }
        return findings.all();
    }
}
