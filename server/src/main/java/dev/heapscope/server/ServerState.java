package dev.heapscope.server;

import dev.heapscope.server.document.PositionEncoding;
import org.eclipse.lsp4j.services.LanguageClient;

/** What initialize negotiated and the client the server talks to; set once, read by every thread. */
final class ServerState {
    volatile PositionEncoding encoding = PositionEncoding.UTF16;
    volatile boolean workDoneProgress;
    volatile LanguageClient client;
    volatile boolean indexingCancelled;
}
