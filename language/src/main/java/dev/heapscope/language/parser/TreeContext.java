package dev.heapscope.language.parser;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of every parse-tree context (the grammar's contextSuperClass). ANTLR gives
 * each context a child list of ten slots; most contexts here have one to three children,
 * and a file makes hundreds of thousands of them, so the list starts with room for four.
 */
public class TreeContext extends ParserRuleContext {
    private static final int INITIAL_CHILDREN = 4;

    public TreeContext() {
    }

    public TreeContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(INITIAL_CHILDREN);
        }
        children.add(t);
        return t;
    }
}
