package dev.heapscope.server.completion;

import dev.heapscope.language.ast.Arguments;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.Builtins;
import dev.heapscope.server.analysis.Declarations;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.LineIndex;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.ParameterInformation;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * textDocument/signatureHelp for calls of the document's functions and classes (a class's
 * {@code __init__} without {@code self}), of methods through {@code self}, and of builtins
 * (their recorded CPython signatures).
 */
public final class SignatureHelpProvider {
    private SignatureHelpProvider() {
    }

    public static SignatureHelp help(Analysis analysis, String text, int offset) {
        return help(analysis == null ? null : Segments.whole(analysis), text, offset, null);
    }

    /**
     * The help from the text's statements analysed one by one (right after an edit): the def
     * or class a name at the call resolves to is found in the statement under the cursor or,
     * for a global, among every statement's bindings of it, in document order.
     *
     * @param text the text the segments are for
     * @param lines that text's line index
     */
    public static SignatureHelp help(Segments segments, String text, LineIndex lines, int offset) {
        return help(segments, text, offset, lines);
    }

    /**
     * @param lines the line index of {@code text} when the segments are for exactly that text;
     *     null when they are one whole-file analysis, possibly of an older text
     */
    private static SignatureHelp help(Segments segments, String text, int offset, LineIndex lines) {
        CallContext.Call call = CallContext.enclosingCall(text, offset);
        if (call == null) {
            return null;
        }
        String callee = CallContext.receiver(text, call.calleeEnd());
        if (callee == null) {
            return null;
        }
        String label = null;
        List<String> parameters = null;
        String doc = null;
        Segments.Part part = null;
        int calleeEnd = call.calleeEnd();
        if (segments != null && lines != null) {
            part = segments.partAt(lines, calleeEnd);
            calleeEnd -= lines.lineStart(part.lineBase());
        } else if (segments != null) {
            part = segments.parts().get(0);
            calleeEnd = OffsetMapping.map(part.piece().text(), text, calleeEnd);
        }
        Analysis analysis = part == null ? null : part.piece();
        Segments.Mention found = analysis != null && analysis.hasTable() ? resolve(segments, part, callee, calleeEnd)
                : null;
        Node def = found == null ? null : found.ref().node();
        if (found != null) {
            analysis = found.part().piece();
            Arguments args = def instanceof Stmt.FunctionDef f ? f.args
                    : def instanceof Stmt.AsyncFunctionDef f ? f.args : initArguments((Stmt.ClassDef) def);
            parameters = args == null ? List.of() : Declarations.parameterList(analysis, args);
            if (def instanceof Stmt.ClassDef || isMethod(analysis, def) && callee.contains(".")) {
                if (!parameters.isEmpty()) {
                    parameters = parameters.subList(1, parameters.size());
                }
            }
            String name = callee.contains(".") ? callee.substring(callee.lastIndexOf('.') + 1) : callee;
            label = name + "(" + String.join(", ", parameters) + ")";
            doc = Declarations.docstring(def);
        } else if (!callee.contains(".") && Builtins.isBuiltin(callee)
                && isBuiltinHere(segments, part, callee, calleeEnd)) {
            Builtins.Builtin builtin = Builtins.get(callee);
            if (builtin.signature().isEmpty()) {
                return null;
            }
            label = builtin.signature();
            parameters = splitParameters(label);
            doc = builtin.doc();
        }
        if (label == null) {
            return null;
        }
        SignatureInformation information = new SignatureInformation(label);
        List<ParameterInformation> params = new ArrayList<>();
        int active = Math.min(call.argument(), Math.max(0, parameters.size() - 1));
        for (int i = 0; i < parameters.size(); i++) {
            String p = parameters.get(i);
            params.add(new ParameterInformation(p));
            String bare = p.replaceFirst("^\\*+", "").split("[:=]", 2)[0].strip();
            if (call.keyword() != null && bare.equals(call.keyword())) {
                active = i;
            }
            if (call.keyword() == null && p.startsWith("*") && !p.startsWith("**") && call.argument() >= i) {
                active = i;
            }
        }
        information.setParameters(params);
        if (doc != null && !doc.isEmpty()) {
            information.setDocumentation(Either.forRight(new MarkupContent(MarkupKind.PLAINTEXT, doc)));
        }
        SignatureHelp help = new SignatureHelp(List.of(information), 0, active);
        information.setActiveParameter(active);
        return help;
    }

