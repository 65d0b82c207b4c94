package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.CompletionItem;
import org.eclipse.lsp4j.debug.CompletionItemType;
import org.eclipse.lsp4j.debug.CompletionsArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debug-console completions over the protocol: the frame's names, and attributes after a dot. */
class CompletionsTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            import sys, gc
            class Node:
                kind = 'node'
                def __init__(self, value):
                    self.value = value
                    self.next = None
                def visit(self):
                    return self.value
            head = Node(1)
            head.next = Node(2)
            def walk(start):
                current = start
                counter = 0
                print(sys.getrefcount(head), gc.get_count())
                return current
            walk(head)
            """;

    private CompletionsArguments args(String text, int column) {
        CompletionsArguments a = new CompletionsArguments();
        a.setText(text);
        a.setColumn(column);
        a.setFrameId(1);
        return a;
    }

    private List<String> labels(String text) {
        return labels(text, text.length() + 1);
    }

    private List<String> labels(String text, int column) {
        List<String> out = new ArrayList<>();
        for (CompletionItem item : get(client.server.completions(args(text, column))).getTargets()) {
            out.add(item.getLabel());
        }
        return out;
    }

    @Test
    void namesOfTheFrameAndAttributesAfterADotWithoutChangingTheProgram() throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), InputStream.nullInputStream(),
                plain, new ByteArrayOutputStream()));
        client = new DapClient();
        assertTrue(get(client.server.initialize(new InitializeRequestArguments())).getSupportsCompletionsRequest());
        client.close();
        client = new DapClient();
        client.start(p, Map.of(), new int[] {14});
        client.awaitStopped("breakpoint");

        assertEquals(List.of("current"), labels("cur"));
        assertEquals(List.of("counter"), labels("cou"));
        List<String> c = labels("c");
        assertTrue(c.containsAll(List.of("callable", "chr", "class", "continue", "counter", "current")), c.toString());
        assertFalse(c.contains("__class__"), "no dunder names unless asked for");
        List<String> w = labels("w");
        assertTrue(w.contains("walk") && w.contains("while"), "globals and keywords: " + w);
        assertEquals(List.of("head"), labels("print(hea"));

        assertEquals(List.of("kind", "next", "value", "visit"), labels("head."));
        assertEquals(List.of("next"), labels("start.n"));
        assertEquals(List.of("value", "visit"), labels("head.next.v"));
        assertTrue(labels("head.__").contains("__init__"));
        assertTrue(labels("sys.getr").contains("getrefcount"));
        List<String> gcNames = labels("gc.");
        assertTrue(gcNames.containsAll(List.of("collect", "get_count", "get_objects")), gcNames.toString());
        assertFalse(labels("[1, 2].ap").contains("append"), "only chains of names are followed");
        assertTrue(labels("'abc'.").isEmpty());
        assertEquals(List.of(), labels("missing."));

        // The cursor in the middle of the text, on the second line.
        CompletionsArguments middle = args("x = 1\nhead.va + 2", 8);
        middle.setLine(2);
        CompletionItem[] items = get(client.server.completions(middle)).getTargets();
        assertEquals(1, items.length);
        assertEquals("value", items[0].getLabel());
        assertEquals(CompletionItemType.PROPERTY, items[0].getType());
        assertEquals(11, items[0].getStart(), "0-based offset of `va` in the text");
        assertEquals(2, items[0].getLength());
        CompletionItem visit = get(client.server.completions(args("head.vi", 8))).getTargets()[0];
        assertEquals(CompletionItemType.METHOD, visit.getType());

        assertTrue(DapClient.error(client.server.completions(args("head", 9))).contains("column 9 is outside the line"));
        CompletionsArguments badLine = args("head", 1);
        badLine.setLine(3);
        assertTrue(DapClient.error(client.server.completions(badLine)).contains("line 3 is not in the text"));
        CompletionsArguments noText = new CompletionsArguments();
        noText.setColumn(1);
        assertTrue(DapClient.error(client.server.completions(noText)).contains("text"));

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(plain.toString(StandardCharsets.UTF_8), client.stdout(), "completing changed no count");
    }
}
