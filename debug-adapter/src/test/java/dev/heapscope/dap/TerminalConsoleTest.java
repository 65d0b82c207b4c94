package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static dev.heapscope.dap.DapClient.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * console "integratedTerminal": the adapter asks the client (runInTerminal) to start the
 * process it names, as an editor's terminal would; that process is the program's stdin,
 * stdout and stderr, so input() reads what is typed there.
 */
class TerminalConsoleTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            import sys
            print('to stderr', file=sys.stderr)
            name = input('name? ')
            print('hello', name)
            try:
                input()
            except EOFError as e:
                print('then', type(e).__name__, e)
            """;

    private void launch(Path program, boolean clientRunsInTerminal) {
        InitializeRequestArguments init = new InitializeRequestArguments();
        init.setAdapterID("heapscope");
        init.setSupportsRunInTerminalRequest(clientRunsInTerminal);
        get(client.server.initialize(init));
        client.awaitInitialized();
        get(client.server.launch(Map.of("program", program.toString(), "console", "integratedTerminal")));
        client.setBreakpoints(program, 4);
        get(client.server.setExceptionBreakpoints(new SetExceptionBreakpointsArguments()));
        get(client.server.configurationDone(new ConfigurationDoneArguments()));
    }

    @Test
    void inputReadsWhatIsTypedInTheTerminal() throws Exception {
        Path p = dir.resolve("ask.py");
        Files.writeString(p, PROGRAM);
        client = new DapClient();
        launch(p, true);
        Process terminal = client.terminals.poll(60, TimeUnit.SECONDS);
        assertNotNull(terminal, "the adapter asked for no terminal");
        OutputStream keyboard = terminal.getOutputStream();
        keyboard.write("Ada\n".getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        client.awaitStopped("breakpoint");
        assertEquals("'Ada'", named(client.variables(client.scope(1, "Globals").getVariablesReference()), "name")
                .getValue().split(" ")[0]);
        keyboard.close();
        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        String shown = new String(terminal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("to stderr\nname? hello Ada\nthen EOFError EOF when reading a line\n", shown);
        assertTrue(terminal.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, terminal.exitValue());
        assertEquals("", client.stdout() + client.stderr(), "the program's output went to the terminal only");
    }

    @Test
    void aClientWithoutTerminalsGetsTheDebugConsole() throws Exception {
        Path p = dir.resolve("ask.py");
        Files.writeString(p, PROGRAM);
        client = new DapClient();
        launch(p, false);
        assertEquals(1, client.awaitExit(), "input() read end of file");
        assertTrue(client.console().contains("cannot run a terminal"), client.console());
        assertTrue(client.stderr().contains("EOFError: EOF when reading a line"), client.stderr());
        assertEquals(0, client.terminals.size());
    }
}
