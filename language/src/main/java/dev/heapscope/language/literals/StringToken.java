package dev.heapscope.language.literals;

/**
 * One STRING token as the tokenizer saw it: its full text (prefix and quotes included)
 * and its position, with columns in UTF-8 bytes as CPython counts them.
 */
public record StringToken(String text, int lineno, int colOffset, int endLineno, int endColOffset) {
}
