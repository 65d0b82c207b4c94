package dev.heapscope.server;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.completion.CompletionProvider;
import dev.heapscope.server.completion.SignatureHelpProvider;
import dev.heapscope.server.document.DocumentStore;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.document.TextDocument;
import dev.heapscope.server.folding.FoldingProvider;
import dev.heapscope.server.hover.HoverProvider;
import dev.heapscope.server.navigation.NavigationProvider;
import dev.heapscope.server.rename.RenameProvider;
import dev.heapscope.server.symbols.SymbolProvider;
import dev.heapscope.server.tokens.SemanticTokensProvider;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DeclarationParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Routes textDocument/* to the feature classes: converts the client's positions to offsets
 * in the document text and hands each request, with its document's analysis, to one
 * provider. Holds no feature logic.
 */
final class PythonTextDocumentService implements TextDocumentService {
    private final DocumentStore store;
    private final WorkspaceIndex workspace;
    private final Requests requests;
    private final ServerState state;
    private final ExecutorService publisher;
    private final NavigationProvider navigation;
    private final RenameProvider rename;
    private final CompletionProvider completion;
    private final SemanticTokensProvider tokens = new SemanticTokensProvider();
    private volatile LanguageClient client;

    PythonTextDocumentService(DocumentStore store, WorkspaceIndex workspace, Requests requests, ServerState state,
                              ExecutorService publisher) {
        this.store = store;
        this.workspace = workspace;
        this.requests = requests;
        this.state = state;
        this.publisher = publisher;
        this.navigation = new NavigationProvider(workspace);
        this.rename = new RenameProvider(workspace);
        this.completion = new CompletionProvider(workspace);
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    private PositionEncoding encoding() {
        return state.encoding;
    }

    private static int offset(Analysis analysis, Position position, PositionEncoding encoding) {
        return analysis.lines().offsetOf(position, encoding);
    }

    // ---- synchronisation ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var document = params.getTextDocument();
        store.open(document.getUri(), document.getVersion(), document.getText());
        publishWhenAnalysed(document.getUri());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        try {
            store.change(uri, params.getTextDocument().getVersion(), params.getContentChanges(), encoding());
        } catch (RuntimeException e) {
            requests.failed("didChange", uri, e);
            return;
        }
        publishWhenAnalysed(uri);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        store.close(uri);
        tokens.forget(uri);
        java.nio.file.Path file = pathOf(uri);
        if (file != null) {
            workspace.fileChanged(file);
        }
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        java.nio.file.Path file = pathOf(params.getTextDocument().getUri());
        if (file != null) {
            workspace.fileChanged(file);
        }
    }

