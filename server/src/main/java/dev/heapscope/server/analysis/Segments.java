package dev.heapscope.server.analysis;

import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.server.document.LineIndex;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * One text version of a document as its top-level statements, each analysed on its own (its
 * first line being line 1) with its names resolved against the whole module's globals: what
 * {@code IncrementalDiagnostics} keeps, frozen for the requests of that version. Immutable.
 *
 * <p>Answers that depend only on one statement can be given from its part without the
 * whole-file analysis: CPython resolves the names of a top-level statement's nested blocks
 * (functions, lambdas, classes, comprehensions) in those blocks alone, and a free name of a
 * top-level def or class in the module's globals, never in another statement. Only the
 * module's own namespace (the globals) spans statements; {@link #parts()} lets a feature
 * gather a global's mentions from every part, in document order.
 *
 * @param moduleGlobals the names the whole module binds as globals (a part's own name index
 *     knows them only as they were when its names were last resolved)
 */
public record Segments(String uri, int version, List<Part> parts, Set<String> moduleGlobals) {

    /**
     * @param lineBase the document line (from 0) of the part's first line
     * @param lineCount how many document lines start in the part
     */
    public record Part(int lineBase, int lineCount, Analysis piece) {

        /** A position of the part's own text as the document's. */
        public Position toDocument(Position local) {
            return new Position(local.getLine() + lineBase, local.getCharacter());
        }

        /** A range of the part's own offsets, in document positions. */
        public Range range(int start, int end, PositionEncoding encoding) {
            Range local = piece.lines().range(start, end, encoding);
            return new Range(toDocument(local.getStart()), toDocument(local.getEnd()));
        }

        /** The document line (from 1, as CPython counts) of an offset of the part's text. */
        public int documentLineno(int offset) {
            return piece.lines().lineOf(offset) + 1 + lineBase;
        }
    }

    /** A decided answer (its value may be null: nothing there); a null {@code Answer} means undecided. */
    public record Answer<T>(T value) {
    }

    /** One mention of a variable and the part whose analysis holds it. */
    public record Mention(Part part, NameRef ref) {
    }

    /** The whole document as one part: the whole-file analysis seen as segments. */
    public static Segments whole(Analysis analysis) {
        return new Segments(analysis.uri(), analysis.version(),
                List.of(new Part(0, analysis.lines().lineCount(), analysis)), analysis.names().moduleGlobals());
    }

    /**
     * Every mention of the variable a mention in {@code part} resolves to, in document order:
     * a global's (a builtin's, an undefined name's) from every part, each part's module scope
     * standing for the module's namespace; any other variable's from its own part, where its
     * block is.
     */
    public List<Mention> mentions(Part part, Binding binding) {
        List<Mention> out = new ArrayList<>();
        if (binding.owner() != null && binding.owner().type() != ScopeType.MODULE) {
            for (NameRef ref : part.piece().names().mentions(binding)) {
                out.add(new Mention(part, ref));
            }
            return out;
        }
        // In each part, the global's mentions are those of its stored name resolved in that
        // part's module namespace with the same kind (every part resolves against the same globals).
        for (Part each : parts) {
            for (NameRef ref : each.piece().names().globalMentions(binding.storedName())) {
                if (ref.binding().kind() == binding.kind()) {
                    out.add(new Mention(each, ref));
                }
            }
        }
        return out;
    }

    /** Whether the module binds the name (as stored) as a global, in any statement. */
    public boolean isModuleGlobal(String storedName) {
        return moduleGlobals.contains(storedName);
    }

    /**
     * Whether a module-level statement binds the name (as stored): the module's symbol for it
     * is bound when any statement's is, the whole module's flags being the union of theirs.
     */
    public boolean isBoundAtModuleLevel(String storedName) {
        for (Part part : parts) {
            Symbol symbol = part.piece().table().module().symbol(storedName);
            if (symbol != null && symbol.isBound()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The module-level symbols of every part for each name, names in the order the whole
     * module's table has them (first mention, statements in document order), each name's
     * symbols in document order.
     */
    public Map<String, List<Symbol>> moduleSymbols() {
        Map<String, List<Symbol>> out = new LinkedHashMap<>();
        for (Part part : parts) {
            for (Symbol symbol : part.piece().table().module().symbols().values()) {
                out.computeIfAbsent(symbol.name(), n -> new ArrayList<>(1)).add(symbol);
            }
        }
        return out;
    }

    /** The part holding an offset of the text the segments are for, given that text's line index. */
    public Part partAt(LineIndex lines, int offset) {
        int line = lines.lineOf(Math.min(offset, lines.text().length()));
        int lo = 0;
        int hi = parts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (parts.get(mid).lineBase() <= line) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return parts.get(lo);
    }

    /** A document position located in one part: the part and the offset in its text. */
    public record Located(Part part, int offset) {
    }

    /** The part holding a document position, and the offset there; null when the position is past the text. */
    public Located locate(Position position, PositionEncoding encoding) {
        int line = position.getLine();
        int lo = 0;
        int hi = parts.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Part part = parts.get(mid);
            if (line < part.lineBase()) {
                hi = mid - 1;
            } else if (line >= part.lineBase() + part.lineCount()) {
                lo = mid + 1;
            } else {
                Position local = new Position(line - part.lineBase(), position.getCharacter());
                return new Located(part, part.piece().lines().offsetOf(local, encoding));
            }
        }
        return null;
    }
}
