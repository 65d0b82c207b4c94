package dev.heapscope.dap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * What runInTerminal starts in the editor's terminal for {@code "console":
 * "integratedTerminal"}: it connects to the adapter, which runs the program (the debugger
 * inspects it there), and relays the terminal's keyboard to the program's stdin and the
 * program's stdout and stderr to the terminal, so that {@code input()} reads what the
 * user types. It ends when the program does.
 *
 * <p>Usage: {@code java -cp heapscope.jar dev.heapscope.dap.TerminalBridge PORT TOKEN},
 * where PORT is the adapter's listener on 127.0.0.1 and TOKEN the line that proves to it
 * that this is the process it asked for.
 */
public final class TerminalBridge {
    private TerminalBridge() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].matches("\\d{1,5}")) {
            System.err.println("usage: TerminalBridge PORT TOKEN (started by the Heapscope debug adapter)");
            System.exit(2);
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]))) {
            socket.setTcpNoDelay(true);
            OutputStream toProgram = socket.getOutputStream();
            toProgram.write((args[1] + "\n").getBytes(StandardCharsets.US_ASCII));
            toProgram.flush();
            Thread keyboard = new Thread(() -> {
                try {
                    System.in.transferTo(toProgram);
                    // The terminal's end of file is the program's: input() raises EOFError.
                    socket.shutdownOutput();
                } catch (IOException e) {
                    // The program has ended and closed the connection.
                }
            }, "heapscope-terminal-keyboard");
            keyboard.setDaemon(true);
            keyboard.start();
            InputStream fromProgram = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = fromProgram.read(buffer)) > 0; ) {
                System.out.write(buffer, 0, n);
                System.out.flush();
            }
        }
    }
}
