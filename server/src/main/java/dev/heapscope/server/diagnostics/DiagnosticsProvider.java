package dev.heapscope.server.diagnostics;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/**
 * textDocument/publishDiagnostics: CPython's own errors first (the SyntaxError compile()
 * raises, at its position and with its message), then name problems, the UnboundLocalError
 * trap and the memory-model lints.
 */
public final class DiagnosticsProvider {
    /** How many lists {@link #byReporter} returns: the order in which reporters' findings are published. */
    static final int REPORTERS = 5;

    private DiagnosticsProvider() {
    }

    public static List<Diagnostic> diagnose(Analysis analysis, PositionEncoding encoding) {
        List<Diagnostic> all = new ArrayList<>();
        for (List<Diagnostic> part : byReporter(new Findings(analysis, ModuleFacts.of(analysis), encoding, 0))) {
            all.addAll(part);
        }
        return all;
    }

    /**
     * Each reporter's findings, in publishing order. Within one reporter, findings come in
     * source order of the statements they are about, so the diagnostics of a module are each
     * reporter's findings for its top-level statements, concatenated reporter by reporter.
     */
    static List<List<Diagnostic>> byReporter(Findings findings) {
        List<List<Diagnostic>> parts = new ArrayList<>(REPORTERS);
        int from = 0;
        SyntaxDiagnostics.report(findings);
        from = cut(findings, from, parts);
        Analysis analysis = findings.analysis();
        if (analysis.syntaxErrors().isEmpty() && analysis.compileError() == null) {
            NameDiagnostics.report(findings);
            from = cut(findings, from, parts);
            UnboundLocals.report(findings);
            from = cut(findings, from, parts);
            MemoryLints.report(findings);
            from = cut(findings, from, parts);
            MemoryLints.reportGlobalContainers(findings);
        }
        while (parts.size() < REPORTERS) {
            from = cut(findings, from, parts);
        }
        return parts;
    }

    private static int cut(Findings findings, int from, List<List<Diagnostic>> parts) {
        int to = findings.size();
        parts.add(List.copyOf(findings.all().subList(from, to)));
        return to;
    }
}
