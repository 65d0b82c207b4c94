package dev.heapscope.dap;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * One of the program's standard streams, delivered as DAP output events of one category
 * instead of bytes: the protocol stream never sees what the program prints. Bytes are
 * decoded as UTF-8; a sequence split across writes waits for its last byte.
 */
final class OutputEvents extends OutputStream {
    private final String category;
    private final BiConsumer<String, String> sink;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    OutputEvents(String category, BiConsumer<String, String> sink) {
        this.category = category;
        this.sink = sink;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        deliver();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        deliver();
    }

    @Override
    public synchronized void flush() {
        deliver();
    }

    /** Sends every complete UTF-8 sequence buffered so far. */
    private void deliver() {
        byte[] bytes = pending.toByteArray();
        int end = completePrefix(bytes);
        if (end == 0) {
            return;
        }
        sink.accept(category, new String(bytes, 0, end, StandardCharsets.UTF_8));
        pending.reset();
        pending.write(bytes, end, bytes.length - end);
    }

    /** Length of the longest prefix that does not end inside a multi-byte sequence. */
    static int completePrefix(byte[] bytes) {
        int n = bytes.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int b = bytes[n - back] & 0xff;
            if ((b & 0xc0) == 0x80) {
                continue;
            }
            int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
            return length > back ? n - back : n;
        }
        return n;
    }
}
