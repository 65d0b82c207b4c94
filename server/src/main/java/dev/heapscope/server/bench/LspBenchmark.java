package dev.heapscope.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Language-server benchmark (not a test; bench/lsp runs it): starts {@code heapscope lsp}
 * as a child process and talks to it as an editor does. Measures the time from an edit of a
 * 10,000-line file to its diagnostics (an edit within a line, and one that inserts or deletes
 * a line), hover and definition latency at many names, and hover and definition sent right
 * after an edit.
 * Prints one line per figure: {@code name median_ms=... p95_ms=... n=...}.
 */
public final class LspBenchmark {
    /** The pause before each edit that hover and definition follow. */
    private static final long PAUSE_MS = 600;

    private LspBenchmark() {
    }

    /** The client side: waits for the diagnostics of a given version. */
    private static final class Client implements LanguageClient {
        final Map<Integer, CompletableFuture<Long>> diagnosticsAt = new ConcurrentHashMap<>();

        CompletableFuture<Long> await(int version) {
            return diagnosticsAt.computeIfAbsent(version, v -> new CompletableFuture<>());
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            if (params.getVersion() != null) {
                await(params.getVersion()).complete(System.nanoTime());
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

    /** A 10,000-line module of classes, methods, closures, comprehensions and loops. */
    static String program(int lines) {
        StringBuilder out = new StringBuilder("import os\nimport sys\nTOTAL = 0\n");
        int block = 0;
        while (out.chars().filter(c -> c == '\n').count() < lines - 25) {
            out.append("\n\nclass Shape").append(block).append(":\n")
                    .append("    \"\"\"Shape number ").append(block).append(".\"\"\"\n")
                    .append("    sides = ").append(block % 7).append("\n\n")
                    .append("    def __init__(self, width, height=1):\n")
                    .append("        self.width = width\n")
                    .append("        self.height = height\n\n")
                    .append("    def area(self, scale=1):\n")
                    .append("        total = self.width * self.height * scale\n")
                    .append("        return total + len(os.sep)\n\n\n")
                    .append("def build").append(block).append("(items, limit=10):\n")
                    .append("    global TOTAL\n")
                    .append("    counts = {}\n")
                    .append("    def bump(key):\n")
                    .append("        counts[key] = counts.get(key, 0) + 1\n")
                    .append("        return counts[key]\n")
                    .append("    for item in items:\n")
                    .append("        if item > limit:\n")
                    .append("            continue\n")
                    .append("        TOTAL += bump(item)\n")
                    .append("    return [Shape").append(block).append("(n).area() for n in range(limit) if n % 2]\n");
            block++;
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int lookups = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        String text = program(lines);
        Path dir = Files.createTempDirectory("heapscope-bench");
        Path file = dir.resolve("big.py");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xss64m"));
        // Extra options for the server's JVM only (a JFR recording, say), split at spaces.
        String serverOptions = System.getenv("HEAPSCOPE_LSP_SERVER_OPTS");
        if (serverOptions != null && !serverOptions.isBlank()) {
            command.addAll(List.of(serverOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.heapscope.cli.Main", "lsp"));
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Client client = new Client();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(),
                server.getOutputStream());
        launcher.startListening();
        LanguageServer remote = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        remote.initialize(init).get(60, TimeUnit.SECONDS);
        remote.initialized(new InitializedParams());

        String uri = file.toUri().toString();
        String[] textLines = text.split("\n", -1);
        long openStart = System.nanoTime();
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "python", 1, text)));
        long openDone = client.await(1).get(120, TimeUnit.SECONDS);
        System.out.printf("open_%d_lines first_diagnostics_ms=%.1f%n", textLines.length - 1, (openDone - openStart) / 1e6);

        // Warm up the JIT on the same work, then measure: each edit renames one local in the middle.
        Random random = new Random(7);
        List<Double> editTimes = new ArrayList<>();
        int version = 1;
        int warmup = 10;
        for (int i = 0; i < warmup + edits; i++) {
            int line = findLine(textLines, "        total = self.width", textLines.length / 2 + random.nextInt(200));
            Position start = new Position(line, 8);
            String replacement = i % 2 == 0 ? "totals" : "total";
            Position end = new Position(line, 8 + (i % 2 == 0 ? 5 : 6));
            version++;
            CompletableFuture<Long> done = client.await(version);
            long sent = System.nanoTime();
            remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(new Range(start, end), replacement))));
            long received = done.get(120, TimeUnit.SECONDS);
            textLines[line] = textLines[line].substring(0, 8) + replacement + textLines[line].substring(end.getCharacter());
            if (i >= warmup) {
                editTimes.add((received - sent) / 1e6);
            }
        }
        report("diagnostics_after_edit", editTimes);

