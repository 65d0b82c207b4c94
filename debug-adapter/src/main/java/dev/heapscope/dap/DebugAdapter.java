package dev.heapscope.dap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/** Starts the debug adapter on a pair of streams (stdin/stdout) or on a local TCP port. */
public final class DebugAdapter {
    private DebugAdapter() {
    }

    /**
     * Serves one debug session over the streams; returns the listening future, done when
     * the input ends. {@code onSessionEnd} runs when the program has ended and the client
     * has been told.
     */
    public static Future<Void> serve(InputStream in, OutputStream out, Runnable onSessionEnd) {
        DebugServer server = new DebugServer(onSessionEnd);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "heapscope-dap");
            t.setDaemon(true);
            return t;
        });
        Launcher<IDebugProtocolClient> launcher = new org.eclipse.lsp4j.jsonrpc.debug.DebugLauncher.Builder<IDebugProtocolClient>()
                .setLocalService(server)
                .setRemoteInterface(IDebugProtocolClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(executor)
                .wrapMessages(consumer -> new AfterResponse(consumer, server))
                .configureGson(gson -> gson.registerTypeAdapterFactory(RestartRequest.ADAPTER))
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }

    /** Listens on 127.0.0.1:{@code port} and serves the first client that connects. */
    public static void serveOnPort(int port, Runnable onSessionEnd) throws IOException {
        try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            Socket socket = listener.accept();
            // Requests and responses are small: without it each waits for the client's delayed ACK.
            socket.setTcpNoDelay(true);
            Future<Void> done = serve(socket.getInputStream(), socket.getOutputStream(), onSessionEnd);
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // The connection ended abnormally; the session is over either way.
            }
        }
    }

    /** Passes messages on and tells the server when a response has been written, for what must follow it. */
    private static final class AfterResponse implements MessageConsumer {
        private final MessageConsumer next;
        private final DebugServer server;

        AfterResponse(MessageConsumer next, DebugServer server) {
            this.next = next;
            this.server = server;
        }

        @Override
        public void consume(org.eclipse.lsp4j.jsonrpc.messages.Message message) {
            next.consume(message);
            if (message instanceof ResponseMessage) {
                server.responseWritten();
            }
        }
    }
}
