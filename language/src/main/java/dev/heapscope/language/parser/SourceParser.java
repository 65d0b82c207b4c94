package dev.heapscope.language.parser;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.literals.ExpressionParser;
import dev.heapscope.language.parser.Python311Parser.File_inputContext;
import dev.heapscope.language.parser.Python311Parser.Fstring_inputContext;
import dev.heapscope.language.parser.Python311Parser.StmtContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The front door of the parser: Python source (bytes or text) to CPython 3.11's AST, or
 * the SyntaxError CPython raises for it.
 *
 * <p>Stages: decode, tokenize the whole file (a tokenizer error anywhere wins over a parse
 * error, as in CPython, which re-tokenizes the rest of the file after a parse error), mark
 * soft keywords, parse with SLL prediction and fall back to full LL only when SLL fails,
 * then build the AST. An instance parses one source; nothing is shared between threads.
 */
public final class SourceParser implements ExpressionParser {

    /** Stack for parses too deep for the caller's thread (200 nested brackets and more). */
    private static final long DEEP_STACK_BYTES = 512L * 1024 * 1024;

    private final String filename;
    /** How the errors of this source count columns; an f-string's expression always counts bytes. */
    private final SourceText.ErrorColumns errorColumns;

    private SourceParser(String filename, SourceText.ErrorColumns errorColumns) {
        this.filename = filename;
        this.errorColumns = errorColumns;
    }

    @Override
    public String filename() {
        return filename;
    }

    /** Parses a file's bytes as {@code ast.parse(bytes, filename)} does. */
    public static Mod.Module parse(byte[] source, String filename) throws PythonSyntaxError {
        String text = SourceDecoder.decode(source, filename);
        return parseText(text, filename, SourceDecoder.errorColumns(source));
    }

    /** Parses source text as {@code ast.parse(str, filename)} does. */
    public static Mod.Module parse(String source, String filename) throws PythonSyntaxError {
        SourceDecoder.checkNoNullCharacters(source, filename);
        return parseText(SourceDecoder.normaliseNewlines(source), filename, SourceText.ErrorColumns.CHARACTERS);
    }

    /** The tree that could be built and every error found, the first exactly as CPython's. */
    public record RecoveredParse(Mod.Module module, List<PythonSyntaxError> errors) {
    }

    /**
     * Parses for an editor: on a syntax error, the first error is CPython's and parsing
     * goes on to collect later errors, and the module holds the top-level statements that
     * parsed cleanly.
     */
    public static RecoveredParse parseRecovering(String source, String filename) {
        String text = SourceDecoder.normaliseNewlines(source);
        try {
            return new RecoveredParse(parseText(text, filename, SourceText.ErrorColumns.CHARACTERS), List.of());
        } catch (PythonSyntaxError first) {
            try {
                return onDeepStack(() -> new SourceParser(filename, SourceText.ErrorColumns.CHARACTERS)
                        .recover(text, first));
            } catch (PythonSyntaxError tooDeep) {
                return new RecoveredParse(new Mod.Module(new ArrayList<>(), new ArrayList<>()), List.of(first));
            }
        }
    }

    private static Mod.Module parseText(String text, String filename, SourceText.ErrorColumns errorColumns)
            throws PythonSyntaxError {
        SourceParser parser = new SourceParser(filename, errorColumns);
        try {
            return parser.parseModule(text);
        } catch (StackOverflowError deep) {
            return onDeepStack(() -> parser.parseModule(text));
        }
    }

    private interface Parse<T> {
        T run() throws PythonSyntaxError;
    }

