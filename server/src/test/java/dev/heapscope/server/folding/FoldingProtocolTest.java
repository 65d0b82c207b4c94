package dev.heapscope.server.folding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SelectionRange;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** foldingRange and selectionRange over the protocol. */
class FoldingProtocolTest {
    private static ProtocolHarnessAccess editor;
    static final String TEXT = """
            import os
            import sys
            def f(a):
                \"\"\"Doc
                string.\"\"\"
                if a:
                    return [1,
                            2]
                return os.sep + sys.argv[0]
            """;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
        editor.open("fold.py", TEXT);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    @Test
    void foldsStatementsDocstringsBracketsAndImports() throws Exception {
        List<FoldingRange> ranges = ProtocolHarnessAccess.get(editor.server().getTextDocumentService()
                .foldingRange(new FoldingRangeRequestParams(ProtocolHarnessAccess.doc("fold.py"))));
        List<String> shown = ranges.stream().map(r -> r.getStartLine() + "-" + r.getEndLine()
                + (r.getKind() == null ? "" : " " + r.getKind())).toList();
        assertTrue(shown.containsAll(List.of("2-8", "3-4 " + FoldingRangeKind.Comment, "5-7", "6-7",
                "0-1 " + FoldingRangeKind.Imports)), shown.toString());
    }

    @Test
    void selectionGrowsFromNameToModule() throws Exception {
        Position inside = ProtocolHarnessAccess.at(TEXT, "argv", 0, 1);
        List<SelectionRange> result = ProtocolHarnessAccess.get(editor.server().getTextDocumentService()
                .selectionRange(new SelectionRangeParams(ProtocolHarnessAccess.doc("fold.py"), List.of(inside))));
        SelectionRange r = result.get(0);
        assertEquals(ProtocolHarnessAccess.at(TEXT, "sys.argv"), r.getRange().getStart());
        int depth = 0;
        for (SelectionRange s = r; s != null; s = s.getParent()) {
            depth++;
        }
        // sys.argv, sys.argv[0], the sum, the return, the def, the module.
        assertTrue(depth >= 5, "depth " + depth);
    }
}