    private static boolean isBuiltinHere(Segments segments, Segments.Part part, String name, int offset) {
        if (part == null || !part.piece().hasTable()) {
            return true;
        }
        Analysis analysis = part.piece();
        Scope scope = analysis.scopeAt(Math.min(offset, analysis.text().length()));
        for (Scope s = scope; s != null; s = s.parent()) {
            var symbol = s.lookup(name);
            if (s.type() == ScopeType.MODULE ? segments.isBoundAtModuleLevel(name)
                    : symbol != null && symbol.isBound()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMethod(Analysis analysis, Node def) {
        Node parent = analysis.parent(def);
        return parent instanceof Stmt.ClassDef;
    }

    private static Arguments initArguments(Stmt.ClassDef cls) {
        for (Stmt statement : cls.body) {
            if (statement instanceof Stmt.FunctionDef f && f.name.equals("__init__")) {
                return f.args;
            }
        }
        return null;
    }

    /** The def or class a callee names (and the part holding it): a name visible at the call, or {@code self.method}. */
    private static Segments.Mention resolve(Segments segments, Segments.Part part, String callee, int offset) {
        Analysis analysis = part.piece();
        int at = Math.min(offset, analysis.text().length());
        Scope scope = analysis.scopeAt(at);
        String[] parts = callee.split("\\.");
        if (parts.length == 2 && scope != null && scope.type() == ScopeType.FUNCTION && scope.parent() != null
                && scope.parent().type() == ScopeType.CLASS && !scope.parameters().isEmpty()
                && scope.parameters().get(0).equals(parts[0])) {
            return definitionIn(segments, part, new Binding(Binding.Kind.SCOPE, scope.parent(), parts[1]));
        }
        if (parts.length != 1) {
            return null;
        }
        NameRef ref = analysis.names().at(at - callee.length());
        if (ref == null) {
            for (Scope s = scope; s != null; s = s.parent()) {
                if (s.type() == ScopeType.MODULE) {
                    // No private name is mangled at module level.
                    String stored = callee;
                    return segments.isBoundAtModuleLevel(stored)
                            ? definitionIn(segments, part, new Binding(Binding.Kind.SCOPE, s, stored)) : null;
                }
                var symbol = s.lookup(callee);
                if (symbol != null && symbol.isBound() && (s == scope || s.type() != ScopeType.CLASS)) {
                    return definitionIn(segments, part, new Binding(Binding.Kind.SCOPE, s, symbol.name()));
                }
            }
            return null;
        }
        return definitionIn(segments, part, ref.binding());
    }

    private static Segments.Mention definitionIn(Segments segments, Segments.Part part, Binding binding) {
        for (Segments.Mention mention : segments.mentions(part, binding)) {
            Node node = mention.ref().node();
            if (mention.ref().kind() == Occurrence.Kind.BINDING && (node instanceof Stmt.FunctionDef
                    || node instanceof Stmt.AsyncFunctionDef || node instanceof Stmt.ClassDef)) {
                return mention;
            }
        }
        return null;
    }

    static List<String> splitParameters(String signature) {
        int open = signature.indexOf('(');
        int close = signature.lastIndexOf(')');
        List<String> out = new ArrayList<>();
        if (open < 0 || close <= open + 1) {
            return out;
        }
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = signature.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(signature.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(signature.substring(start, close).strip());
        out.removeIf(p -> p.equals("/") || p.equals("*"));
        return out;
    }
}
