package dev.heapscope.server.folding;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.SelectionRange;

/**
 * textDocument/foldingRange (every multi-line compound statement, docstring or bracketed
 * expression, and runs of imports) and textDocument/selectionRange (the chain of enclosing
 * nodes, innermost first).
 */
public final class FoldingProvider {
    private FoldingProvider() {
    }

    public static List<FoldingRange> foldingRanges(Analysis analysis) {
        List<FoldingRange> out = new ArrayList<>();
        AstWalk.preorder(analysis.module(), node -> {
            if (!(node instanceof Located located) || located.endLineno <= located.lineno) {
                return;
            }
            boolean compound = node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                    || node instanceof Stmt.ClassDef || node instanceof Stmt.For || node instanceof Stmt.AsyncFor
                    || node instanceof Stmt.While || node instanceof Stmt.If || node instanceof Stmt.With
                    || node instanceof Stmt.AsyncWith || node instanceof Stmt.Try || node instanceof Stmt.TryStar
                    || node instanceof Stmt.Match || node instanceof dev.heapscope.language.ast.MatchCase
                    || node instanceof dev.heapscope.language.ast.ExceptHandler;
            boolean bracketed = node instanceof Expr.List || node instanceof Expr.Dict || node instanceof Expr.Set
                    || node instanceof Expr.Call || node instanceof Expr.Tuple || node instanceof Expr.ListComp
                    || node instanceof Expr.DictComp || node instanceof Expr.SetComp;
            boolean string = node instanceof Expr.Constant || node instanceof Expr.JoinedStr;
            if (compound || bracketed || string) {
                FoldingRange range = new FoldingRange(located.lineno - 1, located.endLineno - 1);
                if (string) {
                    range.setKind(FoldingRangeKind.Comment);
                }
                out.add(range);
            }
        });
        importRuns(analysis.module().body, out);
        return out;
    }

    private static void importRuns(List<Stmt> body, List<FoldingRange> out) {
        int first = -1;
        int last = -1;
        for (Stmt statement : body) {
            boolean isImport = statement instanceof Stmt.Import || statement instanceof Stmt.ImportFrom;
            if (isImport) {
                if (first < 0) {
                    first = statement.lineno;
                }
                last = statement.endLineno;
            } else {
                addImports(first, last, out);
                first = -1;
            }
        }
        addImports(first, last, out);
    }

    private static void addImports(int first, int last, List<FoldingRange> out) {
        if (first > 0 && last > first) {
            FoldingRange range = new FoldingRange(first - 1, last - 1);
            range.setKind(FoldingRangeKind.Imports);
            out.add(range);
        }
    }

    public static SelectionRange selectionRange(Analysis analysis, int offset, PositionEncoding encoding) {
        SelectionRange outer = new SelectionRange(analysis.lines().range(0, analysis.text().length(), encoding), null);
        for (Located node : analysis.nodesAt(offset)) {
            int start = analysis.start(node);
            int end = analysis.end(node);
            var range = analysis.lines().range(start, end, encoding);
            if (!range.equals(outer.getRange())) {
                outer = new SelectionRange(range, outer);
            }
        }
        var ref = analysis.names().at(offset);
        if (ref != null) {
            var range = analysis.lines().range(ref.start(), ref.end(), encoding);
            if (!range.equals(outer.getRange())) {
                outer = new SelectionRange(range, outer);
            }
        }
        return outer;
    }
}
