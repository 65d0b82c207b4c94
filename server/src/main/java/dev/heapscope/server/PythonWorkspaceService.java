package dev.heapscope.server;

import dev.heapscope.server.symbols.SymbolProvider;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Routes workspace/*: symbol search, file changes, and the indexing of the workspace's
 * files at start-up, reported with work-done progress when the client supports it.
 */
final class PythonWorkspaceService implements WorkspaceService {
    private final WorkspaceIndex workspace;
    private final Requests requests;
    private final ServerState state;

    PythonWorkspaceService(WorkspaceIndex workspace, Requests requests, ServerState state) {
        this.workspace = workspace;
        this.requests = requests;
        this.state = state;
    }

    void startIndexing() {
        if (workspace.root() == null) {
            return;
        }
        LanguageClient client = state.client;
        Either<String, Integer> token = Either.forLeft("heapscope-index");
        boolean progress = state.workDoneProgress && client != null;
        CompletableFuture<Void> created = progress
                ? client.createProgress(new WorkDoneProgressCreateParams(token)).handle((ok, error) -> null)
                : CompletableFuture.completedFuture(null);
        Thread indexer = new Thread(null, () -> {
            try {
                created.get();
                if (progress) {
                    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
                    begin.setTitle("Heapscope: indexing Python files");
                    begin.setPercentage(0);
                    begin.setCancellable(false);
                    client.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
                }
                int[] last = {-1};
                workspace.index(percent -> {
                    if (progress && percent != last[0]) {
                        last[0] = percent;
                        WorkDoneProgressReport report = new WorkDoneProgressReport();
                        report.setPercentage(percent);
                        client.notifyProgress(new ProgressParams(token, Either.forLeft(report)));
                    }
                }, () -> state.indexingCancelled);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception | StackOverflowError e) {
                requests.failed("workspace indexing", null, e);
            } finally {
                if (progress) {
                    WorkDoneProgressEnd end = new WorkDoneProgressEnd();
                    end.setMessage(workspace.files().size() + " files");
                    client.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
                }
            }
        }, "heapscope-index", 256L * 1024 * 1024);
        indexer.setDaemon(true);
        indexer.start();
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return requests.onWorkspace("workspace/symbol", () -> Either.forRight(List.of()), cancel -> Either.forRight(
                SymbolProvider.workspaceSymbols(workspace.analyses(), params.getQuery(), state.encoding, cancel)));
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // No settings yet.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        for (FileEvent event : params.getChanges()) {
            try {
                workspace.fileChanged(Path.of(java.net.URI.create(event.getUri())));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // Not a file of ours.
            }
        }
    }
}
