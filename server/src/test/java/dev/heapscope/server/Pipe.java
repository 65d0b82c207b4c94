package dev.heapscope.server;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * An in-memory pipe between the test editor and the server. Unlike java.io's piped streams
 * it does not care which threads write: the server writes from its request, analysis and
 * indexing threads, and a piped stream fails ("write end dead") once a writer thread ends.
 */
final class Pipe {
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean closed;

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) {
            synchronized (Pipe.this) {
                if (end + len > buffer.length) {
                    int size = end - start;
                    byte[] bigger = size + len > buffer.length ? new byte[Math.max(buffer.length * 2, size + len)] : buffer;
                    System.arraycopy(buffer, start, bigger, 0, size);
                    buffer = bigger;
                    start = 0;
                    end = size;
                }
                System.arraycopy(bytes, off, buffer, end, len);
                end += len;
                Pipe.this.notifyAll();
            }
        }

        @Override
        public void close() {
            shut();
        }
    };

    final InputStream in = new InputStream() {
        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int off, int len) {
            synchronized (Pipe.this) {
                while (start == end && !closed) {
                    try {
                        Pipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return -1;
                    }
                }
                if (start == end) {
                    return -1;
                }
                int n = Math.min(len, end - start);
                System.arraycopy(buffer, start, bytes, off, n);
                start += n;
                return n;
            }
        }

        @Override
        public int available() {
            synchronized (Pipe.this) {
                return end - start;
            }
        }

        @Override
        public void close() {
            shut();
        }
    };

    private synchronized void shut() {
        closed = true;
        notifyAll();
    }
}
