package dev.heapscope.interpreter.modules;

import dev.heapscope.interpreter.runtime.SourceLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Where the modules Heapscope ships (lib/*.py, resources of the jar) are shown to be: their
 * __file__, their code's co_filename and so every traceback through them. CPython shows the
 * path of its standard library's file, which the user can open; so do we. When the library
 * is a directory (a build's target/classes) that is its file; inside a jar, the module is
 * written once to a cache directory beside the user's other caches,
 * {@code $HEAPSCOPE_LIB_CACHE}, else {@code $XDG_CACHE_HOME/heapscope/lib}, else
 * {@code ~/.cache/heapscope/lib}, and rewritten when a different Heapscope ships different
 * source. Only where no such file can be written is the name the unopenable
 * {@code <heapscope>/json/decoder.py}. Either way the source is registered with SourceLines,
 * so tracebacks show the lines that ran.
 */
final class ShippedFiles {
    private ShippedFiles() {
    }

    private static final String LIBRARY = "/dev/heapscope/interpreter/lib/";

    /** The filename of shipped module {@code relative} (e.g. "json/decoder.py") with this source. */
    static String path(String relative, byte[] source) {
        String name = located(relative, source);
        SourceLines.register(name, new String(source, StandardCharsets.UTF_8));
        return name;
    }

    private static String located(String relative, byte[] source) {
        java.net.URL url = ShippedFiles.class.getResource(LIBRARY + relative);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).toString();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // fall through to the cache
            }
        }
        Path root = cacheRoot();
        if (root != null) {
            Path file = root.resolve(relative);
            try {
                if (!Files.isRegularFile(file) || !Arrays.equals(Files.readAllBytes(file), source)) {
                    Files.createDirectories(file.getParent());
                    // Written beside and moved into place, so a concurrent run never reads half a file.
                    Path partial = Files.createTempFile(file.getParent(), ".shipped", ".tmp");
                    Files.write(partial, source);
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                return file.toString();
            } catch (IOException | RuntimeException e) {
                // an unwritable cache: the virtual name below
            }
        }
        return "<heapscope>/" + relative;
    }

    private static Path cacheRoot() {
        try {
            String explicit = System.getenv("HEAPSCOPE_LIB_CACHE");
            if (explicit != null && !explicit.isEmpty()) {
                return Path.of(explicit).toAbsolutePath();
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isEmpty()) {
                return Path.of(xdg, "heapscope", "lib").toAbsolutePath();
            }
            String home = System.getProperty("user.home");
            return home == null || home.isEmpty() ? null : Path.of(home, ".cache", "heapscope", "lib");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
