package dev.heapscope.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lexer's edge cases (indentation, line joining, every string prefix, number forms, tabs,
 * form feeds, line endings, a missing final newline) against CPython 3.11: the tokens of the
 * tokenize module and the outcome of compile(), recorded by language/tools/record_lexer_cases.py.
 */
class LexerCasesTest {
    private static final Path CASES = Path.of("src/test/resources/lexer/cases.txt");

    record LexerCase(String name, byte[] source, String compile, List<String> tokens) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<LexerCase> cases() throws IOException {
        List<LexerCase> cases = new ArrayList<>();
        String name = null;
        byte[] source = null;
        String compile = null;
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
            if (line.startsWith("case ")) {
                name = line.substring(5);
                tokens = new ArrayList<>();
            } else if (line.startsWith("source ")) {
                source = HexFormat.of().parseHex(line.substring(7));
            } else if (line.startsWith("compile ")) {
                compile = line.substring(8);
            } else if (line.startsWith("token ")) {
                tokens.add(line.substring(6));
            } else if (line.equals("end")) {
                cases.add(new LexerCase(name, source, compile, tokens));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compileOutcomeMatchesCPython(LexerCase c) {
        assertEquals(c.compile(), compileLine(c.source()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tokensMatchCPython(LexerCase c) throws PythonSyntaxError {
        if (!c.compile().equals("ok")) {
            return;
        }
        assertEquals(String.join("\n", c.tokens()), String.join("\n", ourTokens(c.source())));
    }

    private static String compileLine(byte[] source) {
        PythonSyntaxError error;
        try {
            error = CompileCheck.checkTree(SourceParser.parse(source, "<case>"), source, "<case>");
        } catch (PythonSyntaxError e) {
            error = e;
        }
        return error == null ? "ok" : error.oracleLine();
    }

    /** Our tokens in the recording's notation: tokenize's kind, and position and text where it has them. */
    private static List<String> ourTokens(byte[] bytes) throws PythonSyntaxError {
        String text = SourceDecoder.decode(bytes, "<case>");
        Python311Lexer lexer = new Python311Lexer(CharStreams.fromString(text, "<case>"));
        lexer.removeErrorListeners();
        lexer.setSource(new SourceText(text), "<case>");
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        TokenPass.markSoftKeywords(stream.getTokens());
        List<String> out = new ArrayList<>();
        for (Token t : stream.getTokens()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            String kind = kind(t.getType());
            if (kind.equals("NEWLINE") || kind.equals("INDENT") || kind.equals("DEDENT") || kind.equals("ENDMARKER")) {
                out.add(kind);
            } else {
                out.add(kind + " " + t.getLine() + " " + t.getCharPositionInLine() + " "
                        + HexFormat.of().formatHex(t.getText().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static String kind(int type) {
        if ((type >= Python311Lexer.FALSE && type <= Python311Lexer.YIELD) || type == Python311Lexer.NAME
                || type == Python311Lexer.MATCH || type == Python311Lexer.CASE) {
            return "NAME";
        }
        return switch (type) {
            case Python311Lexer.NUMBER -> "NUMBER";
            case Python311Lexer.STRING -> "STRING";
            case Python311Lexer.NEWLINE -> "NEWLINE";
            case Python311Lexer.INDENT -> "INDENT";
            case Python311Lexer.DEDENT -> "DEDENT";
            case Token.EOF -> "ENDMARKER";
            default -> "OP";
        };
    }
}
