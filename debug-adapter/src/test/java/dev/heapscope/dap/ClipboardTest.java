package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateArgumentsContext;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate with context "clipboard" (VS Code's Copy Value): the whole repr(), as the program prints it. */
class ClipboardTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            class Point:
                def __init__(self, x, y):
                    self.x, self.y = x, y
                def __repr__(self):
                    return f'Point({self.x!r}, {self.y!r})'
            class Broken:
                def __repr__(self):
                    raise ValueError('no repr today')
            point = Point(1, 'two')
            big = list(range(3000))
            text = 'x' * 1000 + '\\n'
            nested = {'points': [point, Point(2.5, None)], 'loop': None}
            loop = [1]
            loop.append(loop)
            broken = Broken()
            for value in (point, big, text, nested, loop):
                print(repr(value))
            """;
    private static final List<String> NAMES = List.of("point", "big", "text", "nested", "loop");

    private EvaluateArguments args(String expression, String context) {
        EvaluateArguments a = new EvaluateArguments();
        a.setExpression(expression);
        a.setContext(context);
        a.setFrameId(1);
        return a;
    }

    @Test
    void copyValueGivesTheWholeReprThatTheProgramPrints() throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        client = new DapClient();
        assertTrue(get(client.server.initialize(new InitializeRequestArguments())).getSupportsClipboardContext());
        client.close();
        client = new DapClient();
        client.start(p, Map.of(), new int[] {16});
        client.awaitStopped("breakpoint");
        String[] copied = new String[NAMES.size()];
        for (int i = 0; i < copied.length; i++) {
            copied[i] = get(client.server.evaluate(args(NAMES.get(i), EvaluateArgumentsContext.CLIPBOARD))).getResult();
        }
        String watched = get(client.server.evaluate(args("big", EvaluateArgumentsContext.WATCH))).getResult();
        assertTrue(watched.contains("...") && watched.length() < 400, "the Variables view shortens: " + watched);
        assertEquals("ValueError: no repr today",
                DapClient.error(client.server.evaluate(args("broken", EvaluateArgumentsContext.CLIPBOARD))));
        assertEquals("Point(1, 'two')", copied[0]);

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(String.join("\n", copied) + "\n", client.stdout());
    }
}
