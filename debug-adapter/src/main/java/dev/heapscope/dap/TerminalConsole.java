package dev.heapscope.dap;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.debug.RunInTerminalRequestArguments;
import org.eclipse.lsp4j.debug.RunInTerminalRequestArgumentsKind;

/**
 * The adapter's side of a program run in the editor's terminal: a listener on 127.0.0.1
 * for the {@link TerminalBridge} that runInTerminal starts, which must first send the
 * random token this console put on its command line (another local process cannot stand
 * in for it). Once connected, the socket is the program's stdin, stdout and stderr.
 */
final class TerminalConsole implements AutoCloseable {
    /** How long the client may take to start the bridge. */
    private static final long CONNECT_MILLIS = 30_000;

    private final ServerSocket listener;
    private final String token;
    private Socket socket;

    private TerminalConsole(ServerSocket listener, String token) {
        this.listener = listener;
        this.token = token;
    }

    static TerminalConsole open() throws IOException {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return new TerminalConsole(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()),
                HexFormat.of().formatHex(random));
    }

    /** runInTerminal's arguments: this JVM's java running the bridge from this adapter's class path. */
    RunInTerminalRequestArguments request(boolean external, Path cwd, String title) {
        RunInTerminalRequestArguments r = new RunInTerminalRequestArguments();
        r.setKind(external ? RunInTerminalRequestArgumentsKind.EXTERNAL : RunInTerminalRequestArgumentsKind.INTEGRATED);
        r.setTitle(title);
        r.setCwd(cwd.toString());
        r.setArgs(new String[] {Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), TerminalBridge.class.getName(),
            Integer.toString(listener.getLocalPort()), token});
        return r;
    }

    /**
     * Waits for the bridge to connect with the token; fails when the client refused
     * runInTerminal, when {@code abandon} says to stop waiting, or after {@link #CONNECT_MILLIS}.
     */
    void connect(CompletableFuture<?> started, BooleanSupplier abandon) throws IOException {
        long deadline = System.currentTimeMillis() + CONNECT_MILLIS;
        listener.setSoTimeout(200);
        while (true) {
            if (started.isCompletedExceptionally()) {
                throw new IOException("the client could not start the terminal: "
                        + started.handle((v, e) -> e == null ? "" : e.getMessage()).join());
            }
            if (abandon.getAsBoolean() || System.currentTimeMillis() > deadline) {
                throw new IOException("nothing connected from the terminal within "
                        + CONNECT_MILLIS / 1000 + " seconds");
            }
            Socket s;
            try {
                s = listener.accept();
            } catch (SocketTimeoutException e) {
                continue;
            }
            if (sentToken(s)) {
                s.setTcpNoDelay(true);
                socket = s;
                listener.close();
                return;
            }
            s.close();
        }
    }

    private boolean sentToken(Socket s) throws IOException {
        s.setSoTimeout(5_000);
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0 || line.length() > token.length()) {
                    return false;
                }
                line.append((char) c);
            }
        } catch (SocketTimeoutException e) {
            return false;
        }
        s.setSoTimeout(0);
        return line.toString().equals(token);
    }

    /** The connected terminal; only after {@link #connect}. */
    Socket socket() {
        return socket;
    }

    /** Ends the connection, and with it the bridge. */
    @Override
    public void close() {
        try {
            listener.close();
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // Already closed by the bridge.
        }
    }
}
