package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static dev.heapscope.dap.DapClient.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateArgumentsContext;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExceptionBreakMode;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.ExceptionInfoResponse;
import org.eclipse.lsp4j.debug.FunctionBreakpoint;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.PauseArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.VariablesArgumentsFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the adapter over streams through whole sessions, request by request, as VS Code would. */
class DebugAdapterProtocolTest {
    @TempDir
    Path dir;

    private DapClient client;

    private DapClient client() throws IOException {
        client = new DapClient();
        return client;
    }

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private Path program(String source) throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, source);
        return p;
    }

    private static void cont(DapClient c) {
        get(c.server.continue_(new ContinueArguments()));
    }

    private static void next(DapClient c) {
        get(c.server.next(new NextArguments()));
    }

    private static EvaluateResponse evaluate(DapClient c, String expression, String context) {
        return evaluate(c, expression, context, 1);
    }

    private static EvaluateResponse evaluate(DapClient c, String expression, String context, int frameId) {
        EvaluateArguments args = new EvaluateArguments();
        args.setExpression(expression);
        args.setContext(context);
        args.setFrameId(frameId);
        return get(c.server.evaluate(args));
    }

    @Test
    void capabilitiesOfferTheGcFilters() throws IOException {
        var caps = get(client().server.initialize(new InitializeRequestArguments()));
        assertTrue(caps.getSupportsConfigurationDoneRequest());
        assertTrue(caps.getSupportsConditionalBreakpoints());
        assertTrue(caps.getSupportsLogPoints());
        List<String> filters = java.util.Arrays.stream(caps.getExceptionBreakpointFilters())
                .map(f -> f.getFilter()).toList();
        assertEquals(List.of("raised", "uncaught", "gc", "gcCollected", "finalize"), filters);
    }

    @Test
    void programOutputTravelsAsEventsAndTheExitCodeArrives() throws IOException {
        Path p = program("import sys\nprint('hello')\nprint('oops', file=sys.stderr)\nsys.exit(3)\n");
        DapClient c = client();
        c.start(p, Map.of(), new int[0]);
        assertEquals(3, c.awaitExit());
        assertEquals("hello\n", c.stdout());
        assertEquals("oops\n", c.stderr());
    }

    @Test
    void anUncaughtExceptionWithoutItsFilterPrintsTheTracebackAndExitsWith1() throws IOException {
        Path p = program("def f():\n    return 1 / 0\nf()\n");
        DapClient c = client();
        c.start(p, Map.of(), new int[0]);
        assertEquals(1, c.awaitExit());
        assertTrue(c.stderr().endsWith("ZeroDivisionError: division by zero\n"), c.stderr());
    }

    @Test
    void launchErrorsAreSentences() throws IOException {
        DapClient c = client();
        get(c.server.initialize(new InitializeRequestArguments()));
        String missing = DapClient.error(c.server.launch(Map.of("program", dir.resolve("nope.py").toString())));
        assertTrue(missing.contains("[Errno 2] No such file or directory"), missing);
        Path bad = program("x = (1,\n");
        String syntax = DapClient.error(c.server.launch(Map.of("program", bad.toString())));
        assertTrue(syntax.contains("SyntaxError: '(' was never closed"), syntax);
        String memory = DapClient.error(c.server.launch(Map.of("program", bad.toString(), "memoryInfo", "loud")));
        assertTrue(memory.contains("memoryInfo"), memory);
    }

    private static final String NODES = """
            class Node:
                def __init__(self, value):
                    self.value = value
                    self.next = None

            def build(n):
                head = None
                for i in range(n):
                    node = Node(i)
                    node.next = head
                    head = node
                return head

            a = [1, 2, 3]
            b = a
            chain = build(3)
            print(len(a))
            """;

    @Test
    void breakpointStackScopesAndVariablesWithMemoryInfo() throws IOException {
        Path p = program(NODES);
        DapClient c = client();
        c.start(p, Map.of(), new int[] {12});
        c.awaitStopped("breakpoint");
        StackFrame[] stack = c.stack();
        assertEquals(List.of("build", "<module>"), c.frameNames());
        assertEquals(12, stack[0].getLine());
        assertEquals(16, stack[1].getLine());
        assertEquals(p.toString(), stack[0].getSource().getPath());

        List<String> scopes = java.util.Arrays.stream(c.scopes(stack[0].getId())).map(Scope::getName).toList();
        assertEquals(List.of("Locals", "Globals", "Builtins", "Garbage collector"), scopes);
        assertTrue(c.scope(stack[0].getId(), "Builtins").isExpensive());
        Variable[] locals = c.variables(c.scope(stack[0].getId(), "Locals").getVariablesReference());
        assertEquals(List.of("n", "head", "i", "node"), DapClient.names(locals));
        Variable n = named(locals, "n");
        assertTrue(n.getValue().startsWith("3  · id 0x"), n.getValue());
        assertTrue(n.getValue().endsWith("· refs static · untracked"), n.getValue());
        assertEquals("int", n.getType());
        assertEquals("n", n.getEvaluateName());

        // The head node is held by two names of build and by nothing else.
        Variable head = named(locals, "head");
        assertTrue(head.getValue().startsWith("<__main__.Node object at 0x"), head.getValue());
        assertTrue(head.getValue().contains("· refs 2 · gen 0"), head.getValue());
        Variable[] headChildren = c.variables(head.getVariablesReference());
        assertEquals(List.of("memory", "value", "next"), DapClient.names(headChildren));
        assertEquals("(head).next", named(headChildren, "next").getEvaluateName());
        List<String> holders = holders(c, head);
        assertEquals(List.of("the name `head` in `build`", "the name `node` in `build`"), holders);

        // The second node is held only by the first one's attribute.
        Variable second = named(headChildren, "next");
        assertEquals(List.of("attribute `next` of a Node"), holders(c, second));

        Variable[] globals = c.variables(c.scope(stack[1].getId(), "Globals").getVariablesReference());
        Variable a = named(globals, "a");
        assertTrue(a.getValue().startsWith("[1, 2, 3]  · id 0x"), a.getValue());
        assertTrue(a.getValue().endsWith("· refs 2 · gen 0"), a.getValue());
        assertEquals(3, a.getIndexedVariables());
        Variable[] memory = c.variables(named(c.variables(a.getVariablesReference()), "memory").getVariablesReference());
        assertEquals(List.of("id", "type", "refcount", "referents", "tracked", "generation", "sys.getsizeof",
                "allocator"), DapClient.names(memory));
        assertEquals("2 (sys.getrefcount would say 3)", named(memory, "refcount").getValue());
        assertTrue(named(memory, "sys.getsizeof").getValue().matches("\\d+ bytes"), named(memory, "sys.getsizeof").getValue());
        assertTrue(named(memory, "allocator").getValue().startsWith("pymalloc arena "),
                named(memory, "allocator").getValue());
        assertEquals(List.of("the name `a` in `<module>`", "the name `b` in `<module>`"), holders(c, a));

        Variable[] gc = c.variables(c.scope(stack[0].getId(), "Garbage collector").getVariablesReference());
        assertTrue(named(gc, "generation 0").getValue().contains("/ threshold 700"), named(gc, "generation 0").getValue());
        assertEquals("True", named(gc, "enabled").getValue());

        cont(c);
        assertEquals(0, c.awaitExit());
        assertEquals("3\n", c.stdout());
    }

    private static List<String> holders(DapClient c, Variable v) {
        Variable memory = named(c.variables(v.getVariablesReference()), "memory");
        Variable refcount = named(c.variables(memory.getVariablesReference()), "refcount");
        return java.util.Arrays.stream(c.variables(refcount.getVariablesReference()))
                .map(h -> h.getValue().split("  — ")[0]).toList();
    }

    @Test
    void inspectingChangesNoCount() throws IOException {
        Path p = program("""
                import gc, sys
                class Node:
                    pass
                a = [1, 2, 3]
                b = {'k': a}
                n = Node()
                n.items = a
                print(sys.getrefcount(a), sys.getrefcount(n), gc.get_count())
                print(sys.getrefcount(a), sys.getrefcount(n), gc.get_count())
                """);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        int status = dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), java.io.InputStream.nullInputStream(),
                plain, new java.io.ByteArrayOutputStream());
        assertEquals(0, status);
        DapClient c = client();
        c.start(p, Map.of(), new int[] {9});
        c.awaitStopped("breakpoint");
        Variable[] globals = c.variables(c.scope(1, "Globals").getVariablesReference());
        for (String name : List.of("a", "b", "n")) {
            Variable v = named(globals, name);
            expandAll(c, v.getVariablesReference(), 3);
            holders(c, v);
        }
        evaluate(c, "a", EvaluateArgumentsContext.WATCH);
        cont(c);
        assertEquals(0, c.awaitExit());
        assertEquals(plain.toString(java.nio.charset.StandardCharsets.UTF_8), c.stdout());
    }

    private static void expandAll(DapClient c, int reference, int depth) {
        if (reference == 0 || depth == 0) {
            return;
        }
        for (Variable child : c.variables(reference)) {
            expandAll(c, child.getVariablesReference(), depth - 1);
        }
    }

    @Test
    void closuresShowEnclosingNamesAndTheirCells() throws IOException {
        Path p = program("""
                def outer():
                    shared = [0]
                    def inner():
                        shared[0] += 1
                        return shared
                    return inner()
                outer()
                """);
        DapClient c = client();
        c.start(p, Map.of(), new int[] {5});
        c.awaitStopped("breakpoint");
        assertEquals(List.of("outer.<locals>.inner", "outer", "<module>"), c.frameNames());
        Variable shared = named(c.variables(c.scope(1, "Enclosing").getVariablesReference()), "shared");
        assertTrue(shared.getValue().startsWith("[1]"), shared.getValue());
        Variable[] outerLocals = c.variables(c.scope(2, "Locals").getVariablesReference());
        assertTrue(DapClient.names(outerLocals).containsAll(List.of("inner", "shared")), DapClient.names(outerLocals).toString());
        List<String> holders = holders(c, shared);
        assertEquals(1, holders.size(), holders.toString());
        assertTrue(holders.get(0).startsWith("the cell of `shared` in `"), holders.toString());
        cont(c);
        assertEquals(0, c.awaitExit());
    }

    @Test
    void gcFiltersStopOnCollectionsWithTheirFigures() throws IOException {
        Path p = program("""
                import gc
                class N:
                    pass
                def churn():
                    a = N(); b = N(); a.o = b; b.o = a
                churn()
                found = gc.collect(0)
                found2 = gc.collect()
                print(found, found2)
                """);
        DapClient c = client();
        c.start(p, Map.of("stopOnEntry", true), new int[0]);
        c.awaitStopped("entry");
        org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments filters =
                new org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments();
        org.eclipse.lsp4j.debug.ExceptionFilterOptions start = new org.eclipse.lsp4j.debug.ExceptionFilterOptions();
        start.setFilterId("gc");
        start.setCondition("generation == 2");
        org.eclipse.lsp4j.debug.ExceptionFilterOptions collected = new org.eclipse.lsp4j.debug.ExceptionFilterOptions();
        collected.setFilterId("gcCollected");
        filters.setFilters(new String[0]);
        filters.setFilterOptions(new org.eclipse.lsp4j.debug.ExceptionFilterOptions[] {start, collected});
        get(c.server.setExceptionBreakpoints(filters));
        cont(c);

        var found = c.awaitStopped("exception");
        assertEquals("Paused on GC: generation 0 collection, 2 unreachable objects", found.getDescription());
        assertEquals(List.of("GC: generation 0 collection, 2 unreachable objects", "<module>"), c.frameNames());
        assertEquals(7, c.stack()[1].getLine());
        Variable[] figures = c.variables(c.scope(1, "GC event").getVariablesReference());
        assertEquals("2", named(figures, "collected").getValue());
        assertEquals("2", named(figures, "unreachable").getValue());
        cont(c);

        var started = c.awaitStopped("exception");
        assertEquals("Paused on GC: generation 2 collection starting", started.getDescription());
        assertEquals(8, c.stack()[1].getLine());
        cont(c);
        assertEquals(0, c.awaitExit());
        assertEquals("2 0\n", c.stdout());
    }

    @Test
    void servesOneClientOnALocalPort() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        int chosen = port;
        Thread server = new Thread(() -> {
            try {
                DebugAdapter.serveOnPort(chosen, () -> { });
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        server.setDaemon(true);
        server.start();
        java.net.Socket socket = null;
        for (int attempt = 0; attempt < 200 && socket == null; attempt++) {
            try {
                socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), chosen);
            } catch (java.net.ConnectException notYet) {
                Thread.sleep(50);
            }
        }
        assertTrue(socket != null, "the adapter did not listen");
        try (java.net.Socket s = socket) {
            var launcher = org.eclipse.lsp4j.debug.launch.DSPLauncher.createClientLauncher(
                    new org.eclipse.lsp4j.debug.services.IDebugProtocolClient() { }, s.getInputStream(), s.getOutputStream());
            launcher.startListening();
            var caps = get(launcher.getRemoteProxy().initialize(new InitializeRequestArguments()));
            assertTrue(caps.getSupportsConfigurationDoneRequest());
        }
    }

    @Test
    void largeListsArePaged() throws IOException {
        Path p = program("big = list(range(1000))\nprint(len(big))\n");
        DapClient c = client();
        c.start(p, Map.of("memoryInfo", "off"), new int[] {2});
        c.awaitStopped("breakpoint");
        Variable big = named(c.variables(c.scope(1, "Globals").getVariablesReference()), "big");
        assertEquals(1000, big.getIndexedVariables());
        assertFalse(big.getValue().contains("· id"), big.getValue());
        VariablesArguments args = new VariablesArguments();
        args.setVariablesReference(big.getVariablesReference());
        args.setFilter(VariablesArgumentsFilter.INDEXED);
        args.setStart(500);
        args.setCount(3);
        Variable[] page = get(c.server.variables(args)).getVariables();
        assertEquals(List.of("500", "501", "502"), DapClient.names(page));
        assertEquals("501", page[1].getValue());
        assertEquals("(big)[501]", page[1].getEvaluateName());
        cont(c);
        assertEquals(0, c.awaitExit());
    }

    @Test
    void expandModeKeepsMemoryInTheChildNode() throws IOException {
        Path p = program("a = [1]\nprint(a)\n");
        DapClient c = client();
        c.start(p, Map.of("memoryInfo", "expand"), new int[] {2});
        c.awaitStopped("breakpoint");
        Variable a = named(c.variables(c.scope(1, "Globals").getVariablesReference()), "a");
        assertEquals("[1]", a.getValue());
        assertEquals("memory", c.variables(a.getVariablesReference())[0].getName());
        cont(c);
        assertEquals(0, c.awaitExit());
    }

    private static final String STEPS = """
            def add(x, y):
                s = x + y
                return s

            r = add(1, 2)
            t = r * 2
            print(t)
            """;

    @Test
    void steppingInOverAndOut() throws IOException {
        Path p = program(STEPS);
        DapClient c = client();
        c.start(p, Map.of("stopOnEntry", true), new int[0]);
        c.awaitStopped("entry");
        assertEquals(1, c.stack()[0].getLine());
        next(c);
        c.awaitStopped("step");
        assertEquals(5, c.stack()[0].getLine());
        get(c.server.stepIn(new StepInArguments()));
        c.awaitStopped("step");
        assertEquals(List.of("add", "<module>"), c.frameNames());
        assertEquals(2, c.stack()[0].getLine());
        next(c);
        c.awaitStopped("step");
        assertEquals(3, c.stack()[0].getLine());
        get(c.server.stepOut(new StepOutArguments()));
        c.awaitStopped("step");
        assertEquals(List.of("<module>"), c.frameNames());
        assertEquals(5, c.stack()[0].getLine());
        next(c);
        c.awaitStopped("step");
        assertEquals(6, c.stack()[0].getLine());
        next(c);
        c.awaitStopped("step");
        assertEquals(7, c.stack()[0].getLine());
        assertEquals("", c.stdout());
        next(c);
        assertEquals(0, c.awaitExit());
        assertEquals("6\n", c.stdout());
    }

    @Test
    void nextStepsOverCalls() throws IOException {
        Path p = program(STEPS);
        DapClient c = client();
        c.start(p, Map.of(), new int[] {5});
        c.awaitStopped("breakpoint");
        next(c);
        c.awaitStopped("step");
        assertEquals(List.of("<module>"), c.frameNames());
        assertEquals(6, c.stack()[0].getLine());
        cont(c);
        assertEquals(0, c.awaitExit());
    }

    @Test
    void frameNamesAreCPythonsQualifiedNames() throws IOException {
        Path p = program("""
                def probe(v):
                    return v
                class C:
                    def m(self):
                        return [probe(x) for x in range(1)]
                def gen():
                    yield probe(0)
                f = lambda: C().m()
                f()
                list(gen())
                """);
        DapClient c = client();
        c.start(p, Map.of(), new int[] {2});
        c.awaitStopped("breakpoint");
        assertEquals(List.of("probe", "C.m.<locals>.<listcomp>", "C.m", "<lambda>", "<module>"), c.frameNames());
        cont(c);
        c.awaitStopped("breakpoint");
        assertEquals(List.of("probe", "gen", "<module>"), c.frameNames());
        cont(c);
        assertEquals(0, c.awaitExit());
    }

    @Test
    void conditionsHitCountsAndLogMessages() throws IOException {
        Path p = program("""
                total = 0
                for i in range(10):
                    total += i
                    square = i * i
                print(total)
                """);
        DapClient c = client();
        SourceBreakpoint conditional = new SourceBreakpoint();
        conditional.setLine(3);
        conditional.setCondition("i == 7");
        SourceBreakpoint log = new SourceBreakpoint();
        log.setLine(4);
        log.setLogMessage("i={i} square={i * i} {{literal}}");
        log.setHitCondition(">= 9");
        c.start(p, Map.of(), new SourceBreakpoint[] {conditional, log});
        c.awaitStopped("breakpoint");
        assertTrue(evaluate(c, "i", EvaluateArgumentsContext.WATCH).getResult().startsWith("7  · id"));
        cont(c);
        assertEquals(0, c.awaitExit());
        assertEquals("45\n", c.stdout());
        assertTrue(c.console().contains("i=8 square=64 {literal}\ni=9 square=81 {literal}\n"), c.console());
        assertFalse(c.console().contains("i=7 "), c.console());
    }

    @Test
    void evaluateExpressionsAndStatementsInTheFrame() throws IOException {
        Path p = program(NODES);
        DapClient c = client();
        c.start(p, Map.of(), new int[] {12});
        c.awaitStopped("breakpoint");
        assertEquals("2", evaluate(c, "head.value", EvaluateArgumentsContext.CLIPBOARD).getResult());
        assertEquals("[2, 1, 0]", evaluate(c, "[x.value for x in (head, head.next, head.next.next)]",
                EvaluateArgumentsContext.CLIPBOARD).getResult());
        // A statement in a function frame rebinds its locals; in the module frame it binds globals.
        assertEquals("", evaluate(c, "n = n * 10", EvaluateArgumentsContext.REPL).getResult());
        assertEquals("30", evaluate(c, "n", EvaluateArgumentsContext.CLIPBOARD).getResult());
        assertEquals("", evaluate(c, "extra = len(a)", EvaluateArgumentsContext.REPL, 2).getResult());
        assertEquals("3", evaluate(c, "extra", EvaluateArgumentsContext.CLIPBOARD, 2).getResult());
        EvaluateArguments args = new EvaluateArguments();
        args.setExpression("undefined_name + 1");
        args.setFrameId(1);
        args.setContext(EvaluateArgumentsContext.REPL);
        assertEquals("NameError: name 'undefined_name' is not defined", DapClient.error(c.server.evaluate(args)));
        EvaluateResponse listValue = evaluate(c, "b", EvaluateArgumentsContext.HOVER);
        assertTrue(listValue.getResult().startsWith("[1, 2, 3]"), listValue.getResult());
        assertNotEquals(0, listValue.getVariablesReference());
        cont(c);
        assertEquals(0, c.awaitExit());
    }

    @Test
    void raisedExceptionsStopWhereRaised() throws IOException {
        Path p = program("""
                def check(v):
                    if v >= 0:
                        return 10 // v
                    return v
                try:
                    check(0)
                except ZeroDivisionError as e:
                    print("caught", e)
                """);
        DapClient c = client();
        c.start(p, Map.of(), new int[0], "raised");
        c.awaitStopped("exception");
        assertEquals(List.of("check", "<module>"), c.frameNames());
        assertEquals(3, c.stack()[0].getLine());
        ExceptionInfoResponse info = get(c.server.exceptionInfo(new ExceptionInfoArguments()));
        assertEquals("ZeroDivisionError", info.getExceptionId());
        assertEquals("integer division or modulo by zero", info.getDescription());
        assertEquals(ExceptionBreakMode.ALWAYS, info.getBreakMode());
        cont(c);
        assertEquals(0, c.awaitExit());
        assertEquals("caught integer division or modulo by zero\n", c.stdout());
    }

    @Test
    void uncaughtExceptionsStopWithTheirTraceback() throws IOException {
        Path p = program("""
                def lookup(d):
                    missing = 'k'
                    return d[missing]
                lookup({})
                """);
        DapClient c = client();
        c.start(p, Map.of(), new int[0], "uncaught");
        c.awaitStopped("exception");
        assertEquals(List.of("lookup", "<module>"), c.frameNames());
        assertEquals(3, c.stack()[0].getLine());
        Variable missing = named(c.variables(c.scope(1, "Locals").getVariablesReference()), "missing");
        assertTrue(missing.getValue().startsWith("'k'"), missing.getValue());
        Variable lookup = named(c.variables(c.scope(2, "Globals").getVariablesReference()), "lookup");
        assertTrue(lookup.getValue().startsWith("<function lookup at 0x"), lookup.getValue());
        ExceptionInfoResponse info = get(c.server.exceptionInfo(new ExceptionInfoArguments()));
        assertEquals("KeyError", info.getExceptionId());
        assertEquals(ExceptionBreakMode.UNHANDLED, info.getBreakMode());
        assertTrue(info.getDetails().getStackTrace().endsWith("KeyError: 'k'\n"), info.getDetails().getStackTrace());
        assertEquals("", c.stderr());
        cont(c);
        assertEquals(1, c.awaitExit());
        assertTrue(c.stderr().endsWith("KeyError: 'k'\n"), c.stderr());
    }

    @Test
    void functionBreakpointsStopAtTheFirstLine() throws IOException {
        Path p = program(STEPS);
        DapClient c = client();
        c.start(p, Map.of("stopOnEntry", true), new int[0]);
        c.awaitStopped("entry");
        SetFunctionBreakpointsArguments args = new SetFunctionBreakpointsArguments();
        FunctionBreakpoint fb = new FunctionBreakpoint();
        fb.setName("add");
        args.setBreakpoints(new FunctionBreakpoint[] {fb});
        get(c.server.setFunctionBreakpoints(args));
        cont(c);
        c.awaitStopped("function breakpoint");
        assertEquals(List.of("add", "<module>"), c.frameNames());
        assertEquals(2, c.stack()[0].getLine());
        cont(c);
        assertEquals(0, c.awaitExit());
    }

    @Test
    void pauseStopsATightLoopAndDisconnectEndsIt() throws IOException {
        Path p = program("i = 0\nprint('looping', flush=True)\nwhile True:\n    i += 1\n");
        DapClient c = client();
        c.start(p, Map.of(), new int[0]);
        for (int waited = 0; !c.stdout().contains("looping") && waited < 600; waited++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        get(c.server.pause(new PauseArguments()));
        c.awaitStopped("pause");
        assertEquals(List.of("<module>"), c.frameNames());
        assertTrue(List.of(3, 4).contains(c.stack()[0].getLine()));
        EvaluateResponse i = evaluate(c, "i >= 0", EvaluateArgumentsContext.WATCH);
        assertTrue(i.getResult().startsWith("True"), i.getResult());
        get(c.server.disconnect(new DisconnectArguments()));
        c.awaitExit();
    }

    @Test
    void requestsThatNeedAPauseFailPolitely() throws IOException {
        Path p = program("i = 0\nwhile True:\n    i += 1\n");
        DapClient c = client();
        c.start(p, Map.of(), new int[0]);
        String message = DapClient.error(c.server.stackTrace(new org.eclipse.lsp4j.debug.StackTraceArguments()));
        assertEquals("the program is not paused", message);
        get(c.server.disconnect(new DisconnectArguments()));
        c.awaitExit();
    }
}
