package dev.heapscope.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** CPython 3.11's standard-library modules, the real-world text the robustness tests edit. */
public final class StdlibSources {
    private static final Path STDLIB = Path.of("/usr/lib/python3.11");

    private StdlibSources() {
    }

    /** The top-level {@code .py} files smaller than the limit, sorted; the test is skipped when there is no library. */
    public static List<Path> smallerThan(long bytes) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(STDLIB), "CPython 3.11's standard library is not at " + STDLIB);
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(STDLIB)) {
            files.filter(p -> p.toString().endsWith(".py")).sorted().forEach(p -> {
                try {
                    if (Files.size(p) < bytes) {
                        sources.add(p);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return sources;
    }
}