    private static <T> T onDeepStack(Parse<T> parse) throws PythonSyntaxError {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(parse.run());
            } catch (PythonSyntaxError e) {
                result.set(e);
            } catch (StackOverflowError e) {
                result.set(e);
            }
        }, "heapscope-parse", DEEP_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        Object r = result.get();
        if (r instanceof PythonSyntaxError e) {
            throw e;
        }
        if (r instanceof StackOverflowError) {
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "too many nested parentheses", null, 0,
                    0, 0, 0, null);
        }
        @SuppressWarnings("unchecked")
        T value = (T) r;
        return value;
    }

    /** The lexed and soft-keyword-marked tokens of a source, ready for the parser. */
    private record Lexed(SourceText source, Python311Lexer lexer, CommonTokenStream tokens) {
    }

    private Lexed lex(String text, boolean insideBrackets) throws PythonSyntaxError {
        SourceText source = new SourceText(text, insideBrackets ? SourceText.ErrorColumns.BYTES : errorColumns);
        Python311Lexer lexer = new Python311Lexer(CharStreams.fromString(text, filename));
        lexer.removeErrorListeners();
        lexer.setSource(source, filename);
        if (insideBrackets) {
            lexer.startInsideBrackets();
        }
        CommonTokenStream tokens = new FilledTokenStream(lexer);
        try {
            tokens.fill();
        } catch (SyntaxErrorException e) {
            throw unexpectedIndentBefore(source, lexer, tokens.getTokens()).orElse(e.error());
        }
        if (lexer.sawSoftKeywordName()) {
            TokenPass.markSoftKeywords(tokens.getTokens());
        }
        return new Lexed(source, lexer, tokens);
    }

    /**
     * CPython's parser asks for tokens as it goes, so it can fail before the tokenizer
     * reaches an error. Any parse error but one is then overruled by the tokenizer error,
     * because CPython tokenizes the rest of the file before raising it; the exception is an
     * unexpected indent or unindent, which it raises at once. This parses the tokens before
     * the tokenizer error to find such an indentation error.
     */
    private Optional<PythonSyntaxError> unexpectedIndentBefore(SourceText source, Python311Lexer lexer,
                                                                         List<Token> before) {
        List<Token> truncated = new ArrayList<>(before);
        Token last = truncated.isEmpty() ? null : truncated.get(truncated.size() - 1);
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setLine(last == null ? 1 : last.getLine());
        eof.setCharPositionInLine(last == null ? 0 : last.getCharPositionInLine());
        truncated.add(eof);
        TokenPass.markSoftKeywords(truncated);
        CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(truncated));
        tokens.fill();
        Python311Parser parser = newParser(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            parser.file_input();
            return Optional.empty();
        } catch (ParseCancellationException e) {
            Token offending = ((RecognitionException) e.getCause()).getOffendingToken();
            if (offending == null || offending.getType() == Token.EOF) {
                return Optional.empty();
            }
            PythonSyntaxError error = new ParseErrors(source, lexer, tokens, filename)
                    .toSyntaxError((RecognitionException) e.getCause());
            boolean indentation = error.msg().equals("unexpected indent") || error.msg().equals("unexpected unindent");
            return indentation ? Optional.of(error) : Optional.empty();
        }
    }

    private Python311Parser newParser(CommonTokenStream tokens) {
        Python311Parser parser = new Python311Parser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        return parser;
    }

    private Mod.Module parseModule(String text) throws PythonSyntaxError {
        Lexed lexed = lex(text, false);
        Python311Parser parser = newParser(lexed.tokens());
        AstBuilder builder = builder(lexed, 0, 0);
        buildAsParsed(parser, builder);
        File_inputContext tree;
        try {
            tree = parser.file_input();
        } catch (ParseCancellationException sllFailed) {
            lexed.tokens().seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            buildAsParsed(parser, builder);
            try {
                tree = parser.file_input();
            } catch (ParseCancellationException e) {
                throw new ParseErrors(lexed.source(), lexed.lexer(), lexed.tokens(), filename)
                        .toSyntaxError((RecognitionException) e.getCause());
            }
        }
        try {
            return builder.fileInput(tree);
        } catch (SyntaxErrorException e) {
            throw e.error();
        }
    }

    /**
     * Has each statement built as soon as it is parsed; after the first that has an error,
     * the rest are left to the walk of the whole tree, which raises that error.
     */
    private static void buildAsParsed(Python311Parser parser, AstBuilder builder) {
        parser.statementParsed = statement -> {
            if (!builder.buildEarly(statement)) {
                parser.statementParsed = null;
            }
        };
    }

    private AstBuilder builder(Lexed lexed, int lineShift, int colShift) {
        return new AstBuilder(lexed.source(), filename, this, lexed.tokens().getTokens(), lineShift, colShift);
    }

    @Override
    public Expr parseFStringExpression(String text, int lineno, int colOffset) throws PythonSyntaxError {
        String normalised = SourceDecoder.normaliseNewlines(text);
        Lexed lexed = lex(normalised, true);
        Python311Parser parser = newParser(lexed.tokens());
        Fstring_inputContext tree;
        try {
            tree = parser.fstring_input();
        } catch (ParseCancellationException sllFailed) {
            lexed.tokens().seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                tree = parser.fstring_input();
            } catch (ParseCancellationException e) {
                PythonSyntaxError error = new ParseErrors(lexed.source(), lexed.lexer(), lexed.tokens(), filename)
                        .toSyntaxError((RecognitionException) e.getCause());
                throw new PythonSyntaxError(error.kind(), "f-string: " + error.msg(), filename,
                        lineno + error.lineno() - 1, error.offset(), lineno + error.endLineno() - 1, error.endOffset(),
                        error.text());
            }
        }
        try {
            return builder(lexed, lineno - 1, colOffset).fstringInput(tree);
        } catch (SyntaxErrorException e) {
            // Every error CPython's parser raises while it parses an f-string's expression
            // says so, even one that already does (a nested f-string's).
            PythonSyntaxError error = e.error();
            throw new PythonSyntaxError(error.kind(), "f-string: " + error.msg(), filename, error.lineno(),
                    error.offset(), error.endLineno(), error.endOffset(), error.text());
        }
    }

    /**
     * Collects the errors after the first with ANTLR's recovering strategy, and builds the
     * top-level statements that parsed without error.
     */
    private RecoveredParse recover(String text, PythonSyntaxError first) {
        List<PythonSyntaxError> errors = new ArrayList<>();
        errors.add(first);
        List<Stmt> body = new ArrayList<>();
        Lexed lexed;
        try {
            lexed = lex(text, false);
        } catch (PythonSyntaxError tokenizerError) {
            return new RecoveredParse(new Mod.Module(body, new ArrayList<>()), errors);
        }
        Python311Parser parser = new Python311Parser(lexed.tokens());
        parser.removeErrorListeners();
        parser.setErrorHandler(new DefaultErrorStrategy());
        ParseErrors converter = new ParseErrors(lexed.source(), lexed.lexer(), lexed.tokens(), filename);
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                    String msg, RecognitionException e) {
                Token token = (Token) offendingSymbol;
                PythonSyntaxError error = converter.genericError(token);
                boolean after = error.lineno() > first.lineno()
                        || (error.lineno() == first.lineno() && error.offset() > first.offset());
                if (after) {
                    errors.add(error);
                }
            }
        });
        File_inputContext tree = parser.file_input();
        AstBuilder builder = builder(lexed, 0, 0);
        for (StmtContext s : tree.stmt()) {
            if (s.exception != null || containsError(s)) {
                continue;
            }
            try {
                builder.statement(s, body);
            } catch (SyntaxErrorException | UnsupportedOperationException e) {
                // The statement is left out; its error, if it is the first, is already listed.
            }
        }
        return new RecoveredParse(new Mod.Module(body, new ArrayList<>()), errors);
    }

    private static boolean containsError(org.antlr.v4.runtime.tree.ParseTree tree) {
        if (tree instanceof org.antlr.v4.runtime.tree.ErrorNode) {
            return true;
        }
        if (tree instanceof org.antlr.v4.runtime.ParserRuleContext ctx && ctx.exception != null) {
            return true;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (containsError(tree.getChild(i))) {
                return true;
            }
        }
        return false;
    }
}
