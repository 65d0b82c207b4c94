package dev.heapscope.language.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token that is its own leaf of the parse tree. ANTLR wraps every consumed token in a
 * new terminal node (five million of them in a pass over the standard library); the parser
 * hands these tokens over as they are instead (see createTerminalNode in the grammar).
 * A token is consumed once per parse, so its one parent is the context of the latest
 * parse that consumed it.
 */
final class PyToken extends CommonToken implements TerminalNode {
    /** Makes every token of the lexer a PyToken. */
    static final TokenFactory<PyToken> FACTORY = new TokenFactory<>() {
        @Override
        public PyToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                              int stop, int line, int charPositionInLine) {
            PyToken token = new PyToken(source, type, channel, start, stop);
            token.setLine(line);
            token.setCharPositionInLine(charPositionInLine);
            if (text != null) {
                token.setText(text);
            }
            return token;
        }

        @Override
        public PyToken create(int type, String text) {
            PyToken token = new PyToken(EMPTY_SOURCE, type, DEFAULT_CHANNEL, 0, -1);
            token.setText(text);
            return token;
        }
    };

    private ParseTree parent;

    PyToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }

    @Override
    public Token getSymbol() {
        return this;
    }

    @Override
    public ParseTree getParent() {
        return parent;
    }

    @Override
    public void setParent(RuleContext parent) {
        this.parent = parent;
    }

    @Override
    public ParseTree getChild(int i) {
        return null;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public Object getPayload() {
        return this;
    }

    @Override
    public Interval getSourceInterval() {
        return Interval.of(getTokenIndex(), getTokenIndex());
    }

    @Override
    public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
        return visitor.visitTerminal(this);
    }

    @Override
    public String toStringTree(Parser parser) {
        return getText();
    }

    @Override
    public String toStringTree() {
        return getText();
    }
}
