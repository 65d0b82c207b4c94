package dev.heapscope.server;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/** Messages for the client's log (window/logMessage). Stdout is the protocol, so nothing is ever printed. */
final class ServerLog {
    private volatile LanguageClient client;

    void connect(LanguageClient client) {
        this.client = client;
    }

    void info(String message) {
        send(MessageType.Info, message);
    }

    void error(String message) {
        send(MessageType.Error, message);
    }

    private void send(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.logMessage(new MessageParams(type, message));
        }
    }
}
