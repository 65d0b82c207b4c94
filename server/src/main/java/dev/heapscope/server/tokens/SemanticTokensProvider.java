package dev.heapscope.server.tokens;

import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AttributeRef;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.analysis.ScopeWords;
import dev.heapscope.server.document.PositionEncoding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDelta;
import org.eclipse.lsp4j.SemanticTokensEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * textDocument/semanticTokens/full, /full/delta and /range, with {@link TokenLegend}'s types
 * and modifiers. Keeps the last full result of each document so a delta request can answer
 * with the one edit between the previous and the new token arrays.
 */
public final class SemanticTokensProvider {
    private final AtomicLong results = new AtomicLong();
    private final Map<String, Previous> previous = new ConcurrentHashMap<>();

    private record Previous(String resultId, int[] data) {
    }

    /** One token before encoding: absolute line and columns in the client's unit. */
    private record Token(int line, int start, int length, int type, int modifiers) {
    }

    public SemanticTokens full(Analysis analysis, PositionEncoding encoding) {
        return full(Segments.whole(analysis), encoding);
    }

    /**
     * From the text's statements analysed one by one (right after an edit): every token is
     * decided there, a global's kind (class, function, namespace) by its bindings in every
     * statement. The same tokens as {@link #full(Analysis, PositionEncoding)} gives.
     */
    public SemanticTokens full(Segments segments, PositionEncoding encoding) {
        int[] data = encode(tokens(segments, encoding, null));
        String id = Long.toString(results.incrementAndGet());
        previous.put(segments.uri(), new Previous(id, data));
        return new SemanticTokens(id, toList(data));
    }

    public Either<SemanticTokens, SemanticTokensDelta> delta(Analysis analysis, String previousResultId,
                                                             PositionEncoding encoding) {
        return delta(Segments.whole(analysis), previousResultId, encoding);
    }