    /** The file a URI names, or null for a document that is not a file (an untitled buffer). */
    private static java.nio.file.Path pathOf(String uri) {
        try {
            java.net.URI parsed = java.net.URI.create(uri);
            return "file".equals(parsed.getScheme()) ? java.nio.file.Path.of(parsed) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** Publishes the diagnostics of the current text, unless the text changed meanwhile. */
    private void publishWhenAnalysed(String uri) {
        CompletableFuture<DocumentStore.Published> future = store.diagnostics(uri);
        if (future == null) {
            return;
        }
        future.whenCompleteAsync((published, failure) -> {
            TextDocument current = store.document(uri);
            LanguageClient c = client;
            if (published == null || current == null || current.version() != published.version() || c == null) {
                if (failure != null && !(failure instanceof java.util.concurrent.CancellationException)) {
                    requests.failed("diagnostics", uri, failure);
                }
                return;
            }
            try {
                c.publishDiagnostics(new PublishDiagnosticsParams(uri, published.diagnostics(), published.version()));
            } catch (RuntimeException e) {
                requests.failed("diagnostics", uri, e);
            }
        }, publisher);
    }

    // ---- features ----

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return requests.onDocument("hover", params.getTextDocument().getUri(), () -> null,
                (segments, cancel) -> HoverProvider.hover(segments, params.getPosition(), encoding()),
                (analysis, cancel) -> HoverProvider.hover(analysis, offset(analysis, params.getPosition(), encoding()),
                        encoding()));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return requests.onDocument("definition", params.getTextDocument().getUri(), () -> Either.forLeft(List.of()),
                (segments, cancel) -> {
                    var found = navigation.definition(segments, params.getPosition(), encoding());
                    return found == null ? null : new Segments.Answer<>(Either.forLeft(found.value()));
                },
                (analysis, cancel) -> Either.forLeft(navigation.definition(analysis,
                        offset(analysis, params.getPosition(), encoding()), encoding())));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> declaration(
            DeclarationParams params) {
        return requests.onDocument("declaration", params.getTextDocument().getUri(), () -> Either.forLeft(List.of()),
                (segments, cancel) -> {
                    var found = navigation.declaration(segments, params.getPosition(), encoding());
                    return found == null ? null : new Segments.Answer<>(Either.forLeft(found.value()));
                },
                (analysis, cancel) -> Either.forLeft(navigation.declaration(analysis,
                        offset(analysis, params.getPosition(), encoding()), encoding())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        boolean declarations = params.getContext() == null || params.getContext().isIncludeDeclaration();
        return requests.onDocument("references", params.getTextDocument().getUri(), List::of,
                (segments, cancel) -> {
                    var found = navigation.references(segments, params.getPosition(), declarations, encoding());
                    return found == null ? null : new Segments.Answer<List<? extends Location>>(found.value());
                },
                (analysis, cancel) -> navigation.references(analysis,
                        offset(analysis, params.getPosition(), encoding()), declarations, encoding()));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return requests.onDocument("documentHighlight", params.getTextDocument().getUri(), List::of,
                (segments, cancel) -> {
                    var found = navigation.highlights(segments, params.getPosition(), encoding());
                    return found == null ? null : new Segments.Answer<List<? extends DocumentHighlight>>(found.value());
                },
                (analysis, cancel) -> navigation.highlights(analysis,
                        offset(analysis, params.getPosition(), encoding()), encoding()));
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return requests.onDocument("prepareRename", params.getTextDocument().getUri(), () -> null,
                (segments, cancel) -> {
                    var found = rename.prepare(segments, params.getPosition(), encoding());
                    return found == null ? null : new Segments.Answer<>(found.value() == null ? null
                            : Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forSecond(found.value()));
                },
                (analysis, cancel) -> {
                    PrepareRenameResult result = rename.prepare(analysis,
                            offset(analysis, params.getPosition(), encoding()), encoding());
                    return result == null ? null : Either3.forSecond(result);
                });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        String uri = params.getTextDocument().getUri();
        return requests.onDocument("rename", uri, () -> null,
                (segments, cancel) -> rename.rename(segments, params.getPosition(), params.getNewName(), encoding()),
                (analysis, cancel) -> rename.rename(analysis,
                offset(analysis, params.getPosition(), encoding()), params.getNewName(), encoding()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return requests.onDocument("documentSymbol", params.getTextDocument().getUri(), List::of,
                (segments, cancel) -> new Segments.Answer<>(symbols(SymbolProvider.documentSymbols(segments, encoding()))),
                (analysis, cancel) -> symbols(SymbolProvider.documentSymbols(analysis, encoding())));
    }

    private static List<Either<SymbolInformation, DocumentSymbol>> symbols(List<DocumentSymbol> found) {
        List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        for (DocumentSymbol symbol : found) {
            out.add(Either.forRight(symbol));
        }
        return out;
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = params.getTextDocument().getUri();
        return requests.onDocument("completion", uri, () -> Either.forLeft(List.of()), (segments, cancel) -> {
            TextDocument document = store.document(uri);
            if (document == null || document.version() != segments.version()) {
                return null;
            }
            int offset = document.lines().offsetOf(params.getPosition(), encoding());
            return new Segments.Answer<>(Either.forRight(new CompletionList(false,
                    completion.complete(segments, document.text(), document.lines(), offset))));
        }, (analysis, cancel) -> {
            TextDocument document = store.document(uri);
            String text = document == null ? analysis.text() : document.text();
            int offset = document == null ? offset(analysis, params.getPosition(), encoding())
                    : document.lines().offsetOf(params.getPosition(), encoding());
            Analysis usable = usableWhileTyping(uri, analysis);
            return Either.forRight(new CompletionList(false, completion.complete(usable, text, offset)));
        });
    }

    /**
     * The analysis to answer from while the user types: the current one when its text parsed,
     * else the newest whose text did (recovery drops the statement being typed, and with it
     * the class or function the cursor is in).
     */
    private Analysis usableWhileTyping(String uri, Analysis current) {
        if (current.hasTable() && current.syntaxErrors().isEmpty()) {
            return current;
        }
        Analysis clean = store.lastWithTable(uri);
        return clean != null ? clean : current.hasTable() ? current : null;
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
        String uri = params.getTextDocument().getUri();
        return requests.onDocument("signatureHelp", uri, () -> null, (segments, cancel) -> {
            TextDocument document = store.document(uri);
            if (document == null || document.version() != segments.version()) {
                return null;
            }
            int offset = document.lines().offsetOf(params.getPosition(), encoding());
            return new Segments.Answer<>(SignatureHelpProvider.help(segments, document.text(), document.lines(),
                    offset));
        }, (analysis, cancel) -> {
            TextDocument document = store.document(uri);
            String text = document == null ? analysis.text() : document.text();
            int offset = document == null ? offset(analysis, params.getPosition(), encoding())
                    : document.lines().offsetOf(params.getPosition(), encoding());
            Analysis usable = usableWhileTyping(uri, analysis);
            return SignatureHelpProvider.help(usable, text, offset);
        });
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return requests.onDocument("foldingRange", params.getTextDocument().getUri(), List::of,
                (segments, cancel) -> new Segments.Answer<>(FoldingProvider.foldingRanges(segments)),
                (analysis, cancel) -> FoldingProvider.foldingRanges(analysis));
    }

    @Override
    public CompletableFuture<List<SelectionRange>> selectionRange(SelectionRangeParams params) {
        return requests.onDocument("selectionRange", params.getTextDocument().getUri(), List::of,
                (segments, cancel) -> {
                    List<SelectionRange> out = new ArrayList<>();
                    for (Position position : params.getPositions()) {
                        cancel.checkCanceled();
                        out.add(FoldingProvider.selectionRange(segments, position, encoding()));
                    }
                    return new Segments.Answer<>(out);
                },
                (analysis, cancel) -> {
                    List<SelectionRange> out = new ArrayList<>();
                    for (Position position : params.getPositions()) {
                        cancel.checkCanceled();
                        out.add(FoldingProvider.selectionRange(analysis, offset(analysis, position, encoding()),
                                encoding()));
                    }
                    return out;
                });
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return requests.onDocument("semanticTokens/full", params.getTextDocument().getUri(),
                () -> new SemanticTokens(List.of()),
                (segments, cancel) -> new Segments.Answer<>(tokens.full(segments, encoding())),
                (analysis, cancel) -> tokens.full(analysis, encoding()));
    }

    @Override
    public CompletableFuture<Either<SemanticTokens, SemanticTokensDelta>> semanticTokensFullDelta(
            SemanticTokensDeltaParams params) {
        return requests.onDocument("semanticTokens/full/delta", params.getTextDocument().getUri(),
                () -> Either.forLeft(new SemanticTokens(List.of())),
                (segments, cancel) -> new Segments.Answer<>(tokens.delta(segments, params.getPreviousResultId(),
                        encoding())),
                (analysis, cancel) -> tokens.delta(analysis, params.getPreviousResultId(), encoding()));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        return requests.onDocument("semanticTokens/range", params.getTextDocument().getUri(),
                () -> new SemanticTokens(List.of()),
                (segments, cancel) -> new Segments.Answer<>(tokens.range(segments, params.getRange(), encoding())),
                (analysis, cancel) -> tokens.range(analysis, params.getRange(), encoding()));
    }
}
