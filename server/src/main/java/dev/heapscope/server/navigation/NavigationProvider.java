package dev.heapscope.server.navigation;

import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AttributeRef;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * definition, declaration, references and documentHighlight, exact per variable: two
 * mentions are the same variable only when the symbol table resolves them to the same block's
 * namespace, so a local never matches a same-named global, class attribute or a name of
 * another function. Across files, an import of a workspace module leads to that module.
 */
public final class NavigationProvider {
    private final WorkspaceIndex workspace;

    public NavigationProvider(WorkspaceIndex workspace) {
        this.workspace = workspace;
    }

    public List<Location> definition(Analysis analysis, int offset, PositionEncoding encoding) {
        Segments whole = Segments.whole(analysis);
        return definition(whole, whole.parts().get(0), offset, encoding, false);
    }

    /**
     * The definition from the text's statements analysed one by one (right after an edit,
     * before the whole-file analysis): a global's binding mentions are gathered from every
     * statement. Undecided only when an import leads back into this document, whose
     * whole-file analysis that needs.
     */
    public Segments.Answer<List<Location>> definition(Segments segments, Position position, PositionEncoding encoding) {
        Segments.Located at = segments.locate(position, encoding);
        if (at == null) {
            return null;
        }
        List<Location> found = definition(segments, at.part(), at.offset(), encoding, true);
        return found == null ? null : new Segments.Answer<>(found);
    }

    /** @param fromParts whether the segments are parts of the text: then null when an import leads back into it */
    private List<Location> definition(Segments segments, Segments.Part part, int offset, PositionEncoding encoding,
                                      boolean fromParts) {
        Analysis analysis = part.piece();
        NameRef ref = analysis.names().at(offset);
        List<Location> out = new ArrayList<>();
        if (ref == null) {
            AttributeRef attribute = analysis.names().attributeAt(offset);
            if (attribute != null) {
                // The attribute's class is in the attribute's own statement.
                for (AttributeRef other : analysis.names().attributesOf(attribute.classScope(), attribute.name())) {
                    if (other.write()) {
                        out.add(new Location(segments.uri(), part.range(other.start(), other.end(), encoding)));
                    }
                }
                for (NameRef classLevel : analysis.names().mentions(
                        new Binding(Binding.Kind.SCOPE, attribute.classScope(), attribute.name()))) {
                    if (classLevel.isWrite()) {
                        out.add(new Location(segments.uri(), part.range(classLevel.start(), classLevel.end(), encoding)));
                    }
                }
            }
            return out;
        }
        if (ref.binding().kind() != Binding.Kind.SCOPE) {
            return out;
        }
        List<Segments.Mention> writes = new ArrayList<>();
        for (Segments.Mention mention : segments.mentions(part, ref.binding())) {
            if (mention.ref().isWrite() && mention.ref().kind() != Occurrence.Kind.DELETION) {
                writes.add(mention);
            }
        }
        if (ref.kind() == Occurrence.Kind.IMPORT
                || writes.size() == 1 && writes.get(0).ref().kind() == Occurrence.Kind.IMPORT) {
            Segments.Mention importRef = ref.kind() == Occurrence.Kind.IMPORT ? new Segments.Mention(part, ref) : writes.get(0);
            List<Location> imported = workspace.importTarget(importRef.part().piece(), importRef.ref(), encoding);
            if (fromParts) {
                for (Location location : imported) {
                    if (location.getUri().equals(segments.uri())) {
                        return null;
                    }
                }
            }
            if (!imported.isEmpty()) {
                return imported;
            }
        }
        for (Segments.Mention write : writes) {
            out.add(new Location(segments.uri(), write.part().range(write.ref().start(), write.ref().end(), encoding)));
        }
        return out;
    }

    /** The {@code global} or {@code nonlocal} statement the mention's block declares the name with, else its definition. */
    public List<Location> declaration(Analysis analysis, int offset, PositionEncoding encoding) {
        Segments whole = Segments.whole(analysis);
        List<Location> found = declaration(whole, whole.parts().get(0), offset, encoding);
        return found != null ? found : definition(analysis, offset, encoding);
    }

    /** The declaration from the text's statements analysed one by one (right after an edit), as {@link #definition(Segments, Position, PositionEncoding)}. */
    public Segments.Answer<List<Location>> declaration(Segments segments, Position position, PositionEncoding encoding) {
        Segments.Located at = segments.locate(position, encoding);
        if (at == null) {
            return null;
        }
        List<Location> found = declaration(segments, at.part(), at.offset(), encoding);
        return found != null ? new Segments.Answer<>(found) : definition(segments, position, encoding);
    }

