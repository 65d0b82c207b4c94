package dev.heapscope.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the server on a pair of streams (stdin and stdout for {@code heapscope lsp}). */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    /** Serves until the input ends or the client says exit; returns the process exit status the protocol asks for. */
    public static int serve(InputStream in, OutputStream out) {
        Thread[] listener = new Thread[1];
        HeapscopeLanguageServer server = new HeapscopeLanguageServer(() -> {
            if (listener[0] != null) {
                listener[0].interrupt();
            }
        });
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        listener[0] = Thread.currentThread();
        try {
            listening.get();
        } catch (InterruptedException e) {
            // The exit notification: stop listening.
            listening.cancel(true);
        } catch (ExecutionException e) {
            return 1;
        }
        return server.shutdownRequested() ? 0 : 1;
    }
}
