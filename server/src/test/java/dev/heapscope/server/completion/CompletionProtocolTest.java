package dev.heapscope.server.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion and signature help over the protocol, on text being typed (which often does not parse). */
class CompletionProtocolTest {
    private static ProtocolHarnessAccess editor;
    static final String TEXT = """
            import os
            TOP = 1
            class Account:
                rate = 0.1
                def __init__(self, owner, balance=0):
                    self.owner = owner
                    self.balance = balance
                def deposit(self, amount, *, note=None):
                    total = self.balance + amount
                    return total
            def helper(x):
                inner_local = x
                return inner_local
            """;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    private static List<String> complete(String name, Position at) throws Exception {
        var result = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().completion(
                new CompletionParams(ProtocolHarnessAccess.doc(name), at)));
        return result.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void namesVisibleByCPythonsRules() throws Exception {
        editor.open("visible.py", TEXT);
        List<String> inMethod = complete("visible.py", ProtocolHarnessAccess.at(TEXT, "total = ", 0, 8));
        assertTrue(inMethod.containsAll(List.of("self", "amount", "note", "total", "TOP", "Account", "helper", "os",
                "len", "while", "match")), inMethod.toString());
        // The class body's names are not visible in its methods, nor another function's locals.
        assertFalse(inMethod.contains("rate"), inMethod.toString());
        assertFalse(inMethod.contains("inner_local"), inMethod.toString());
        assertFalse(inMethod.contains("balance"), inMethod.toString());
    }

    @Test
    void attributesOfSelfWhileTyping() throws Exception {
        editor.open("typing.py", TEXT);
        Position end = ProtocolHarnessAccess.at(TEXT, "return total", 0, 12);
        // Type "\n        self." after "return total": the text no longer parses.
        editor.edit("typing.py", new Range(end, end), "\n        self.");
        List<String> members = complete("typing.py", new Position(end.getLine() + 1, 13));
        assertTrue(members.containsAll(List.of("owner", "balance", "deposit", "rate", "__init__")), members.toString());
        assertFalse(members.contains("TOP"), members.toString());
    }

    @Test
    void signatureHelpForOurFunctionsAndBuiltins() throws Exception {
        String text = TEXT + "Account(1, \nhelper(\nlen(\nAccount.deposit\n";
        editor.open("signature.py", text);
        SignatureHelp help = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().signatureHelp(
                new SignatureHelpParams(ProtocolHarnessAccess.doc("signature.py"),
                        ProtocolHarnessAccess.at(text, "Account(1, ", 0, 11))));
        assertNotNull(help);
        assertEquals("Account(owner, balance=0)", help.getSignatures().get(0).getLabel());
        assertEquals(1, help.getActiveParameter());
        SignatureHelp builtin = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().signatureHelp(
                new SignatureHelpParams(ProtocolHarnessAccess.doc("signature.py"),
                        ProtocolHarnessAccess.at(text, "len(", 0, 4))));
        assertEquals("len(obj, /)", builtin.getSignatures().get(0).getLabel());
        SignatureHelp ours = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().signatureHelp(
                new SignatureHelpParams(ProtocolHarnessAccess.doc("signature.py"),
                        ProtocolHarnessAccess.at(text, "helper(\n", 0, 7))));
        assertEquals("helper(x)", ours.getSignatures().get(0).getLabel());
    }
}
