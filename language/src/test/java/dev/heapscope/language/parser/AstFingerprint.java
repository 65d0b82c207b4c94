package dev.heapscope.language.parser;

import dev.heapscope.language.ast.AstDump;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A developer's tool, not a test: one line per .py file under a directory (site-packages
 * left out), its path and the SHA-256 of our {@code ast.dump} of it, or of the SyntaxError's
 * oracle line. Run before and after a parser change and diff the two outputs: a change that
 * only makes parsing faster must leave every line as it was.
 *
 * <pre>java -Xss64m -cp language/target/classes:language/target/test-classes:ANTLR_JAR \
 *     dev.heapscope.language.parser.AstFingerprint STDLIB &gt; before.txt</pre>
 */
public final class AstFingerprint {
    private AstFingerprint() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 1) {
            System.err.println("usage: AstFingerprint DIR");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        for (Path file : files) {
            String dump;
            try {
                dump = AstDump.dump(SourceParser.parse(Files.readAllBytes(file), file.toString()));
            } catch (PythonSyntaxError e) {
                dump = e.oracleLine();
            } catch (RuntimeException | StackOverflowError e) {
                dump = e.toString();
            }
            byte[] digest = sha.digest(dump.getBytes(StandardCharsets.UTF_8));
            System.out.println(root.relativize(file) + " " + hex.formatHex(digest));
        }
    }
}
