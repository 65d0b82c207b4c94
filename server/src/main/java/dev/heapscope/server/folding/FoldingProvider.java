package dev.heapscope.server.folding;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
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
        nodeRanges(analysis, 0, out);
        List<int[]> statements = new ArrayList<>();
        for (Stmt statement : analysis.module().body) {
            statements.add(importLines(statement, 0));
        }
        importRuns(statements, out);
        return out;
    }

    /**
     * The same from the statements analysed one by one: each part's ranges moved to its lines
     * (a top-level statement folds the same wherever it is), then the runs of imports across parts.
     */
    public static List<FoldingRange> foldingRanges(Segments segments) {
        List<FoldingRange> out = new ArrayList<>();
        List<int[]> statements = new ArrayList<>();
        for (Segments.Part part : segments.parts()) {
            nodeRanges(part.piece(), part.lineBase(), out);
            for (Stmt statement : part.piece().module().body) {
                statements.add(importLines(statement, part.lineBase()));
            }
        }
        importRuns(statements, out);
        return out;
    }

    /** A top-level statement's first and last lines (from 1, in the document) when it is an import, else null. */
    private static int[] importLines(Stmt statement, int lineBase) {
        return statement instanceof Stmt.Import || statement instanceof Stmt.ImportFrom
                ? new int[] {statement.lineno + lineBase, statement.endLineno + lineBase} : null;
    }

    private static void nodeRanges(Analysis analysis, int lineBase, List<FoldingRange> out) {
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
                FoldingRange range = new FoldingRange(located.lineno - 1 + lineBase, located.endLineno - 1 + lineBase);
                if (string) {
                    range.setKind(FoldingRangeKind.Comment);
                }
                out.add(range);
            }
        });
    }

    /** @param statements each top-level statement's import lines, or null when it is not an import */
    private static void importRuns(List<int[]> statements, List<FoldingRange> out) {
        int first = -1;
        int last = -1;
        for (int[] lines : statements) {
            if (lines != null) {
                if (first < 0) {
                    first = lines[0];
                }
                last = lines[1];
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
        return within(Segments.whole(analysis).parts().get(0), offset, outer, encoding);
    }

    /**
     * The same from the statements analysed one by one: the whole document, then the nodes
     * around the position in the top-level statement holding it.
     */
    public static SelectionRange selectionRange(Segments segments, Position position, PositionEncoding encoding) {
        List<Segments.Part> parts = segments.parts();
        Segments.Part last = parts.get(parts.size() - 1);
        Position end = last.toDocument(last.piece().lines().position(last.piece().text().length(), encoding));
        SelectionRange outer = new SelectionRange(new Range(new Position(0, 0), end), null);
        Segments.Located located = segments.locate(position, encoding);
        if (located == null) {
            // Past the text: its end, as an offset is clamped in the whole text.
            located = new Segments.Located(last, last.piece().text().length());
        }
        return within(located.part(), located.offset(), outer, encoding);
    }

    private static SelectionRange within(Segments.Part part, int offset, SelectionRange outer, PositionEncoding encoding) {
        Analysis analysis = part.piece();
        for (Located node : analysis.nodesAt(offset)) {
            outer = inside(outer, part.range(analysis.start(node), analysis.end(node), encoding));
        }
        var ref = analysis.names().at(offset);
        if (ref != null) {
            outer = inside(outer, part.range(ref.start(), ref.end(), encoding));
        }
        return outer;
    }

    private static SelectionRange inside(SelectionRange outer, Range range) {
        return range.equals(outer.getRange()) ? outer : new SelectionRange(range, outer);
    }
}
