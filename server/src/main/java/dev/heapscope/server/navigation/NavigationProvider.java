package dev.heapscope.server.navigation;

import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AttributeRef;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;

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
        NameRef ref = analysis.names().at(offset);
        List<Location> out = new ArrayList<>();
        if (ref == null) {
            AttributeRef attribute = analysis.names().attributeAt(offset);
            if (attribute != null) {
                for (AttributeRef other : analysis.names().attributesOf(attribute.classScope(), attribute.name())) {
                    if (other.write()) {
                        out.add(location(analysis, other.start(), other.end(), encoding));
                    }
                }
                for (NameRef classLevel : analysis.names().mentions(
                        new Binding(Binding.Kind.SCOPE, attribute.classScope(), attribute.name()))) {
                    if (classLevel.isWrite()) {
                        out.add(location(analysis, classLevel.start(), classLevel.end(), encoding));
                    }
                }
            }
            return out;
        }
        if (ref.binding().kind() != Binding.Kind.SCOPE) {
            return out;
        }
        List<NameRef> writes = new ArrayList<>();
        for (NameRef mention : analysis.names().mentions(ref.binding())) {
            if (mention.isWrite() && mention.kind() != Occurrence.Kind.DELETION) {
                writes.add(mention);
            }
        }
        if (ref.kind() == Occurrence.Kind.IMPORT || writes.size() == 1 && writes.get(0).kind() == Occurrence.Kind.IMPORT) {
            NameRef importRef = ref.kind() == Occurrence.Kind.IMPORT ? ref : writes.get(0);
            List<Location> imported = workspace.importTarget(analysis, importRef, encoding);
            if (!imported.isEmpty()) {
                return imported;
            }
        }
        for (NameRef write : writes) {
            out.add(location(analysis, write.start(), write.end(), encoding));
        }
        return out;
    }

    /** The {@code global} or {@code nonlocal} statement the mention's block declares the name with, else its definition. */
    public List<Location> declaration(Analysis analysis, int offset, PositionEncoding encoding) {
        NameRef ref = analysis.names().at(offset);
        if (ref != null) {
            List<Location> out = new ArrayList<>();
            for (NameRef mention : analysis.names().mentions(ref.binding())) {
                if (mention.isDeclaration() && mention.scope() == ref.scope()) {
                    out.add(location(analysis, mention.start(), mention.end(), encoding));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return definition(analysis, offset, encoding);
    }

    public List<Location> references(Analysis analysis, int offset, boolean includeDeclaration,
                                     PositionEncoding encoding) {
        List<Location> out = new ArrayList<>();
        NameRef ref = analysis.names().at(offset);
        if (ref != null) {
            for (NameRef mention : analysis.names().mentions(ref.binding())) {
                if (includeDeclaration || !mention.isWrite() && !mention.isDeclaration()) {
                    out.add(location(analysis, mention.start(), mention.end(), encoding));
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
                    out.add(location(analysis, other.start(), other.end(), encoding));
                }
            }
        }
        return out;
    }

    public List<DocumentHighlight> highlights(Analysis analysis, int offset, PositionEncoding encoding) {
        List<DocumentHighlight> out = new ArrayList<>();
        NameRef ref = analysis.names().at(offset);
        if (ref != null) {
            for (NameRef mention : analysis.names().mentions(ref.binding())) {
                DocumentHighlightKind kind = mention.isWrite() ? DocumentHighlightKind.Write
                        : mention.isRead() ? DocumentHighlightKind.Read : DocumentHighlightKind.Text;
                out.add(new DocumentHighlight(analysis.lines().range(mention.start(), mention.end(), encoding), kind));
            }
            return out;
        }
        AttributeRef attribute = analysis.names().attributeAt(offset);
        if (attribute != null) {
            for (AttributeRef other : analysis.names().attributesOf(attribute.classScope(), attribute.name())) {
                out.add(new DocumentHighlight(analysis.lines().range(other.start(), other.end(), encoding),
                        other.write() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read));
            }
        }
        return out;
    }

    static Location location(Analysis analysis, int start, int end, PositionEncoding encoding) {
        return new Location(analysis.uri(), analysis.lines().range(start, end, encoding));
    }
}
