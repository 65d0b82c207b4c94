package dev.heapscope.language.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The superclass of every parse-tree context (the grammar's contextSuperClass). A file makes
 * about twelve contexts per line, and three in four have exactly one child (the precedence
 * chain from a statement down to its atom), so a lone child is held in a field and the
 * child list is made only for a second one.
 *
 * <p>Invariant: with no children, {@code onlyChild} and {@code children} are null; with one,
 * {@code onlyChild} holds it and {@code children} is null; with more, {@code children}
 * holds them all and {@code onlyChild} is null. Every accessor of ParserRuleContext that
 * reads {@code children} is overridden here to see the lone child too.
 */
public class TreeContext extends ParserRuleContext {
    private static final int INITIAL_CHILDREN = 4;

    private ParseTree onlyChild;

    public TreeContext() {
    }

    public TreeContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children != null) {
            children.add(t);
        } else if (onlyChild == null) {
            onlyChild = t;
        } else {
            children = new ArrayList<>(INITIAL_CHILDREN);
            children.add(onlyChild);
            children.add(t);
            onlyChild = null;
        }
        return t;
    }

    @Override
    public void removeLastChild() {
        if (children != null) {
            children.remove(children.size() - 1);
        } else {
            onlyChild = null;
        }
    }

    /** ANTLR's copy for a labelled alternative moves only error nodes across; so does this. */
    @Override
    public void copyFrom(ParserRuleContext ctx) {
        super.copyFrom(ctx);
        if (ctx instanceof TreeContext tree && tree.onlyChild instanceof ErrorNode error) {
            addErrorNode(error);
        }
    }

    @Override
    public ParseTree getChild(int i) {
        if (children != null) {
            return i >= 0 && i < children.size() ? children.get(i) : null;
        }
        return i == 0 ? onlyChild : null;
    }

    @Override
    public int getChildCount() {
        if (children != null) {
            return children.size();
        }
        return onlyChild == null ? 0 : 1;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        if (children != null) {
            return super.getChild(ctxType, i);
        }
        return i == 0 && ctxType.isInstance(onlyChild) ? ctxType.cast(onlyChild) : null;
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        if (children != null) {
            return super.getToken(ttype, i);
        }
        return i == 0 && isToken(onlyChild, ttype) ? (TerminalNode) onlyChild : null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        if (children != null) {
            return super.getTokens(ttype);
        }
        return isToken(onlyChild, ttype) ? List.of((TerminalNode) onlyChild) : List.of();
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        if (children != null) {
            return super.getRuleContexts(ctxType);
        }
        return ctxType.isInstance(onlyChild) ? List.of(ctxType.cast(onlyChild)) : List.of();
    }

    private static boolean isToken(ParseTree tree, int ttype) {
        if (tree instanceof TerminalNode node) {
            Token symbol = node.getSymbol();
            return symbol.getType() == ttype;
        }
        return false;
    }
}
