package dev.heapscope.server;

import dev.heapscope.server.document.DocumentStore;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.tokens.TokenLegend;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.SemanticTokensServerFull;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SignatureHelpOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Heapscope's language server: lifecycle and capabilities. Requests are routed by
 * {@link PythonTextDocumentService} and {@link PythonWorkspaceService} to one feature class
 * each; diagnostics and analysis run on a thread each, requests on a small pool, so the message thread
 * only reads and dispatches.
 */
public final class HeapscopeLanguageServer implements LanguageServer, LanguageClientAware {
    private final ExecutorService diagnosticsExecutor = Executors.newFixedThreadPool(1, named("heapscope-diagnostics"));
    private final ScheduledExecutorService analysisExecutor = Executors.newScheduledThreadPool(1, named("heapscope-analysis"));
    private final ExecutorService requestExecutor = Executors.newFixedThreadPool(2, named("heapscope-request"));
    private final ServerLog log = new ServerLog();
    private final ServerState state = new ServerState();
    private final DocumentStore store = new DocumentStore(diagnosticsExecutor, analysisExecutor, () -> state.encoding);
    private final WorkspaceIndex workspace = new WorkspaceIndex(store);
    private final Requests requests = new Requests(requestExecutor, store, log);
    private final PythonTextDocumentService textDocuments = new PythonTextDocumentService(store, workspace, requests,
            state, requestExecutor);
    private final PythonWorkspaceService workspaceService = new PythonWorkspaceService(workspace, requests, state);
    private final Runnable onExit;
    private volatile boolean shutdownRequested;

    /** @param onExit what the exit notification does (the command line ends the process; tests do nothing) */
    public HeapscopeLanguageServer(Runnable onExit) {
        this.onExit = onExit;
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            // Deep ASTs are walked recursively by the front end: give the threads room.
            Thread thread = new Thread(null, runnable, prefix + "-" + count.incrementAndGet(), 256L * 1024 * 1024);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void connect(LanguageClient client) {
        log.connect(client);
        state.client = client;
        textDocuments.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<String> offered = params.getCapabilities() != null && params.getCapabilities().getGeneral() != null
                ? params.getCapabilities().getGeneral().getPositionEncodings() : null;
        state.encoding = PositionEncoding.negotiate(offered);
        state.workDoneProgress = params.getCapabilities() != null && params.getCapabilities().getWindow() != null
                && Boolean.TRUE.equals(params.getCapabilities().getWindow().getWorkDoneProgress());
        workspace.setRoot(rootOf(params));

        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setPositionEncoding(state.encoding.wireName());
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setDefinitionProvider(true);
        capabilities.setDeclarationProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        capabilities.setRenameProvider(new RenameOptions(true));
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setWorkspaceSymbolProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".")));
        capabilities.setSignatureHelpProvider(new SignatureHelpOptions(List.of("(", ",")));
        capabilities.setFoldingRangeProvider(true);
        capabilities.setSelectionRangeProvider(true);
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(TokenLegend.legend());
        tokens.setFull(new SemanticTokensServerFull(true));
        tokens.setRange(true);
        capabilities.setSemanticTokensProvider(tokens);
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("heapscope", version())));
    }

    private static String version() {
        String version = HeapscopeLanguageServer.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @SuppressWarnings("deprecation")
    private static Path rootOf(InitializeParams params) {
        String uri = null;
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            uri = folders.get(0).getUri();
        } else if (params.getRootUri() != null) {
            uri = params.getRootUri();
        }
        if (uri != null) {
            try {
                return Path.of(URI.create(uri));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return null;
            }
        }
        return params.getRootPath() == null ? null : Path.of(params.getRootPath());
    }

    @Override
    public void initialized(InitializedParams params) {
        workspaceService.startIndexing();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        state.indexingCancelled = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        diagnosticsExecutor.shutdownNow();
        analysisExecutor.shutdownNow();
        requestExecutor.shutdownNow();
        try {
            diagnosticsExecutor.awaitTermination(1, TimeUnit.SECONDS);
            analysisExecutor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onExit.run();
    }

    /** Whether shutdown came before exit: the process's exit status says so (0 or 1), as the protocol asks. */
    public boolean shutdownRequested() {
        return shutdownRequested;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }
}
