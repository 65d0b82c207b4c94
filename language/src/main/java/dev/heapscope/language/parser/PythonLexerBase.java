package dev.heapscope.language.parser;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.PythonSyntaxError.Kind;
import dev.heapscope.language.text.PyRepr;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The part of Python's tokenizer that a lexer grammar cannot express: line structure
 * (NEWLINE, INDENT, DEDENT), implicit line joining inside brackets, and CPython's
 * tokenizer errors with their exact messages and positions.
 *
 * <p>Invariants between calls of {@link #nextToken()}: {@code indents[0..indentDepth]}
 * holds the open indentation columns (tabs to multiples of 8) and {@code altIndents} the
 * same with tabs counted as 1, which is how CPython detects inconsistent tab use;
 * {@code brackets[0..bracketDepth)} holds the open brackets with their positions.
 */
public abstract class PythonLexerBase extends Lexer {

    /** CPython's MAXLEVEL: the tokenizer refuses more nested brackets than this. */
    static final int MAX_BRACKET_DEPTH = 200;
    /** CPython's MAXINDENT. */
    private static final int MAX_INDENT = 100;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private int[] indents = new int[MAX_INDENT + 1];
    private int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;

    private final int[] bracketChars = new int[MAX_BRACKET_DEPTH];
    private final int[] bracketLines = new int[MAX_BRACKET_DEPTH];
    private final int[] bracketCols = new int[MAX_BRACKET_DEPTH];
    private int bracketDepth;

    private boolean atLineStart = true;
    /** Whether the current logical line has produced a token (so its NEWLINE counts). */
    private boolean lineHasTokens;
    private boolean finished;
    /** Whether bracket 0 is the implicit one around an f-string expression, not in the text. */
    private boolean implicitOuterBracket;
    /**
     * A tokenizer error found while tokens before it were still queued: CPython's tokenizer
     * hands those over first, and the parser may fail on one of them (an unexpected indent)
     * before it ever asks for the token in error.
     */
    private SyntaxErrorException deferredError;
    /** Where the last token of the grammar ended (characters skipped between tokens do not count). */
    private int lastTokenStop = -1;

    private SourceText source;
    private String filename = "<unknown>";
    /** Whether a NAME token 'match' was made: without one there is no match statement. */
    private boolean sawMatchName;

    protected PythonLexerBase(CharStream input) {
        super(input);
        setTokenFactory(PyToken.FACTORY);
    }

    /** Gives the lexer the source lines its errors quote. */
    void setSource(SourceText source, String filename) {
        this.source = source;
        this.filename = filename;
    }

    /**
     * Starts the lexer as if inside one pair of parentheses, which is how CPython parses the
     * expression of an f-string replacement field: newlines there are insignificant.
     */
    void startInsideBrackets() {
        bracketChars[0] = '(';
        bracketLines[0] = 1;
        bracketCols[0] = 0;
        bracketDepth = 1;
        implicitOuterBracket = true;
        atLineStart = false;
    }

    /**
     * Whether the soft keywords may be keywords anywhere in the tokens: only when some NAME
     * is 'match', as 'case' and '_' are keywords only inside a match statement.
     */
    boolean sawSoftKeywordName() {
        return sawMatchName;
    }

    /**
     * The innermost bracket of the text still open at the end of input, or -1 when all
     * are closed.
     */
    int unclosedBracketIndex() {
        int innermost = bracketDepth - 1;
        return implicitOuterBracket && innermost == 0 ? -1 : innermost;
    }

    /** The bracket nesting level at the start of the text: 1 inside an f-string expression. */
    int initialBracketLevel() {
        return implicitOuterBracket ? 1 : 0;
    }

    int bracketChar(int index) {
        return bracketChars[index];
    }

    int bracketLine(int index) {
        return bracketLines[index];
    }

    int bracketCol(int index) {
        return bracketCols[index];
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (deferredError != null) {
                throw deferredError;
            }
            try {
                fill();
            } catch (SyntaxErrorException e) {
                deferredError = e;
            }
        }
        return pending.poll();
    }

    /** Adds at least one token to {@code pending}. */
    private void fill() {
        if (finished) {
            pending.add(synthetic(Token.EOF, _input.index(), getLine(), getCharPositionInLine()));
            return;
        }
        if (atLineStart && bracketDepth == 0) {
            measureIndentation();
        }
        skipBetweenTokens();
        Token token = scanAsciiName();
        // A name scanned by hand is ASCII, which needs no identifier check.
        boolean asciiName = token != null;
        if (token == null) {
            token = scanDelimiter();
        }
        if (token == null) {
            token = super.nextToken();
        }
        int type = token.getType();
        if (type != Token.EOF) {
            lastTokenStop = token.getStopIndex();
        }
        if (type == Python311Lexer.NAME || type == Python311Lexer.NUMBER || type == Python311Lexer.STRING) {
            // The text is made once, here: the checks below, TokenPass and the AST builder
            // all read it, and a token would otherwise copy it out of the char stream each time.
            String text = token.getText();
            ((CommonToken) token).setText(text);
            if (type == Python311Lexer.NAME && text.equals("match")) {
                sawMatchName = true;
            }
        }
        switch (type) {
            case Token.EOF -> endOfInput(token);
            case Python311Lexer.NEWLINE -> {
                if (bracketDepth == 0 && lineHasTokens) {
                    pending.add(token);
                    lineHasTokens = false;
                }
                if (bracketDepth == 0) {
                    atLineStart = true;
                }
            }
            case Python311Lexer.OPEN_PAREN, Python311Lexer.OPEN_BRACKET, Python311Lexer.OPEN_BRACE -> {
                openBracket(token);
                real(token);
            }
            case Python311Lexer.CLOSE_PAREN, Python311Lexer.CLOSE_BRACKET, Python311Lexer.CLOSE_BRACE -> {
                closeBracket(token);
                real(token);
            }
            case Python311Lexer.STRING -> {
                checkTripleQuoteStart(token);
                real(token);
            }
            case Python311Lexer.UNTERMINATED_STRING -> throw error(Kind.SyntaxError,
                    "unterminated string literal (detected at line " + token.getLine() + ")",
                    token.getLine(), token.getCharPositionInLine() + 1, token.getLine(),
                    token.getCharPositionInLine() + 1);
            case Python311Lexer.NUMBER -> {
                checkNumber(token);
                real(token);
            }
            case Python311Lexer.NAME -> {
                if (!asciiName) {
                    checkIdentifier(token);
                }
                real(token);
            }
            case Python311Lexer.ERROR_CHAR -> errorChar(token);
            default -> real(token);
        }
    }

    /**
     * Skips by hand what the SKIPPED rule matches: runs of blanks, a comment up to its
     * newline, a backslash joining two lines. These are most of the characters between
     * tokens, and through the lexer's ATN each run would cost a match, a token start and a
     * skip action. The rule stays in the grammar, so the lexer alone still lexes Python;
     * after this it only ever sees a token's first character.
     */
    private void skipBetweenTokens() {
        LexerATNSimulator scanner = getInterpreter();
        while (true) {
            int c = _input.LA(1);
            if (c == ' ' || c == '\t' || c == '\f') {
                scanner.consume(_input);
            } else if (c == '#') {
                while (c != '\n' && c != CharStream.EOF) {
                    scanner.consume(_input);
                    c = _input.LA(1);
                }
            } else if (c == '\\' && _input.LA(2) == '\n') {
                scanner.consume(_input);
                scanner.consume(_input);
            } else {
                return;
            }
        }
    }

    /**
     * A name or keyword of ASCII letters, digits and underscores, scanned by hand: names are
     * the commonest token, and the ATN would take a transition per character to find the
     * same extent. Null, with nothing consumed, where the grammar must decide: when the name
     * runs on into a non-ASCII character (which checkIdentifier judges), or when it is short
     * enough to be a string prefix and a quote follows. The token is the one the NAME rule
     * or a keyword rule would make, longest match first, as ANTLR's lexer chooses.
     */
    private Token scanAsciiName() {
        int c = _input.LA(1);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
            return null;
        }
        int length = 1;
        while (isAsciiNameChar(c = _input.LA(length + 1))) {
            length++;
        }
        if (c >= 128 || ((c == '\'' || c == '"') && length <= 2)) {
            return null;
        }
        int start = _input.index();
        int stop = start + length - 1;
        String text = _input.getText(Interval.of(start, stop));
        Integer keyword = Keywords.TYPES.get(text);
        PyToken token = new PyToken(_tokenFactorySourcePair, keyword == null ? Python311Lexer.NAME : keyword,
                Token.DEFAULT_CHANNEL, start, stop);
        token.setLine(getLine());
        token.setCharPositionInLine(getCharPositionInLine());
        token.setText(text);
        LexerATNSimulator scanner = getInterpreter();
        for (int i = 0; i < length; i++) {
            scanner.consume(_input);
        }
        return token;
    }

    /**
     * A one-character delimiter scanned by hand, for the same reason as names: brackets,
     * commas, dots, colons and '=' are most of the other tokens. Null, with nothing
     * consumed, where a longer token could start here ('...', '.5', ':=', '==') and for
     * every other character: the grammar decides those.
     */
    private Token scanDelimiter() {
        int type;
        switch (_input.LA(1)) {
            case '(' -> type = Python311Lexer.OPEN_PAREN;
            case ')' -> type = Python311Lexer.CLOSE_PAREN;
            case '[' -> type = Python311Lexer.OPEN_BRACKET;
            case ']' -> type = Python311Lexer.CLOSE_BRACKET;
            case '{' -> type = Python311Lexer.OPEN_BRACE;
            case '}' -> type = Python311Lexer.CLOSE_BRACE;
            case ',' -> type = Python311Lexer.COMMA;
            case ';' -> type = Python311Lexer.SEMICOLON;
            case '~' -> type = Python311Lexer.TILDE;
            case '.' -> {
                int next = _input.LA(2);
                if (next == '.' || (next >= '0' && next <= '9')) {
                    return null;
                }
                type = Python311Lexer.DOT;
            }
            case ':' -> {
                if (_input.LA(2) == '=') {
                    return null;
                }
                type = Python311Lexer.COLON;
            }
            case '=' -> {
                if (_input.LA(2) == '=') {
                    return null;
                }
                type = Python311Lexer.ASSIGN;
            }
            default -> {
                return null;
            }
        }
        int start = _input.index();
        PyToken token = new PyToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, start, start);
        token.setLine(getLine());
        token.setCharPositionInLine(getCharPositionInLine());
        getInterpreter().consume(_input);
        return token;
    }

    private static boolean isAsciiNameChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /**
     * Keyword texts to their token types, from the literal names of the lexer grammar. A
     * holder class: the table reads the generated subclass, which is initialised after this one.
     */
    private static final class Keywords {
        static final Map<String, Integer> TYPES = keywordTypes();

        private static Map<String, Integer> keywordTypes() {
            Map<String, Integer> types = new HashMap<>();
            Vocabulary vocabulary = Python311Lexer.VOCABULARY;
            for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
                String literal = vocabulary.getLiteralName(type);
                if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                    types.put(literal.substring(1, literal.length() - 1), type);
                }
            }
            return types;
        }
    }

    private void real(Token token) {
        lineHasTokens = true;
        pending.add(token);
    }

    // ---- indentation -------------------------------------------------------------------

    /**
     * Looks at the whitespace that starts a physical line and queues INDENT or DEDENT
     * tokens, as CPython does at the beginning of each line outside brackets. Blank lines
     * and comment-only lines do not take part.
     */
    private void measureIndentation() {
        int col = 0;
        int altCol = 0;
        int k = 1;
        int c;
        while (true) {
            c = _input.LA(k);
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else {
                break;
            }
            k++;
        }
        if (c == '#' || c == '\n' || c == CharStream.EOF) {
            // Blank line: its NEWLINE is dropped and indentation is not looked at.
            return;
        }
        atLineStart = false;
        int line = getLine();
        int charCol = k - 1;
        int index = _input.index() + charCol;
        if (col == indents[indentDepth]) {
            if (altCol != altIndents[indentDepth]) {
                throw tabError(line);
            }
        } else if (col > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                // The tokenizer gives up before it has a token: CPython reports column 0.
                throw error(Kind.IndentationError, "too many levels of indentation", line, 1, line, 0);
            }
            if (altCol <= altIndents[indentDepth]) {
                throw tabError(line);
            }
            indentDepth++;
            indents[indentDepth] = col;
            altIndents[indentDepth] = altCol;
            pending.add(synthetic(Python311Lexer.INDENT, index, line, charCol));
        } else {
            while (indentDepth > 0 && col < indents[indentDepth]) {
                indentDepth--;
                pending.add(synthetic(Python311Lexer.DEDENT, index, line, charCol));
            }
            if (col != indents[indentDepth]) {
                throw error(Kind.IndentationError, "unindent does not match any outer indentation level",
                        line, source.lineLength(line) + 1, line, -1);
            }
            if (altCol != altIndents[indentDepth]) {
                throw tabError(line);
            }
        }
    }

    private SyntaxErrorException tabError(int line) {
        return error(Kind.TabError, "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    private void endOfInput(Token eof) {
        finished = true;
        int line = eof.getLine();
        int col = eof.getCharPositionInLine();
        if (bracketDepth > 0) {
            // CPython's tokenizer answers EOF inside brackets with an error token; the parser
            // then reports the unclosed bracket. The parser facade does that.
            pending.add(eof);
            return;
        }
        if (endsWithLineContinuation()) {
            // A backslash continues the last line into the end of input.
            throw error(Kind.SyntaxError, "unexpected EOF while parsing", line - 1,
                    parserOffset(line - 1, source.lineLength(line - 1)), line - 1, -1);
        }
        if (lineHasTokens) {
            pending.add(synthetic(Python311Lexer.NEWLINE, eof.getStartIndex(), line, col));
            lineHasTokens = false;
        }
        while (indentDepth > 0) {
            indentDepth--;
            pending.add(synthetic(Python311Lexer.DEDENT, eof.getStartIndex(), line, col));
        }
        pending.add(eof);
    }

    /**
     * Whether the input ends with a backslash-newline that the line-joining rule consumed:
     * a comment's trailing backslash leaves its newline to a NEWLINE token instead.
     */
    private boolean endsWithLineContinuation() {
        int size = _input.size();
        if (size < 2 || lastTokenStop >= size - 1) {
            return false;
        }
        return _input.getText(Interval.of(size - 2, size - 1)).equals("\\\n");
    }

    private Token synthetic(int type, int index, int line, int col) {
        PyToken token = new PyToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, index, index - 1);
        token.setLine(line);
        token.setCharPositionInLine(col);
        token.setText("");
        return token;
    }

    // ---- brackets ----------------------------------------------------------------------

    private void openBracket(Token token) {
        if (bracketDepth >= MAX_BRACKET_DEPTH) {
            int col = token.getCharPositionInLine() + 1;
            throw error(Kind.SyntaxError, "too many nested parentheses", token.getLine(), col, token.getLine(),
                    col);
        }
        bracketChars[bracketDepth] = bracketCharOf(token.getType());
        bracketLines[bracketDepth] = token.getLine();
        bracketCols[bracketDepth] = token.getCharPositionInLine();
        bracketDepth++;
    }

    private static char bracketCharOf(int type) {
        return switch (type) {
            case Python311Lexer.OPEN_PAREN -> '(';
            case Python311Lexer.OPEN_BRACKET -> '[';
            case Python311Lexer.OPEN_BRACE -> '{';
            case Python311Lexer.CLOSE_PAREN -> ')';
            case Python311Lexer.CLOSE_BRACKET -> ']';
            default -> '}';
        };
    }

    private void closeBracket(Token token) {
        char close = bracketCharOf(token.getType());
        int line = token.getLine();
        int col = token.getCharPositionInLine() + 1;
        if (bracketDepth == 0) {
            throw error(Kind.SyntaxError, "unmatched '" + close + "'", line, col, line, col);
        }
        int open = bracketChars[bracketDepth - 1];
        int openLine = bracketLines[bracketDepth - 1];
        if ((open == '(' && close != ')') || (open == '[' && close != ']') || (open == '{' && close != '}')) {
            String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '"
                    + (char) open + "'";
            if (openLine != line) {
                msg += " on line " + openLine;
            }
            throw error(Kind.SyntaxError, msg, line, col, line, col);
        }
        bracketDepth--;
    }

    // ---- strings -----------------------------------------------------------------------

    /**
     * An empty short string immediately followed by its quote character is the start of a
     * triple-quoted string that the LONG_STRING rule could not close: the literal runs to
     * the end of the input.
     */
    private void checkTripleQuoteStart(Token token) {
        String text = token.getText();
        int n = text.length();
        if (n < 2) {
            return;
        }
        char quote = text.charAt(n - 1);
        if (text.charAt(n - 2) != quote || (n >= 3 && text.charAt(n - 3) == quote)) {
            return;
        }
        if (_input.LA(1) == quote) {
            int endLine = source.lineCount();
            throw error(Kind.SyntaxError,
                    "unterminated triple-quoted string literal (detected at line " + endLine + ")",
                    token.getLine(), token.getCharPositionInLine() + 1, token.getLine(),
                    token.getCharPositionInLine() + 1);
        }
    }

    // ---- numbers -----------------------------------------------------------------------

    /**
     * CPython's tokenizer errors on a number ({@link NumberScan}), at its positions: the
     * cursor where the tokenizer stopped, in characters; the leading-zeros error alone has a
     * range, which CPython gives in UTF-8 bytes.
     */
    private void checkNumber(Token token) {
        String text = token.getText();
        int n = text.length();
        NumberScan.Error e = NumberScan.check(i -> i < n ? text.charAt(i) : _input.LA(i - n + 1));
        if (e == null) {
            return;
        }
        int line = token.getLine();
        int start = token.getCharPositionInLine();
        if (e.leadingZeros()) {
            int byteStart = source.byteColumn(line, start);
            throw error(Kind.SyntaxError, e.msg(), line, byteStart + 1, line, byteStart + e.zerosEnd());
        }
        throw error(Kind.SyntaxError, e.msg(), line, start + e.cursor(), line, start + e.cursor());
    }

    // ---- identifiers -------------------------------------------------------------------

    /**
     * PEP 3131: an identifier with non-ASCII characters must, after NFKC normalisation,
     * start with XID_Start (or '_') and continue with XID_Continue. CPython reports the
     * first character of the original text that breaks the rule.
     */
    private void checkIdentifier(Token token) {
        String text = token.getText();
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return;
        }
        String undecodable = SourceDecoder.utf8ErrorMessage(text);
        if (undecodable != null) {
            // CPython decodes each identifier on its own; the error has no token, so it sits
            // at the tokenizer's position after the identifier, counted in bytes.
            int line = token.getLine();
            String before = source.lineText(line).substring(0, source.lineText(line).offsetByCodePoints(0,
                    token.getCharPositionInLine()));
            throw error(Kind.SyntaxError, undecodable, line, sourceBytes(before) + sourceBytes(text), line, -1);
        }
        if (Identifiers.isValid(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            return;
        }
        // Find the shortest prefix that is no longer a valid identifier, as CPython does.
        int cpIndex = 0;
        int i = 0;
        int bad = text.codePointAt(0);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String prefix = Normalizer.normalize(text.substring(0, next), Normalizer.Form.NFKC);
            if (!Identifiers.isValid(prefix)) {
                bad = cp;
                break;
            }
            cpIndex++;
            i = next;
        }
        int line = token.getLine();
        int col = token.getCharPositionInLine() + cpIndex + 1;
        String hex = String.format("%04X", bad);
        String msg = PyRepr.isPrintable(bad)
                ? "invalid character '" + new String(Character.toChars(bad)) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex;
        throw error(Kind.SyntaxError, msg, line, col, line, col);
    }

    /** How many bytes of the file {@code text} came from: an escaped undecodable byte is one. */
    private static int sourceBytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean escapedByte = cp >= SourceDecoder.ESCAPE_BASE + 0x80 && cp <= SourceDecoder.ESCAPE_BASE + 0xFF;
            bytes += cp < 0x80 || escapedByte ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        }
        return bytes;
    }

    // ---- other characters --------------------------------------------------------------

    private void errorChar(Token token) {
        int c = token.getText().codePointAt(0);
        int line = token.getLine();
        int col = token.getCharPositionInLine();
        if (c == '\\') {
            if (_input.LA(1) == CharStream.EOF) {
                throw error(Kind.SyntaxError, "unexpected EOF while parsing", line, parserOffset(line, col + 1), line,
                        -1);
            }
            throw error(Kind.SyntaxError, "unexpected character after line continuation character", line,
                    parserOffset(line, col + 1), line, 0);
        }
        if (!PyRepr.isPrintable(c)) {
            throw error(Kind.SyntaxError, "invalid non-printable character U+" + String.format("%04X", c), line,
                    col + 1, line, col + 1);
        }
        // '$', '?', '!', '`': CPython hands these to the parser, which fails on them.
        real(token);
    }

    /**
     * The offset of an error that CPython's tokenizer leaves to its parser to locate (from
     * the tokenizer's cursor, in bytes) at a 0-based code point column.
     */
    private int parserOffset(int line, int cpColumn) {
        return source == null ? cpColumn + 1 : source.errorOffset(line, source.byteColumn(line, cpColumn));
    }

    private SyntaxErrorException error(Kind kind, String msg, int line, int offset, int endLine, int endOffset) {
        String text = source == null ? null : source.lineText(line);
        return new SyntaxErrorException(
                new PythonSyntaxError(kind, msg, filename, line, offset, endLine, endOffset, text));
    }
}
