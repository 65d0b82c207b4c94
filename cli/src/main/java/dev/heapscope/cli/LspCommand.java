package dev.heapscope.cli;

import dev.heapscope.server.ServerLauncher;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code heapscope lsp}: the language server on stdin and stdout. Stdout carries the protocol
 * and nothing else, so System.out is pointed at stderr before the server starts: a stray
 * print anywhere in the process lands in the editor's log, not in the middle of a message.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Run the language server on stdin/stdout (Language Server Protocol).")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        InputStream in = new FileInputStream(FileDescriptor.in);
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err);
        return ServerLauncher.serve(in, protocol);
    }
}
