package dev.heapscope.server;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.services.LanguageServer;

/** The harness for the feature tests in the feature packages: each opens documents under its own URIs. */
public final class ProtocolHarnessAccess implements AutoCloseable {
    private final ProtocolHarness harness;

    private ProtocolHarnessAccess(ProtocolHarness harness) {
        this.harness = harness;
    }

    public static ProtocolHarnessAccess start() throws Exception {
        return new ProtocolHarnessAccess(new ProtocolHarness());
    }

    public static ProtocolHarnessAccess start(Path root, List<String> encodings) throws Exception {
        return new ProtocolHarnessAccess(new ProtocolHarness(root, encodings));
    }

    public LanguageServer server() {
        return harness.server;
    }

    public ProtocolHarness.RecordingClient client() {
        return harness.client;
    }

    public org.eclipse.lsp4j.InitializeResult initialized() {
        return harness.initialized;
    }

    public List<Diagnostic> open(String name, String text) throws Exception {
        return harness.open(uri(name), text);
    }

    public List<Diagnostic> openUri(String uri, String text) throws Exception {
        return harness.open(uri, text);
    }

    public List<Diagnostic> edit(String name, org.eclipse.lsp4j.Range range, String text) throws Exception {
        return harness.edit(uri(name), range, text);
    }

    public static String uri(String name) {
        return ProtocolHarness.uri(name);
    }

    public static org.eclipse.lsp4j.TextDocumentIdentifier doc(String name) {
        return ProtocolHarness.doc(uri(name));
    }

    public static Position at(String text, String needle) {
        return ProtocolHarness.at(text, needle);
    }

    public static Position at(String text, String needle, int n) {
        return ProtocolHarness.at(text, needle, n, 0);
    }

    public static Position at(String text, String needle, int n, int shift) {
        return ProtocolHarness.at(text, needle, n, shift);
    }

    public static <T> T get(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return ProtocolHarness.get(future);
    }

    public List<String> errorLogs() {
        return harness.errorLogs();
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
