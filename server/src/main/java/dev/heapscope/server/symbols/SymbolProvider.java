package dev.heapscope.server.symbols;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.Declarations;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * textDocument/documentSymbol (classes, functions and methods nested as written, with the
 * variables each block binds at its top level) and workspace/symbol (the same over every
 * workspace file, matched by a case-insensitive subsequence of the query).
 */
public final class SymbolProvider {
    private SymbolProvider() {
    }

    public static List<DocumentSymbol> documentSymbols(Analysis analysis, PositionEncoding encoding) {
        return block(analysis, analysis.module().body, false, encoding);
    }

    /**
     * The same from the statements analysed one by one: each part's symbols moved to its lines,
     * a module variable listed once, at its first binding in the document.
     */
    public static List<DocumentSymbol> documentSymbols(Segments segments, PositionEncoding encoding) {
        List<DocumentSymbol> out = new ArrayList<>();
        Set<String> seenVariables = new HashSet<>();
        for (Segments.Part part : segments.parts()) {
            int from = out.size();
            for (Stmt statement : part.piece().module().body) {
                collect(part.piece(), statement, false, seenVariables, out, encoding);
            }
            for (DocumentSymbol symbol : out.subList(from, out.size())) {
                moveDown(symbol, part.lineBase());
            }
        }
        return out;
    }

    private static void moveDown(DocumentSymbol symbol, int lines) {
        if (lines == 0) {
            return;
        }
        symbol.setRange(moved(symbol.getRange(), lines));
        symbol.setSelectionRange(moved(symbol.getSelectionRange(), lines));
        if (symbol.getChildren() != null) {
            for (DocumentSymbol child : symbol.getChildren()) {
                moveDown(child, lines);
            }
        }
    }

    private static Range moved(Range range, int lines) {
        return new Range(new Position(range.getStart().getLine() + lines, range.getStart().getCharacter()),
                new Position(range.getEnd().getLine() + lines, range.getEnd().getCharacter()));
    }

    private static List<DocumentSymbol> block(Analysis analysis, List<Stmt> body, boolean inClass,
                                              PositionEncoding encoding) {
        List<DocumentSymbol> out = new ArrayList<>();
        Set<String> seenVariables = new HashSet<>();
        for (Stmt statement : body) {
            collect(analysis, statement, inClass, seenVariables, out, encoding);
        }
        return out;
    }

    private static void collect(Analysis analysis, Stmt statement, boolean inClass, Set<String> seen,
                                List<DocumentSymbol> out, PositionEncoding encoding) {
        if (statement instanceof Stmt.FunctionDef f) {
            out.add(symbol(analysis, f, f.name, inClass ? SymbolKind.Method : SymbolKind.Function,
                    Declarations.parameters(analysis, f.args), block(analysis, f.body, false, encoding), encoding));
        } else if (statement instanceof Stmt.AsyncFunctionDef f) {
            out.add(symbol(analysis, f, f.name, inClass ? SymbolKind.Method : SymbolKind.Function,
                    "async " + Declarations.parameters(analysis, f.args), block(analysis, f.body, false, encoding),
                    encoding));
        } else if (statement instanceof Stmt.ClassDef c) {
            out.add(symbol(analysis, c, c.name, SymbolKind.Class, null, block(analysis, c.body, true, encoding),
                    encoding));
        } else if (statement instanceof Stmt.Assign || statement instanceof Stmt.AnnAssign) {
            List<Expr> targets = statement instanceof Stmt.Assign a ? a.targets : List.of(((Stmt.AnnAssign) statement).target);
            for (Expr target : targets) {
                for (Expr.Name name : boundNames(target)) {
                    if (seen.add(name.id)) {
                        SymbolKind kind = inClass ? SymbolKind.Field
                                : name.id.equals(name.id.toUpperCase(Locale.ROOT)) && name.id.length() > 1
                                ? SymbolKind.Constant : SymbolKind.Variable;
                        out.add(symbol(analysis, name, name.id, kind, null, List.of(), encoding));
                    }
                }
            }
        } else if (statement instanceof Stmt.If || statement instanceof Stmt.Try || statement instanceof Stmt.With) {
            // Definitions under if/try/with at a block's top level still belong to the block.
            AstWalk.forEachChild(statement, child -> {
                if (child instanceof Stmt s) {
                    collect(analysis, s, inClass, seen, out, encoding);
                } else if (child instanceof dev.heapscope.language.ast.ExceptHandler handler) {
                    for (Stmt s : handler.body) {
                        collect(analysis, s, inClass, seen, out, encoding);
                    }
                }
            });
        } else if (statement instanceof Stmt.Import || statement instanceof Stmt.ImportFrom) {
            AstWalk.forEachChild(statement, child -> {
                if (child instanceof Alias alias && !alias.name.equals("*")) {
                    String bound = alias.asname != null ? alias.asname : alias.name.split("\\.")[0];
                    if (seen.add(bound)) {
                        out.add(symbol(analysis, alias, bound, SymbolKind.Module, alias.name, List.of(), encoding));
                    }
                }
            });
        }
    }

