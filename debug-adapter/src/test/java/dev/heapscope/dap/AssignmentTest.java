package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static dev.heapscope.dap.DapClient.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.SetExpressionArguments;
import org.eclipse.lsp4j.debug.SetExpressionResponse;
import org.eclipse.lsp4j.debug.SetVariableArguments;
import org.eclipse.lsp4j.debug.SetVariableResponse;
import org.eclipse.lsp4j.debug.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * setVariable and setExpression over the protocol: each rebinding behaves as the same
 * assignment written in the program (its output, refcounts included, is that of a plain
 * run of the program with the assignments inserted), and the refcount audit at exit finds
 * every count exact.
 */
class AssignmentTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            import sys
            class Box:
                pass
            old = [1]; new = [2]
            box = Box(); box.item = old
            items = [old, 0]
            table = {'k': old}
            count = 0
            def f():
                local = old
                def inner():
                    return local
                print(sys.getrefcount(old), sys.getrefcount(new))
                return inner
            g = f()
            print(sys.getrefcount(old), sys.getrefcount(new), g() is new, box.item is new, items[0] is new,
                  table['k'] is new, count)
            del g
            print(sys.getrefcount(old), sys.getrefcount(new))
            """;
    private static final int PRINT_IN_F = 13;
    /** The same rebindings written as code, before line 13. */
    private static final String REBINDINGS =
            "    local = new; items[0] = new; table['k'] = new; box.item = new; globals()['count'] = 5\n";

    private String plainRun(String source) throws IOException {
        Path p = dir.resolve("plain.py");
        Files.writeString(p, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), InputStream.nullInputStream(),
                out, new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String withRebindings() {
        List<String> lines = new java.util.ArrayList<>(List.of(PROGRAM.split("\n", -1)));
        lines.add(PRINT_IN_F - 1, REBINDINGS.stripTrailing());
        return String.join("\n", lines);
    }

    private SetVariableResponse setVariable(int reference, String name, String value) {
        SetVariableArguments args = new SetVariableArguments();
        args.setVariablesReference(reference);
        args.setName(name);
        args.setValue(value);
        return get(client.server.setVariable(args));
    }

    private String setVariableError(int reference, String name, String value) {
        SetVariableArguments args = new SetVariableArguments();
        args.setVariablesReference(reference);
        args.setName(name);
        args.setValue(value);
        return DapClient.error(client.server.setVariable(args));
    }

    private SetExpressionResponse setExpression(String expression, String value) {
        SetExpressionArguments args = new SetExpressionArguments();
        args.setExpression(expression);
        args.setValue(value);
        args.setFrameId(1);
        return get(client.server.setExpression(args));
    }

    private String setExpressionError(String expression, String value) {
        SetExpressionArguments args = new SetExpressionArguments();
        args.setExpression(expression);
        args.setValue(value);
        args.setFrameId(1);
        return DapClient.error(client.server.setExpression(args));
    }

    @Test
    void capabilitiesOfferBoth() throws IOException {
        client = new DapClient();
        var caps = get(client.server.initialize(new InitializeRequestArguments()));
        assertTrue(caps.getSupportsSetVariable());
        assertTrue(caps.getSupportsSetExpression());
    }

    @Test
    void rebindingsActAsTheSameAssignmentsInTheProgramAndKeepEveryCountExact() throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        String expected = plainRun(withRebindings());
        client = new DapClient();
        client.start(p, Map.of("auditRefs", true), new int[] {PRINT_IN_F});
        client.awaitStopped("breakpoint");

        // A cell variable of f, in its Locals scope.
        int locals = client.scope(1, "Locals").getVariablesReference();
        SetVariableResponse local = setVariable(locals, "local", "new");
        assertTrue(local.getValue().startsWith("[2]  · id "), local.getValue());
        assertTrue(named(client.variables(locals), "local").getValue().startsWith("[2]"), "the scope shows the rebinding");

        int globals = client.scope(1, "Globals").getVariablesReference();
        Variable[] names = client.variables(globals);
        // A list item and a dict entry, through their containers' nodes.
        int items = named(names, "items").getVariablesReference();
        assertTrue(setVariable(items, "0", "new").getValue().startsWith("[2]"));
        assertTrue(named(client.variables(items), "0").getValue().startsWith("[2]"));
        int table = named(names, "table").getVariablesReference();
        SetVariableResponse entry = setVariable(table, "'k'", "new");
        assertTrue(entry.getValue().startsWith("[2]"), entry.getValue());

        // An attribute and a global the function never binds, as watch expressions.
        SetExpressionResponse attribute = setExpression("box.item", "new");
        assertTrue(attribute.getValue().startsWith("[2]"), attribute.getValue());
        SetExpressionResponse global = setExpression("count", "2 + 3");
        assertTrue(global.getValue().startsWith("5"), global.getValue());

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit(), client.stderr());
        assertEquals(expected, client.stdout());
        assertTrue(client.stderr().contains("every refcount matches the references found"), client.stderr());
    }

    @Test
    void badAssignmentsGetSentencesAndTheAdapterGoesOn() throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM.replace("items = [old, 0]", "items = [old, 0]; pair = (1, 2); seen = {3}"));
        client = new DapClient();
        SetVariableArguments early = new SetVariableArguments();
        early.setVariablesReference(1);
        early.setName("x");
        early.setValue("1");
        assertTrue(DapClient.error(client.server.setVariable(early)).contains("not paused"));
        client.start(p, Map.of("auditRefs", true), new int[] {PRINT_IN_F});
        client.awaitStopped("breakpoint");
        int locals = client.scope(1, "Locals").getVariablesReference();
        int globals = client.scope(1, "Globals").getVariablesReference();
        Variable[] names = client.variables(globals);

        assertTrue(setVariableError(9999, "x", "1").contains("does not belong to this pause"));
        assertEquals("there is no name `nope` in this scope", setVariableError(locals, "nope", "1"));
        assertEquals("NameError: name 'undefined' is not defined", setVariableError(locals, "local", "undefined"));
        assertTrue(setVariableError(locals, "local", "1 +").contains("SyntaxError: invalid syntax"));
        assertTrue(setVariableError(locals, "local", "x = 1").contains("an expression is needed"));
        assertEquals("TypeError: 'tuple' object does not support item assignment",
                setVariableError(named(names, "pair").getVariablesReference(), "0", "9"));
        assertTrue(setVariableError(named(names, "seen").getVariablesReference(), "<0>", "9").contains("set"));
        assertTrue(setVariableError(named(names, "old").getVariablesReference(), "memory", "9").contains("memory"));
        assertTrue(setVariableError(client.scope(1, "Garbage collector").getVariablesReference(), "enabled", "0")
                .contains("figures"));
        assertTrue(setExpressionError("len(old)", "3").contains("cannot assign to function call"));
        assertTrue(setExpressionError("None", "3").contains("cannot assign to None"));
        assertEquals("AttributeError: 'list' object has no attribute 'nope'", setExpressionError("old.nope", "3"));

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit(), client.stderr());
        assertTrue(client.stderr().contains("every refcount matches the references found"), client.stderr());
    }
}