    public Either<SemanticTokens, SemanticTokensDelta> delta(Segments segments, String previousResultId,
                                                             PositionEncoding encoding) {
        Previous before = previous.get(segments.uri());
        if (before == null || !before.resultId.equals(previousResultId)) {
            return Either.forLeft(full(segments, encoding));
        }
        int[] data = encode(tokens(segments, encoding, null));
        String id = Long.toString(results.incrementAndGet());
        previous.put(segments.uri(), new Previous(id, data));
        int[] old = before.data;
        int prefix = 0;
        while (prefix < old.length && prefix < data.length && old[prefix] == data[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.length - prefix && suffix < data.length - prefix
                && old[old.length - 1 - suffix] == data[data.length - 1 - suffix]) {
            suffix++;
        }
        List<SemanticTokensEdit> edits = new ArrayList<>();
        if (prefix != old.length || prefix != data.length) {
            edits.add(new SemanticTokensEdit(prefix, old.length - prefix - suffix,
                    toList(Arrays.copyOfRange(data, prefix, data.length - suffix))));
        }
        return Either.forRight(new SemanticTokensDelta(edits, id));
    }

    public SemanticTokens range(Analysis analysis, Range range, PositionEncoding encoding) {
        return range(Segments.whole(analysis), range, encoding);
    }

    public SemanticTokens range(Segments segments, Range range, PositionEncoding encoding) {
        return new SemanticTokens(toList(encode(tokens(segments, encoding, range))));
    }

    public void forget(String uri) {
        previous.remove(uri);
    }

    /**
     * The tokens of every part, in document order: the parts' lines follow each other, so
     * sorting each part's tokens sorts them all.
     */
    private static List<Token> tokens(Segments segments, PositionEncoding encoding, Range within) {
        List<Token> out = new ArrayList<>();
        // What binds each global, found once for all of its mentions.
        Map<String, Optional<Node>> globals = new HashMap<>();
        for (Segments.Part part : segments.parts()) {
            List<Token> tokens = new ArrayList<>();
            Analysis analysis = part.piece();
            for (NameRef ref : analysis.names().refs()) {
                add(part, ref.start(), ref.end(), typeOf(segments, part, ref, globals), modifiersOf(ref), encoding,
                        within, tokens);
            }
            for (AttributeRef attribute : analysis.names().attributes()) {
                Symbol classLevel = attribute.classScope().symbol(attribute.name());
                int modifiers = (attribute.write() ? TokenLegend.modifier("declaration") : 0)
                        | (classLevel != null && classLevel.isBound() ? TokenLegend.modifier("classAttribute") : 0);
                add(part, attribute.start(), attribute.end(), TokenLegend.type("property"), modifiers, encoding,
                        within, tokens);
            }
            tokens.sort(Comparator.comparingInt(Token::line).thenComparingInt(Token::start));
            out.addAll(tokens);
        }
        return out;
    }

    private static void add(Segments.Part part, int start, int end, int type, int modifiers, PositionEncoding encoding,
                            Range within, List<Token> out) {
        Range range = part.range(start, end, encoding);
        Position from = range.getStart();
        Position to = range.getEnd();
        if (from.getLine() != to.getLine() || to.getCharacter() <= from.getCharacter()) {
            return;
        }
        if (within != null && (before(from, within.getStart()) || before(within.getEnd(), to))) {
            return;
        }
        out.add(new Token(from.getLine(), from.getCharacter(), to.getCharacter() - from.getCharacter(), type, modifiers));
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }

    private static int typeOf(Segments segments, Segments.Part part, NameRef ref, Map<String, Optional<Node>> globals) {
        ScopeWords kind = ScopeWords.of(ref);
        if (kind == ScopeWords.PARAMETER) {
            return TokenLegend.type("parameter");
        }
        Node bound = ref.binding().kind() == Binding.Kind.SCOPE && ref.binding().owner().type() == ScopeType.MODULE
                ? globals.computeIfAbsent(ref.binding().storedName(),
                        name -> Optional.ofNullable(definingNode(segments, part, ref))).orElse(null)
                : definingNode(segments, part, ref);
        if (bound instanceof Stmt.ClassDef) {
            return TokenLegend.type("class");
        }
        if (bound instanceof Stmt.FunctionDef || bound instanceof Stmt.AsyncFunctionDef) {
            return ref.binding().owner() != null && ref.binding().owner().type() == ScopeType.CLASS
                    ? TokenLegend.type("method") : TokenLegend.type("function");
        }
        if (bound instanceof dev.heapscope.language.ast.Alias) {
            return TokenLegend.type("namespace");
        }
        if (ref.binding().kind() == Binding.Kind.BUILTIN) {
            String builtinKind = dev.heapscope.server.analysis.Builtins.get(ref.binding().storedName()).kind();
            return builtinKind.equals("function") ? TokenLegend.type("function")
                    : builtinKind.equals("constant") ? TokenLegend.type("variable") : TokenLegend.type("class");
        }
        if (kind == ScopeWords.CLASS_ATTRIBUTE) {
            return TokenLegend.type("property");
        }
        return TokenLegend.type("variable");
    }

    /** The def, class or import that binds the variable, when one of its bindings is such a statement. */
    private static Node definingNode(Segments segments, Segments.Part part, NameRef ref) {
        if (ref.binding().kind() != Binding.Kind.SCOPE) {
            return null;
        }
        for (Segments.Mention each : segments.mentions(part, ref.binding())) {
            NameRef mention = each.ref();
            if (mention.kind() == Occurrence.Kind.IMPORT || mention.kind() == Occurrence.Kind.BINDING
                    && (mention.node() instanceof Stmt.FunctionDef || mention.node() instanceof Stmt.AsyncFunctionDef
                    || mention.node() instanceof Stmt.ClassDef)) {
                return mention.node();
            }
        }
        return null;
    }

    private static final Map<ScopeWords, String> SCOPE_MODIFIER = new HashMap<>();

    static {
        SCOPE_MODIFIER.put(ScopeWords.LOCAL, "local");
        SCOPE_MODIFIER.put(ScopeWords.PARAMETER, "local");
        SCOPE_MODIFIER.put(ScopeWords.CELL, "cell");
        SCOPE_MODIFIER.put(ScopeWords.FREE, "free");
        SCOPE_MODIFIER.put(ScopeWords.NONLOCAL, "nonlocal");
        SCOPE_MODIFIER.put(ScopeWords.GLOBAL, "global");
        SCOPE_MODIFIER.put(ScopeWords.GLOBAL_DECLARED, "global");
        SCOPE_MODIFIER.put(ScopeWords.GLOBAL_IMPLICIT, "global");
        SCOPE_MODIFIER.put(ScopeWords.MODULE_ATTRIBUTE, "global");
        SCOPE_MODIFIER.put(ScopeWords.CLASS_ATTRIBUTE, "classAttribute");
        SCOPE_MODIFIER.put(ScopeWords.BUILTIN, "builtin");
        SCOPE_MODIFIER.put(ScopeWords.UNDEFINED, "undefined");
    }

    private static int modifiersOf(NameRef ref) {
        ScopeWords kind = ScopeWords.of(ref);
        int modifiers = TokenLegend.modifier(SCOPE_MODIFIER.get(kind));
        if (kind == ScopeWords.PARAMETER && ref.symbol().scope() == dev.heapscope.language.symtable.SymbolScope.CELL) {
            modifiers = TokenLegend.modifier("cell");
        }
        if (ref.isWrite()) {
            modifiers |= TokenLegend.modifier("declaration");
        }
        if (kind == ScopeWords.BUILTIN) {
            modifiers |= TokenLegend.modifier("defaultLibrary");
        }
        return modifiers;
    }

    private static int[] encode(List<Token> tokens) {
        int[] data = new int[tokens.size() * 5];
        int line = 0;
        int start = 0;
        int i = 0;
        for (Token token : tokens) {
            int deltaLine = token.line - line;
            int deltaStart = deltaLine == 0 ? token.start - start : token.start;
            data[i++] = deltaLine;
            data[i++] = deltaStart;
            data[i++] = token.length;
            data[i++] = token.type;
            data[i++] = token.modifiers;
            line = token.line;
            start = token.start;
        }
        return data;
    }

    private static List<Integer> toList(int[] data) {
        List<Integer> out = new ArrayList<>(data.length);
        for (int value : data) {
            out.add(value);
        }
        return out;
    }
}