        // Edits that change the line count (Enter, deleting a line): every later statement moves.
        List<Double> lineEditTimes = new ArrayList<>();
        int edited = 0;
        for (int i = 0; i < warmup + edits; i++) {
            boolean insert = i % 2 == 0;
            if (insert) {
                edited = findLine(textLines, "        total = self.width", textLines.length / 2 + random.nextInt(200));
            }
            Range range = insert ? new Range(new Position(edited + 1, 0), new Position(edited + 1, 0))
                    : new Range(new Position(edited + 1, 0), new Position(edited + 2, 0));
            version++;
            CompletableFuture<Long> done = client.await(version);
            long sent = System.nanoTime();
            remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(range, insert ? "        total += 1\n" : ""))));
            long received = done.get(120, TimeUnit.SECONDS);
            textLines = insertOrDelete(textLines, edited + 1, insert ? "        total += 1" : null);
            if (i >= warmup) {
                lineEditTimes.add((received - sent) / 1e6);
            }
        }
        report("diagnostics_after_line_edit", lineEditTimes);

        // Hover and definition sent right after an edit (as an editor does when the user types
        // and points): before the whole-file analysis of the new text is done. Each edit comes
        // after a pause in which the previous text's analysis finishes, as when a user stops
        // typing; without it, the figure is the time a core takes to free up.
        List<Double> hoversAfterEdit = new ArrayList<>();
        List<Double> definitionsAfterEdit = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            Thread.sleep(PAUSE_MS);
            int line = findLine(textLines, "        total = self.width", textLines.length / 2 + random.nextInt(200));
            String replacement = i % 2 == 0 ? "totals" : "total";
            Position start = new Position(line, 8);
            Position end = new Position(line, 8 + (i % 2 == 0 ? 5 : 6));
            version++;
            CompletableFuture<Long> done = client.await(version);
            remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(new Range(start, end), replacement))));
            textLines[line] = textLines[line].substring(0, 8) + replacement + textLines[line].substring(end.getCharacter());
            // A read of the module global TOTAL farther down, and the global os on the next line.
            int global = findLine(textLines, "        TOTAL += bump(item)", line);
            TextDocumentIdentifier current = new TextDocumentIdentifier(uri);
            long t0 = System.nanoTime();
            remote.getTextDocumentService().hover(new HoverParams(current, new Position(global, 10))).get(60, TimeUnit.SECONDS);
            long t1 = System.nanoTime();
            remote.getTextDocumentService().definition(new DefinitionParams(current, new Position(line + 1, 28)))
                    .get(60, TimeUnit.SECONDS);
            long t2 = System.nanoTime();
            done.get(120, TimeUnit.SECONDS);
            if (i >= warmup) {
                hoversAfterEdit.add((t1 - t0) / 1e6);
                definitionsAfterEdit.add((t2 - t1) / 1e6);
            }
        }
        report("hover_after_edit", hoversAfterEdit);
        report("definition_after_edit", definitionsAfterEdit);

        // The same after an edit that inserts or deletes a line: the whole-file analysis then
        // parses the whole text again, so a request waiting for it waits longest.
        List<Double> hoversAfterLineEdit = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            Thread.sleep(PAUSE_MS);
            boolean insert = i % 2 == 0;
            if (insert) {
                edited = findLine(textLines, "        total = self.width", textLines.length / 2 + random.nextInt(200));
            }
            Range range = insert ? new Range(new Position(edited + 1, 0), new Position(edited + 1, 0))
                    : new Range(new Position(edited + 1, 0), new Position(edited + 2, 0));
            version++;
            CompletableFuture<Long> done = client.await(version);
            remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(range, insert ? "        total += 1\n" : ""))));
            textLines = insertOrDelete(textLines, edited + 1, insert ? "        total += 1" : null);
            int global = findLine(textLines, "        TOTAL += bump(item)", edited);
            long t0 = System.nanoTime();
            remote.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    new Position(global, 10))).get(60, TimeUnit.SECONDS);
            long t1 = System.nanoTime();
            done.get(120, TimeUnit.SECONDS);
            if (i >= warmup) {
                hoversAfterLineEdit.add((t1 - t0) / 1e6);
            }
        }
        report("hover_after_line_edit", hoversAfterLineEdit);

        List<Position> names = new ArrayList<>();
        for (int i = 0; i < lookups; i++) {
            int line = random.nextInt(textLines.length - 1);
            String l = textLines[line];
            int col = 0;
            while (col < l.length() && !Character.isJavaIdentifierStart(l.charAt(col))) {
                col++;
            }
            names.add(new Position(line, Math.min(col + 1, Math.max(0, l.length()))));
        }
        TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
        List<Double> hovers = new ArrayList<>();
        List<Double> definitions = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (Position p : names) {
                long t0 = System.nanoTime();
                remote.getTextDocumentService().hover(new HoverParams(doc, p)).get(60, TimeUnit.SECONDS);
                long t1 = System.nanoTime();
                remote.getTextDocumentService().definition(new DefinitionParams(doc, p)).get(60, TimeUnit.SECONDS);
                long t2 = System.nanoTime();
                if (round == 1) {
                    hovers.add((t1 - t0) / 1e6);
                    definitions.add((t2 - t1) / 1e6);
                }
            }
        }
        report("hover", hovers);
        report("definition", definitions);
        remote.shutdown().get(30, TimeUnit.SECONDS);
        remote.exit();
        server.waitFor(10, TimeUnit.SECONDS);
        server.destroy();
        deleteQuietly(file, dir);
        System.exit(0);
    }

    /** The lines with {@code added} inserted at {@code at}, or with line {@code at} removed when it is null. */
    private static String[] insertOrDelete(String[] lines, int at, String added) {
        List<String> out = new ArrayList<>(List.of(lines));
        if (added == null) {
            out.remove(at);
        } else {
            out.add(at, added);
        }
        return out.toArray(new String[0]);
    }

    private static int findLine(String[] lines, String prefix, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no line starts with " + prefix);
    }

    private static void report(String name, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        System.out.printf("%s median_ms=%.2f p95_ms=%.2f n=%d%n", name, median, p95, sorted.length);
    }

    private static void deleteQuietly(Path file, Path dir) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
