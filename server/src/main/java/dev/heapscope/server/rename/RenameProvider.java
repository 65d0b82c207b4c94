package dev.heapscope.server.rename;

import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.completion.Keywords;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * prepareRename and rename, exact per variable: every mention the symbol table resolves to
 * the same block's namespace, and nothing else (a same-named global, class attribute,
 * comprehension variable or another function's local stays). {@code global} and
 * {@code nonlocal} statements are mentions of the variable they name. Renaming a module's
 * global follows {@code from mod import name} and {@code mod.name} into the workspace files
 * that import it. Builtins and undefined names are not renamed.
 */
public final class RenameProvider {
    private final WorkspaceIndex workspace;

    public RenameProvider(WorkspaceIndex workspace) {
        this.workspace = workspace;
    }

    public PrepareRenameResult prepare(Analysis analysis, int offset, PositionEncoding encoding) {
        Segments whole = Segments.whole(analysis);
        return prepare(whole.parts().get(0), offset, encoding);
    }

    /** prepareRename from the text's statements analysed one by one (right after an edit); always decided. */
    public Segments.Answer<PrepareRenameResult> prepare(Segments segments, Position position, PositionEncoding encoding) {
        Segments.Located at = segments.locate(position, encoding);
        return at == null ? null : new Segments.Answer<>(prepare(at.part(), at.offset(), encoding));
    }

    private static PrepareRenameResult prepare(Segments.Part part, int offset, PositionEncoding encoding) {
        NameRef ref = part.piece().names().at(offset);
        if (ref == null || !ref.binding().isRenamable()) {
            return null;
        }
        return new PrepareRenameResult(part.range(ref.start(), ref.end(), encoding), ref.name());
    }

    public WorkspaceEdit rename(Analysis analysis, int offset, String newName, PositionEncoding encoding) {
        Segments whole = Segments.whole(analysis);
        return rename(whole, whole.parts().get(0), offset, newName, encoding);
    }

    /**
     * The rename from the text's statements analysed one by one (right after an edit): a
     * global's mentions are gathered from every statement; always decided.
     */
    public Segments.Answer<WorkspaceEdit> rename(Segments segments, Position position, String newName,
                                                 PositionEncoding encoding) {
        Segments.Located at = segments.locate(position, encoding);
        return at == null ? null : new Segments.Answer<>(rename(segments, at.part(), at.offset(), newName, encoding));
    }

    private WorkspaceEdit rename(Segments segments, Segments.Part part, int offset, String newName,
                                 PositionEncoding encoding) {
        Analysis analysis = part.piece();
        NameRef ref = analysis.names().at(offset);
        if (ref == null || !ref.binding().isRenamable()) {
            return null;
        }
        if (!isIdentifier(newName) || Keywords.isKeyword(newName)) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "'" + newName + "' is not a valid Python identifier", null));
        }
        List<Segments.Mention> mentions = segments.mentions(part, ref.binding());
        Definition definition = importedDefinition(segments, ref, mentions, encoding);
        if (definition != null) {
            // Renaming a name where it is imported renames it where it is defined, and so in
            // every file that imports it: renaming only the importer would break its import.
            return rename(definition.source(), definition.ref().start(), newName, encoding);
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        List<TextEdit> here = new ArrayList<>();
        for (Segments.Mention mention : mentions) {
            here.add(new TextEdit(mention.part().range(mention.ref().start(), mention.ref().end(), encoding), newName));
        }
        changes.put(segments.uri(), here);
        Binding binding = ref.binding();
        if (binding.owner().type() == ScopeType.MODULE) {
            changes.putAll(workspace.renameElsewhere(analysis, binding.storedName(), newName, encoding));
        }
        return new WorkspaceEdit(changes);
    }

    private record Definition(Analysis source, NameRef ref) {
    }

    /** Where an imported module global is defined, when the mention's variable is bound by {@code from mod import name} (no {@code as}) from a workspace file. */
    private Definition importedDefinition(Segments segments, NameRef ref, List<Segments.Mention> mentions,
                                          PositionEncoding encoding) {
        if (ref.binding().owner().type() != ScopeType.MODULE) {
            return null;
        }
        for (Segments.Mention each : mentions) {
            NameRef mention = each.ref();
            Analysis analysis = each.part().piece();
            if (mention.kind() == dev.heapscope.language.symtable.Occurrence.Kind.IMPORT
                    && mention.node() instanceof dev.heapscope.language.ast.Alias alias && alias.asname == null
                    && analysis.parent(alias) instanceof dev.heapscope.language.ast.Stmt.ImportFrom) {
                for (org.eclipse.lsp4j.Location target : workspace.importTarget(analysis, mention, encoding)) {
                    if (target.getUri().equals(segments.uri())) {
                        continue;
                    }
                    Analysis source = workspace.analysisOf(java.nio.file.Path.of(java.net.URI.create(target.getUri())));
                    if (source == null || !source.hasTable()) {
                        continue;
                    }
                    NameRef definition = source.names().at(source.lines().offsetOf(target.getRange().getStart(), encoding));
                    if (definition != null && definition.binding().isRenamable()) {
                        return new Definition(source, definition);
                    }
                }
            }
        }
        return null;
    }

    static boolean isIdentifier(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c));
    }
}
