package dev.heapscope.server.hover;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AttributeRef;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.Builtins;
import dev.heapscope.server.analysis.Declarations;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.analysis.ScopeWords;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * textDocument/hover. On a name: the kind of variable CPython makes of it in the block where
 * it is written (and why), the lines that bind it, what it is bound to and its docstring. On
 * an instance attribute: where the class's methods assign it. On a literal: whether CPython
 * shares the object ({@link LiteralSharing}).
 */
public final class HoverProvider {
    private HoverProvider() {
    }

    public static Hover hover(Analysis analysis, int offset, PositionEncoding encoding) {
        Segments whole = Segments.whole(analysis);
        return hover(whole, whole.parts().get(0), offset, encoding);
    }

    /**
     * The hover from the text's statements analysed one by one (right after an edit, before
     * the whole-file analysis): every hover is decided there, a global's binding lines and
     * declaration being gathered from every statement.
     */
    public static Segments.Answer<Hover> hover(Segments segments, Position position, PositionEncoding encoding) {
        Segments.Located at = segments.locate(position, encoding);
        if (at == null) {
            return null;
        }
        return new Segments.Answer<>(hover(segments, at.part(), at.offset(), encoding));
    }

    private static Hover hover(Segments segments, Segments.Part part, int offset, PositionEncoding encoding) {
        Analysis analysis = part.piece();
        NameRef ref = analysis.names().at(offset);
        if (ref != null) {
            return markdown(describe(segments, part, ref), part, ref.start(), ref.end(), encoding);
        }
        AttributeRef attribute = analysis.names().attributeAt(offset);
        if (attribute != null) {
            return markdown(describe(part, attribute), part, attribute.start(), attribute.end(), encoding);
        }
        List<Located> chain = analysis.nodesAt(offset);
        if (!chain.isEmpty() && chain.get(chain.size() - 1) instanceof Expr.Constant constant) {
            return markdown(LiteralSharing.describe(analysis, constant), part, analysis.start(constant),
                    analysis.end(constant), encoding);
        }
        return null;
    }

