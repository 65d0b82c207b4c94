package dev.heapscope.cli;

import dev.heapscope.dap.DebugAdapter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heapscope dap}: the debug adapter on stdin/stdout, or with {@code --port N} on
 * 127.0.0.1 only. Standard output is the protocol stream, so System.out is pointed at
 * standard error before anything else runs: no stray print can corrupt the protocol.
 */
@Command(name = "dap", mixinStandardHelpOptions = true,
        description = "Speak the Debug Adapter Protocol on stdin/stdout (or on 127.0.0.1:PORT).")
final class DapCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "listen on 127.0.0.1:N for one client instead of stdin/stdout")
    Integer port;

    @Override
    public Integer call() throws IOException {
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        FileInputStream protocolIn = new FileInputStream(FileDescriptor.in);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        // The session ends when the program has ended and the client was told: the adapter process ends with it.
        Runnable onSessionEnd = () -> {
            System.err.flush();
            Runtime.getRuntime().halt(0);
        };
        if (port != null) {
            if (port < 0 || port > 65535) {
                System.err.println("heapscope dap: --port must be between 0 and 65535");
                return Main.USAGE_ERROR;
            }
            DebugAdapter.serveOnPort(port, onSessionEnd);
            return 0;
        }
        try {
            DebugAdapter.serve(protocolIn, protocolOut, onSessionEnd).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The client went away; nothing is left to serve.
        }
        return 0;
    }
}