    /** The names an assignment target binds: not those inside {@code self.x} or {@code d[k]}. */
    private static List<Expr.Name> boundNames(Expr target) {
        List<Expr.Name> out = new ArrayList<>();
        if (target instanceof Expr.Name name) {
            out.add(name);
        } else if (target instanceof Expr.Tuple tuple) {
            tuple.elts.forEach(e -> out.addAll(boundNames(e)));
        } else if (target instanceof Expr.List list) {
            list.elts.forEach(e -> out.addAll(boundNames(e)));
        } else if (target instanceof Expr.Starred starred) {
            out.addAll(boundNames(starred.value));
        }
        return out;
    }

    private static DocumentSymbol symbol(Analysis analysis, Located node, String name, SymbolKind kind, String detail,
                                         List<DocumentSymbol> children, PositionEncoding encoding) {
        int start = analysis.start(node);
        int end = analysis.end(node);
        int nameStart = start;
        if (node instanceof Stmt) {
            int found = analysis.text().indexOf(name, start);
            if (found >= 0 && found + name.length() <= end) {
                nameStart = found;
            }
        }
        DocumentSymbol symbol = new DocumentSymbol(name, kind, analysis.lines().range(start, end, encoding),
                analysis.lines().range(nameStart, Math.min(end, nameStart + name.length()), encoding), detail);
        symbol.setChildren(children);
        return symbol;
    }

    public static List<WorkspaceSymbol> workspaceSymbols(Iterable<Analysis> analyses, String query,
                                                         PositionEncoding encoding,
                                                         org.eclipse.lsp4j.jsonrpc.CancelChecker cancel) {
        List<WorkspaceSymbol> out = new ArrayList<>();
        for (Analysis analysis : analyses) {
            cancel.checkCanceled();
            flatten(analysis, documentSymbols(analysis, encoding), null, query, out);
            if (out.size() > 1000) {
                break;
            }
        }
        return out;
    }

    private static void flatten(Analysis analysis, List<DocumentSymbol> symbols, String container, String query,
                                List<WorkspaceSymbol> out) {
        for (DocumentSymbol symbol : symbols) {
            if (symbol.getKind() != SymbolKind.Module && matches(symbol.getName(), query)) {
                WorkspaceSymbol found = new WorkspaceSymbol(symbol.getName(), symbol.getKind(),
                        Either.forLeft(new Location(analysis.uri(), symbol.getSelectionRange())));
                found.setContainerName(container);
                out.add(found);
            }
            if (symbol.getChildren() != null) {
                flatten(analysis, symbol.getChildren(), symbol.getName(), query, out);
            }
        }
    }

    /** Whether the query's characters appear in the name in order, ignoring case (how editors filter symbols). */
    static boolean matches(String name, String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        String n = name.toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        int i = 0;
        for (int j = 0; j < n.length() && i < q.length(); j++) {
            if (n.charAt(j) == q.charAt(i)) {
                i++;
            }
        }
        return i == q.length();
    }
}
