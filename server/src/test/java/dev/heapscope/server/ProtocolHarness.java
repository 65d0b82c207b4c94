package dev.heapscope.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor for tests: the real server on one end of a pair of pipes, LSP4J's client
 * launcher on the other, so every request goes through JSON-RPC exactly as from an editor.
 */
public final class ProtocolHarness implements AutoCloseable {
    static final long TIMEOUT_SECONDS = 60;

    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final InitializeResult initialized;
    private final Thread serverThread;
    private final Pipe toServer;
    private final Future<Void> clientListening;
    private int version = 1;

    /** What the server sent on its own: diagnostics, progress, log messages. */
    public static final class RecordingClient implements LanguageClient {
        public final Map<String, List<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
        public final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
        public final List<String> created = new CopyOnWriteArrayList<>();
        public final List<MessageParams> logs = new CopyOnWriteArrayList<>();

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.computeIfAbsent(params.getUri(), u -> new CopyOnWriteArrayList<>()).add(params);
            notifyAll();
        }

        @Override
        public void showMessage(MessageParams messageParams) {
            logs.add(messageParams);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            logs.add(message);
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            created.add(params.getToken().getLeft());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void notifyProgress(ProgressParams params) {
            progress.add(params);
        }

        synchronized List<Diagnostic> awaitDiagnostics(String uri, int version) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                for (PublishDiagnosticsParams p : diagnostics.getOrDefault(uri, List.of())) {
                    if (p.getVersion() != null && p.getVersion() == version) {
                        return p.getDiagnostics();
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no diagnostics for " + uri + " version " + version);
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    ProtocolHarness(Path root, List<String> positionEncodings) throws Exception {
        Pipe toServer = new Pipe();
        Pipe toClient = new Pipe();
        java.io.InputStream serverIn = toServer.in;
        java.io.OutputStream clientOut = toServer.out;
        java.io.InputStream clientIn = toClient.in;
        java.io.OutputStream serverOut = toClient.out;
        this.toServer = toServer;
        serverThread = new Thread(() -> ServerLauncher.serve(serverIn, serverOut), "test-server");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        clientListening = launcher.startListening();
        server = launcher.getRemoteProxy();

        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(positionEncodings);
        capabilities.setGeneral(general);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        params.setCapabilities(capabilities);
        if (root != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "root")));
        }
        initialized = server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    ProtocolHarness() throws Exception {
        this(null, null);
    }

    static String uri(String name) {
        return "file:///test/" + name;
    }

    /** Opens a document and waits for its first diagnostics. */
    List<Diagnostic> open(String uri, String text) throws Exception {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "python", 1, text)));
        return client.awaitDiagnostics(uri, 1);
    }

    List<Diagnostic> edit(String uri, Range range, String text) throws Exception {
        int v = ++version;
        TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(range, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, v), List.of(change)));
        return client.awaitDiagnostics(uri, v);
    }

    static TextDocumentIdentifier doc(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    /** The position of the {@code n}th (from 0) occurrence of {@code needle} in the text, plus {@code shift} characters. */
    static Position at(String text, String needle, int n, int shift) {
        int index = -1;
        for (int i = 0; i <= n; i++) {
            index = text.indexOf(needle, index + 1);
            if (index < 0) {
                throw new IllegalArgumentException("no occurrence " + n + " of " + needle);
            }
        }
        index += shift;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, index - lineStart);
    }

    static Position at(String text, String needle) {
        return at(text, needle, 0, 0);
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    List<String> errorLogs() {
        List<String> out = new ArrayList<>();
        for (MessageParams m : client.logs) {
            if (m.getType() == org.eclipse.lsp4j.MessageType.Error) {
                out.add(m.getMessage());
            }
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.exit();
        } finally {
            toServer.in.close();
            serverThread.join(TimeUnit.SECONDS.toMillis(10));
            clientListening.cancel(true);
        }
    }
}
