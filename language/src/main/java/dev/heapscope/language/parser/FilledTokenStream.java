package dev.heapscope.language.parser;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * The token stream the parser reads once the whole source has been tokenized (the lexer
 * runs to the end first, see SourceParser). Every token our lexer makes is on the default
 * channel, so looking ahead is indexing and consuming is a step; CommonTokenStream would
 * check for more tokens to fetch and for tokens of other channels at every step. Until the
 * stream is filled, and at its end, CommonTokenStream answers.
 */
final class FilledTokenStream extends CommonTokenStream {

    FilledTokenStream(TokenSource source) {
        super(source);
    }

    @Override
    public Token LT(int k) {
        int i = p + k - 1;
        if (k > 0 && p >= 0 && fetchedEOF && i < tokens.size()) {
            return tokens.get(i);
        }
        return super.LT(k);
    }

    @Override
    public int LA(int i) {
        return LT(i).getType();
    }

    @Override
    public void consume() {
        if (p >= 0 && fetchedEOF && p < tokens.size() - 1) {
            p++;
            return;
        }
        super.consume();
    }
}