    private static Hover markdown(String text, Segments.Part part, int start, int end, PositionEncoding encoding) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text), part.range(start, end, encoding));
    }

    /** @param part the part whose analysis holds {@code ref} */
    static String describe(Segments segments, Segments.Part part, NameRef ref) {
        ScopeWords kind = ScopeWords.of(ref);
        StringBuilder out = new StringBuilder();
        String boundTo = null;
        List<Segments.Mention> mentions = segments.mentions(part, ref.binding());
        Segments.Mention declaring = firstBinding(mentions);
        if (declaring != null) {
            boundTo = ref.isWrite() ? Declarations.boundTo(part.piece(), ref)
                    : Declarations.boundTo(declaring.part().piece(), declaring.ref());
        }
        if (ref.binding().kind() == Binding.Kind.BUILTIN) {
            Builtins.Builtin builtin = Builtins.get(ref.binding().storedName());
            boundTo = builtin.signature().isEmpty() ? builtin.name() : builtin.signature();
            boundTo = builtin.kind() + " " + boundTo;
        }
        out.append("```python\n(").append(kind.label).append(") ").append(ref.name());
        if (boundTo != null) {
            out.append(" — ").append(boundTo);
        }
        out.append("\n```\n\n");
        out.append(explain(ref, kind)).append("\n");
        List<Integer> lines = bindingLines(mentions);
        if (!lines.isEmpty() && ref.binding().kind() == Binding.Kind.SCOPE) {
            out.append("\nBound on line").append(lines.size() > 1 ? "s " : " ");
            out.append(String.join(", ", lines.stream().map(String::valueOf).toList())).append(".\n");
        }
        String doc = null;
        if (ref.binding().kind() == Binding.Kind.BUILTIN) {
            doc = Builtins.get(ref.binding().storedName()).doc();
        } else if (declaring != null) {
            doc = Declarations.docstring(declaring.ref().node());
        }
        if (doc != null && !doc.isEmpty()) {
            out.append("\n---\n\n").append(doc).append("\n");
        }
        return out.toString();
    }

    private static String explain(NameRef ref, ScopeWords kind) {
        Scope here = ref.scope();
        Scope owner = ref.binding().owner();
        String block = blockName(here);
        switch (kind) {
            case PARAMETER:
                return "Parameter of " + block + ": a fast local, bound by the call."
                        + (ref.symbol().scope() == SymbolScope.CELL
                        ? " Nested functions capture it, so it lives in a cell." : "");
            case LOCAL:
                return "Local variable of " + block + ": assigned in it, so CPython makes it a fast local "
                        + "for the whole block (a read before the assignment raises UnboundLocalError).";
            case CELL:
                return "Cell variable of " + block + ": a local that nested functions capture, so it is "
                        + "stored in a cell object that the closures share.";
            case FREE:
                return "Free variable in " + block + ": read from the cell of " + blockName(owner)
                        + ", where it is bound; the closure sees its current value when it runs.";
            case NONLOCAL:
                return "Declared `nonlocal` in " + block + ": it names the cell of " + blockName(owner)
                        + ", and assignments here rebind that variable.";
            case GLOBAL:
                return "Global: bound at module level, held in the module's `__dict__`.";
            case GLOBAL_DECLARED:
                return "Declared `global` in " + block + ": reads and assignments here go to the module's "
                        + "`__dict__`.";
            case GLOBAL_IMPLICIT:
                return "Global (implicit) in " + block + ": not bound there, so it is looked up in the "
                        + "module's globals, then in builtins, when the code runs.";
            case CLASS_ATTRIBUTE:
                return "Class attribute of " + block + ": bound in the class body's namespace, which "
                        + "becomes the class's `__dict__`; methods reach it only through `self` or the class.";
            case BUILTIN:
                return "Builtin: the module does not bind it, so lookup falls through the globals to the "
                        + "`builtins` module.";
            case MODULE_ATTRIBUTE:
                return "Module attribute: set on every module by the import system.";
            default:
                return "Undefined: no statement binds it in any enclosing scope and `builtins` has no such "
                        + "name, so reaching it raises NameError.";
        }
    }

    static String blockName(Scope scope) {
        if (scope == null) {
            return "the module";
        }
        if (scope.type() == ScopeType.MODULE) {
            return "the module";
        }
        if (scope.type() == ScopeType.CLASS) {
            return "class `" + scope.name() + "`";
        }
        if (scope.comprehension() != null) {
            return "the " + scope.name() + " (a comprehension is a function of its own)";
        }
        if (scope.name().equals("lambda")) {
            return "the lambda";
        }
        return "function `" + scope.name() + "`";
    }

    private static Segments.Mention firstBinding(List<Segments.Mention> mentions) {
        for (Segments.Mention mention : mentions) {
            if (mention.ref().isWrite()
                    && mention.ref().kind() != dev.heapscope.language.symtable.Occurrence.Kind.DELETION) {
                return mention;
            }
        }
        return null;
    }

    private static List<Integer> bindingLines(List<Segments.Mention> mentions) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (Segments.Mention mention : mentions) {
            if (mention.ref().isWrite()) {
                lines.add(mention.part().documentLineno(mention.ref().start()));
            }
        }
        return new ArrayList<>(lines);
    }

    /** An attribute's class is in the statement that holds the attribute: its part tells all. */
    static String describe(Segments.Part part, AttributeRef attribute) {
        Analysis analysis = part.piece();
        Scope cls = attribute.classScope();
        TreeSet<Integer> lines = new TreeSet<>();
        for (AttributeRef other : analysis.names().attributesOf(cls, attribute.name())) {
            if (other.write()) {
                lines.add(part.documentLineno(other.start()));
            }
        }
        Symbol classLevel = cls.symbol(attribute.name());
        StringBuilder out = new StringBuilder("```python\n(attribute) ").append(cls.name()).append('.')
                .append(attribute.name()).append("\n```\n\n");
        if (!lines.isEmpty()) {
            out.append("Instance attribute: assigned on `self` on line").append(lines.size() > 1 ? "s " : " ")
                    .append(String.join(", ", lines.stream().map(String::valueOf).toList()))
                    .append(", so it is stored in each instance's `__dict__`.");
        } else if (classLevel == null) {
            out.append("Attribute of the instance: no method of `").append(cls.name())
                    .append("` assigns it on `self`, so lookup goes to the class and its bases.");
        }
        if (classLevel != null && classLevel.isBound()) {
            out.append(lines.isEmpty() ? "" : " ").append("Class attribute `").append(attribute.name())
                    .append("` is bound in the class body: an instance without its own value finds the class's.");
            Node def = null;
            for (NameRef ref : analysis.names().mentions(new Binding(Binding.Kind.SCOPE, cls, attribute.name()))) {
                if (ref.isWrite()) {
                    def = ref.node();
                    break;
                }
            }
            String signature = def == null ? null : Declarations.signature(analysis, def);
            if (signature != null) {
                out.append("\n\n```python\n").append(signature).append("\n```");
                String doc = Declarations.docstring(def);
                if (doc != null) {
                    out.append("\n\n---\n\n").append(doc);
                }
            }
        }
        return out.append('\n').toString();
    }
}
