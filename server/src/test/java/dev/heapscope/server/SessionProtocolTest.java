package dev.heapscope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;

/** The session as a whole: position encodings, incremental sync, cancellation. */
class SessionProtocolTest {

    @Test
    void utf8PositionsWhenTheClientPrefersThem() throws Exception {
        try (ProtocolHarness editor = new ProtocolHarness(null, List.of("utf-8", "utf-16"))) {
            assertEquals("utf-8", editor.initialized.getCapabilities().getPositionEncoding());
            String text = "é = 1\nprint(é, ü)\n";
            List<Diagnostic> diagnostics = editor.open(ProtocolHarness.uri("utf8.py"), text);
            // 'ü' starts at UTF-8 byte 10 of line 1: "print(" is 6 bytes, "é" 2, ", " 2.
            assertEquals(new Range(new Position(1, 10), new Position(1, 12)), diagnostics.get(0).getRange());
            Hover hover = ProtocolHarness.get(editor.server.getTextDocumentService().hover(new HoverParams(
                    ProtocolHarness.doc(ProtocolHarness.uri("utf8.py")), new Position(1, 7))));
            assertEquals(new Range(new Position(1, 6), new Position(1, 8)), hover.getRange());
        }
    }

    @Test
    void utf16ByDefaultAndIncrementalEdits() throws Exception {
        try (ProtocolHarness editor = new ProtocolHarness()) {
            var capabilities = editor.initialized.getCapabilities();
            assertEquals("utf-16", capabilities.getPositionEncoding());
            assertEquals(TextDocumentSyncKind.Incremental, capabilities.getTextDocumentSync().getRight().getChange());
            String uri = ProtocolHarness.uri("edits.py");
            String text = "𝑥 = 1\nprint(𝑥)\n";
            assertEquals(List.of(), editor.open(uri, text));
            // Replace the second 𝑥 (outside the BMP: two UTF-16 units, 6..8) with an undefined name.
            List<Diagnostic> after = editor.edit(uri, new Range(new Position(1, 6), new Position(1, 8)), "nope");
            assertEquals(1, after.size(), after.toString());
            assertEquals(new Range(new Position(1, 6), new Position(1, 10)), after.get(0).getRange());
            // Break the syntax, then mend it: diagnostics follow each version.
            List<Diagnostic> broken = editor.edit(uri, new Range(new Position(0, 5), new Position(0, 6)), "");
            assertEquals("invalid syntax", broken.get(0).getMessage());
            List<Diagnostic> mended = editor.edit(uri, new Range(new Position(0, 5), new Position(0, 5)), "2");
            assertEquals(List.of("name 'nope' is not defined"), mended.stream().map(Diagnostic::getMessage).toList());
        }
    }

    @Test
    void untitledBuffersAreServedToo() throws Exception {
        try (ProtocolHarness editor = new ProtocolHarness()) {
            String uri = "untitled:Untitled-1";
            assertEquals(List.of("name 'y' is not defined"), editor.open(uri, "x = y\n").stream()
                    .map(Diagnostic::getMessage).toList());
            editor.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                    ProtocolHarness.doc(uri)));
            var symbols = ProtocolHarness.get(editor.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("x")));
            assertTrue(symbols.getRight().isEmpty());
            assertEquals(List.of(), editor.errorLogs());
        }
    }

    @Test
    void windowsLineEndings() throws Exception {
        try (ProtocolHarness editor = new ProtocolHarness()) {
            String uri = ProtocolHarness.uri("crlf.py");
            List<Diagnostic> diagnostics = editor.open(uri, "a = 1\r\ndef f():\r\n    return a + b\r\n");
            assertEquals(new Range(new Position(2, 15), new Position(2, 16)), diagnostics.get(0).getRange());
            Hover hover = ProtocolHarness.get(editor.server.getTextDocumentService().hover(new HoverParams(
                    ProtocolHarness.doc(uri), new Position(2, 11))));
            assertTrue(hover.getContents().getRight().getValue().contains("(global (implicit)) a"));
        }
    }

    @Test
    void cancelledRequestsAnswerCancelledAndTheServerGoesOn() throws Exception {
        try (ProtocolHarness editor = new ProtocolHarness()) {
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                big.append("def f").append(i).append("(a, b=[]):\n    return a + b + f").append(i).append("\n");
            }
            String uri = ProtocolHarness.uri("big.py");
            editor.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                    new org.eclipse.lsp4j.TextDocumentItem(uri, "python", 1, big.toString())));
            CompletableFuture<Hover> hover = editor.server.getTextDocumentService().hover(
                    new HoverParams(ProtocolHarness.doc(uri), new Position(2999, 5)));
            hover.cancel(true);
            assertThrows(CancellationException.class, hover::join);
            editor.client.awaitDiagnostics(uri, 1);
            var symbols = ProtocolHarness.get(editor.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")));
            assertTrue(symbols.getRight().isEmpty(), "no workspace root, no workspace symbols");
            Hover after = ProtocolHarness.get(editor.server.getTextDocumentService().hover(
                    new HoverParams(ProtocolHarness.doc(uri), new Position(1, 19))));
            assertTrue(after.getContents().getRight().getValue().contains("f0 — def f0(a, b=[])"));
            assertEquals(List.of(), editor.errorLogs());
        }
    }

    @Test
    void requestsWaitingForAnAnalysisLeaveTheOthersFree() throws Exception {
        try (ProtocolHarness editor = new ProtocolHarness()) {
            StringBuilder big = new StringBuilder();
            for (int i = 0; i < 12000; i++) {
                big.append("def f").append(i).append("(a, b=[]):\n    return a + b + f").append(i).append("\n");
            }
            String uri = ProtocolHarness.uri("big.py");
            editor.server.getTextDocumentService().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                    new org.eclipse.lsp4j.TextDocumentItem(uri, "python", 1, big.toString())));
            // More requests waiting for the big file's analysis than the server has request threads.
            List<CompletableFuture<Hover>> waiting = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                waiting.add(editor.server.getTextDocumentService().hover(
                        new HoverParams(ProtocolHarness.doc(uri), new Position(2 * i + 1, 19))));
            }
            var symbols = ProtocolHarness.get(editor.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")));
            assertTrue(symbols.getRight().isEmpty());
            assertTrue(waiting.stream().anyMatch(h -> !h.isDone()),
                    "workspace/symbol was answered while requests still waited for the analysis");
            for (CompletableFuture<Hover> hover : waiting) {
                assertTrue(ProtocolHarness.get(hover).getContents().getRight().getValue().contains("def f"));
            }
            assertEquals(List.of(), editor.errorLogs());
        }
    }
}
