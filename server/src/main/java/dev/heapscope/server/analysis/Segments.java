package dev.heapscope.server.analysis;

import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
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
 */
public record Segments(String uri, int version, List<Part> parts) {

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
                List.of(new Part(0, analysis.lines().lineCount(), analysis)));
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
        for (Part each : parts) {
            Binding there = each == part || binding.owner() == null ? binding
                    : new Binding(binding.kind(), each.piece().table().module(), binding.storedName());
            for (NameRef ref : each.piece().names().mentions(there)) {
                out.add(new Mention(each, ref));
            }
        }
        return out;
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
