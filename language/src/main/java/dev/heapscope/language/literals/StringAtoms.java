package dev.heapscope.language.literals;

import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the STRING tokens of one atom (implicitly concatenated, as in {@code "a" f"{b}"})
 * into the {@code Constant} or {@code JoinedStr} node CPython 3.11 builds, with its positions.
 *
 * <p>Tokens are handled in order, as CPython's string concatenation does: each is decoded
 * (escapes, the ASCII rule of bytes), then checked against the first token's bytes-ness,
 * then, for an f-string, parsed for replacement fields. The first error found wins.
 */
public final class StringAtoms {
    private StringAtoms() {
    }

    public static Expr build(List<StringToken> parts, ExpressionParser parser) throws PythonSyntaxError {
        StringToken first = parts.get(0);
        StringToken last = parts.get(parts.size() - 1);
        JoinedStrBuilder text = new JoinedStrBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean bytesMode = false;
        for (int i = 0; i < parts.size(); i++) {
            StringToken token = parts.get(i);
            Literal literal = Literal.of(token);
            if (!literal.fstring) {
                decode(literal, token, parser, last, text, bytes);
            }
            if (i != 0 && bytesMode != literal.bytes) {
                throw parser.errorAfterAtom("cannot mix bytes and nonbytes literals", last);
            }
            bytesMode = literal.bytes;
            if (literal.fstring) {
                new FStringScanner(parser, first, token, last, literal.utf8, literal.bodyStart, literal.bodyEnd,
                    literal.raw).scanBody(text);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(new ConstantValue.BytesValue(bytes.toByteArray()), null, first.lineno(),
                first.colOffset(), last.endLineno(), last.endColOffset());
        }
        return text.finish(first, last);
    }

    /** Decodes a str or bytes token (not an f-string) into the matching accumulator. */
    private static void decode(Literal literal, StringToken token, ExpressionParser parser, StringToken last,
                               JoinedStrBuilder text, ByteArrayOutputStream bytes) throws PythonSyntaxError {
        byte[] buf = literal.utf8;
        // CPython skips escape decoding when the body has no backslash; the result is the same.
        boolean raw = literal.raw || !literal.hasBackslash();
        if (literal.bytes) {
            for (int i = literal.bodyStart; i < literal.bodyEnd; i++) {
                if (buf[i] < 0) {
                    throw parser.errorAtToken("bytes can only contain ASCII literal characters", token);
                }
            }
            if (raw) {
                bytes.write(buf, literal.bodyStart, literal.bodyEnd - literal.bodyStart);
                return;
            }
            EscapeDecoder decoder = new EscapeDecoder();
            try {
                bytes.writeBytes(decoder.decodeBytes(buf, literal.bodyStart, literal.bodyEnd));
            } catch (EscapeDecoder.DecodeError e) {
                throw parser.errorAfterAtom("(value error) " + e.getMessage(), last);
            }
            if (decoder.firstInvalidEscape() != null) {
                parser.invalidEscape(decoder.firstInvalidEscape(), token);
            }
            return;
        }
        if (raw) {
            text.addText(EscapeDecoder.decodeRaw(buf, literal.bodyStart, literal.bodyEnd));
            return;
        }
        EscapeDecoder decoder = new EscapeDecoder();
        try {
            text.addText(decoder.decodeStr(buf, literal.bodyStart, literal.bodyEnd));
        } catch (EscapeDecoder.DecodeError e) {
            throw parser.errorAfterAtom("(unicode error) " + e.getMessage(), last);
        }
        if (decoder.firstInvalidEscape() != null) {
            parser.invalidEscape(decoder.firstInvalidEscape(), token);
        }
    }

    /** One token's prefix flags and where its body lies within its UTF-8 text. */
    private static final class Literal {
        boolean bytes;
        boolean raw;
        boolean fstring;
        byte[] utf8;
        int bodyStart;
        int bodyEnd;

        /**
         * Splits a token the tokenizer has validated: prefix letters, then one or three
         * quotes at each end. Newlines are normalized to '\n' as CPython's tokenizer
         * does before it hands out token text.
         */
        static Literal of(StringToken token) {
            Literal literal = new Literal();
            String text = token.text();
            if (text.indexOf('\r') >= 0) {
                text = text.replace("\r\n", "\n").replace('\r', '\n');
            }
            literal.utf8 = text.getBytes(StandardCharsets.UTF_8);
            int i = 0;
            while (Character.isLetter(text.charAt(i))) {
                switch (text.charAt(i)) {
                    case 'b', 'B' -> literal.bytes = true;
                    case 'r', 'R' -> literal.raw = true;
                    case 'f', 'F' -> literal.fstring = true;
                    default -> {
                    }
                }
                i++;
            }
            byte[] buf = literal.utf8;
            int quoteLength = buf.length - i >= 6 && buf[i + 1] == buf[i] && buf[i + 2] == buf[i] ? 3 : 1;
            literal.bodyStart = i + quoteLength;
            literal.bodyEnd = buf.length - quoteLength;
            return literal;
        }

        boolean hasBackslash() {
            for (int i = bodyStart; i < bodyEnd; i++) {
                if (utf8[i] == '\\') {
                    return true;
                }
            }
            return false;
        }
    }
}
