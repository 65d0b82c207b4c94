package dev.heapscope.language.parser;

import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Decides where the soft keywords {@code match} and {@code case} are keywords, before
 * parsing, so that the parser's decisions stay LL(1) instead of looking ahead through every
 * statement that starts with a name.
 *
 * <p>A logical line outside brackets can end with ':' only if it is the header of a compound
 * statement, and the only compound statements that start with a NAME are match statements.
 * So a line starting with the name {@code match}, ending with ':' and followed by an
 * indented block is a match statement; inside its block, lines starting with the name
 * {@code case} at the block's own indentation are case blocks.
 */
final class TokenPass {
    private TokenPass() {
    }

    static void markSoftKeywords(List<Token> tokens) {
        int depth = 0;
        // Indentation depths of the open match blocks, innermost last.
        int[] matchBlocks = new int[16];
        int open = 0;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == Python311Lexer.INDENT) {
                depth++;
                continue;
            }
            if (type == Python311Lexer.DEDENT) {
                depth--;
                while (open > 0 && matchBlocks[open - 1] > depth) {
                    open--;
                }
                continue;
            }
            if (type != Python311Lexer.NAME || !atStatementStart(tokens, i)) {
                continue;
            }
            String text = t.getText();
            if (text.equals("match")) {
                int j = i + 1;
                while (j < n && tokens.get(j).getType() != Python311Lexer.NEWLINE
                        && tokens.get(j).getType() != Token.EOF) {
                    j++;
                }
                if (j < n - 1 && j - 1 > i + 1 && tokens.get(j).getType() == Python311Lexer.NEWLINE
                        && tokens.get(j - 1).getType() == Python311Lexer.COLON
                        && tokens.get(j + 1).getType() == Python311Lexer.INDENT) {
                    ((CommonToken) t).setType(Python311Lexer.MATCH);
                    if (open == matchBlocks.length) {
                        matchBlocks = java.util.Arrays.copyOf(matchBlocks, open * 2);
                    }
                    matchBlocks[open++] = depth + 1;
                }
            } else if (text.equals("case") && open > 0 && matchBlocks[open - 1] == depth) {
                ((CommonToken) t).setType(Python311Lexer.CASE);
            }
        }
    }

    private static boolean atStatementStart(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        int prev = tokens.get(i - 1).getType();
        return prev == Python311Lexer.NEWLINE || prev == Python311Lexer.INDENT || prev == Python311Lexer.DEDENT;
    }
}
