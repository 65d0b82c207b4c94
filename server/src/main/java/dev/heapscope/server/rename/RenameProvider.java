package dev.heapscope.server.rename;

import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.completion.Keywords;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        NameRef ref = analysis.names().at(offset);
        if (ref == null || !ref.binding().isRenamable()) {
            return null;
        }
        return new PrepareRenameResult(analysis.lines().range(ref.start(), ref.end(), encoding), ref.name());
    }

    public WorkspaceEdit rename(Analysis analysis, int offset, String newName, PositionEncoding encoding) {
        NameRef ref = analysis.names().at(offset);
        if (ref == null || !ref.binding().isRenamable()) {
            return null;
        }
        if (!isIdentifier(newName) || Keywords.isKeyword(newName)) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "'" + newName + "' is not a valid Python identifier", null));
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        List<TextEdit> here = new ArrayList<>();
        for (NameRef mention : analysis.names().mentions(ref.binding())) {
            here.add(new TextEdit(analysis.lines().range(mention.start(), mention.end(), encoding), newName));
        }
        changes.put(analysis.uri(), here);
        Binding binding = ref.binding();
        if (binding.owner().type() == ScopeType.MODULE) {
            changes.putAll(workspace.renameElsewhere(analysis, binding.storedName(), newName, encoding));
        }
        return new WorkspaceEdit(changes);
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