    /** The declarations in the mention's own block (so in its own part); null when it has none. */
    private static List<Location> declaration(Segments segments, Segments.Part part, int offset,
                                              PositionEncoding encoding) {
        NameRef ref = part.piece().names().at(offset);
        if (ref == null) {
            return null;
        }
        List<Location> out = new ArrayList<>();
        for (NameRef mention : part.piece().names().mentions(ref.binding())) {
            if (mention.isDeclaration() && mention.scope() == ref.scope()) {
                out.add(new Location(segments.uri(), part.range(mention.start(), mention.end(), encoding)));
            }
        }
        return out.isEmpty() ? null : out;
    }

    public List<Location> references(Analysis analysis, int offset, boolean includeDeclaration,
                                     PositionEncoding encoding) {
        Segments whole = Segments.whole(analysis);
        return references(whole, whole.parts().get(0), offset, includeDeclaration, encoding);
    }

    /** References from the text's statements analysed one by one (right after an edit); always decided. */
    public Segments.Answer<List<Location>> references(Segments segments, Position position,
                                                      boolean includeDeclaration, PositionEncoding encoding) {
        Segments.Located at = segments.locate(position, encoding);
        return at == null ? null
                : new Segments.Answer<>(references(segments, at.part(), at.offset(), includeDeclaration, encoding));
    }

    private List<Location> references(Segments segments, Segments.Part part, int offset, boolean includeDeclaration,
                                      PositionEncoding encoding) {
        Analysis analysis = part.piece();
        List<Location> out = new ArrayList<>();
        NameRef ref = analysis.names().at(offset);
        if (ref != null) {
            for (Segments.Mention each : segments.mentions(part, ref.binding())) {
                NameRef mention = each.ref();
                if (includeDeclaration || !mention.isWrite() && !mention.isDeclaration()) {
                    out.add(new Location(segments.uri(), each.part().range(mention.start(), mention.end(), encoding)));
                }
            }
            if (ref.binding().kind() == Binding.Kind.SCOPE && ref.binding().owner() == analysis.table().module()) {
                out.addAll(workspace.referencesElsewhere(analysis, ref.binding().storedName(), encoding));
            }
            return out;
        }
        AttributeRef attribute = analysis.names().attributeAt(offset);
        if (attribute != null) {
            for (AttributeRef other : analysis.names().attributesOf(attribute.classScope(), attribute.name())) {
                if (includeDeclaration || !other.write()) {
                    out.add(new Location(segments.uri(), part.range(other.start(), other.end(), encoding)));
                }
            }
        }
        return out;
    }

    public List<DocumentHighlight> highlights(Analysis analysis, int offset, PositionEncoding encoding) {
        Segments whole = Segments.whole(analysis);
        return highlights(whole, whole.parts().get(0), offset, encoding);
    }

    /** Highlights from the text's statements analysed one by one (right after an edit); always decided. */
    public Segments.Answer<List<DocumentHighlight>> highlights(Segments segments, Position position,
                                                               PositionEncoding encoding) {
        Segments.Located at = segments.locate(position, encoding);
        return at == null ? null : new Segments.Answer<>(highlights(segments, at.part(), at.offset(), encoding));
    }

    private List<DocumentHighlight> highlights(Segments segments, Segments.Part part, int offset,
                                               PositionEncoding encoding) {
        Analysis analysis = part.piece();
        List<DocumentHighlight> out = new ArrayList<>();
        NameRef ref = analysis.names().at(offset);
        if (ref != null) {
            for (Segments.Mention each : segments.mentions(part, ref.binding())) {
                NameRef mention = each.ref();
                DocumentHighlightKind kind = mention.isWrite() ? DocumentHighlightKind.Write
                        : mention.isRead() ? DocumentHighlightKind.Read : DocumentHighlightKind.Text;
                out.add(new DocumentHighlight(each.part().range(mention.start(), mention.end(), encoding), kind));
            }
            return out;
        }
        AttributeRef attribute = analysis.names().attributeAt(offset);
        if (attribute != null) {
            for (AttributeRef other : analysis.names().attributesOf(attribute.classScope(), attribute.name())) {
                out.add(new DocumentHighlight(part.range(other.start(), other.end(), encoding),
                        other.write() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
            }
        }
        return out;
    }
}
