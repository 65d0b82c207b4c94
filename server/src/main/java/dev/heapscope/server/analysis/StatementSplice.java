package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.server.document.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Reparses only the top-level statements an edit touched. When the previous text parsed,
 * the edit keeps the number of lines (typing within lines), and the lines between the
 * untouched statements before and after the edit parse on their own, the new tree is the
 * old statements before, the newly parsed ones, and the old statements after: every
 * position outside the edited lines is unchanged, so the old nodes are still right. The
 * edited lines are parsed with as many empty lines before them as precede them in the file,
 * so their positions come out as a whole-file parse gives them.
 *
 * <p>Anything else (an error in the edited statements, a changed line count, two
 * statements sharing a line at the edge) returns null and the caller parses the whole file,
 * which is also how the SyntaxError CPython would raise is found.
 */
final class StatementSplice {
    private StatementSplice() {
    }

    static Mod.Module splice(Analysis previous, LineIndex lines, String filename) {
        if (previous == null || !previous.syntaxErrors().isEmpty() || previous.compileError() != null
                || previous.lines().lineCount() != lines.lineCount()) {
            return null;
        }
        String old = previous.text();
        String text = lines.text();
        int limit = Math.min(old.length(), text.length());
        int prefix = 0;
        while (prefix < limit && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == old.length() && prefix == text.length()) {
            return previous.module();
        }
        int firstChanged = previous.lines().lineOf(prefix) + 1;
        int lastChanged = previous.lines().lineOf(Math.max(prefix, old.length() - suffix)) + 1;
        if (lines.lineOf(Math.max(prefix, text.length() - suffix)) + 1 != lastChanged) {
            return null;
        }
        List<Stmt> body = previous.module().body;
        int before = 0;
        while (before < body.size() && body.get(before).endLineno < firstChanged) {
            before++;
        }
        int after = body.size() - 1;
        while (after >= 0 && AstWalk.firstLine(body.get(after)) > lastChanged) {
            after--;
        }
        // Statements [before, after] are reparsed, with the lines around them up to the neighbours.
        if (before > 0 && before < body.size() && body.get(before - 1).endLineno >= AstWalk.firstLine(body.get(before))) {
            return null;
        }
        if (after + 1 < body.size() && after >= 0 && body.get(after).endLineno >= AstWalk.firstLine(body.get(after + 1))) {
            return null;
        }
        int chunkFirst = before == 0 ? 1 : body.get(before - 1).endLineno + 1;
        int chunkLast = after + 1 >= body.size() ? lines.lineCount() : AstWalk.firstLine(body.get(after + 1)) - 1;
        if (chunkFirst > firstChanged || chunkLast < lastChanged || chunkFirst > chunkLast) {
            return null;
        }
        StringBuilder padded = new StringBuilder(text.length());
        padded.append("\n".repeat(chunkFirst - 1));
        padded.append(text, lines.lineStart(chunkFirst - 1), lines.lineEnd(chunkLast - 1)).append('\n');
        Mod.Module chunk;
        try {
            chunk = SourceParser.parse(padded.toString(), filename);
        } catch (PythonSyntaxError | RuntimeException e) {
            return null;
        }
        List<Stmt> spliced = new ArrayList<>(body.size() + chunk.body.size());
        spliced.addAll(body.subList(0, before));
        spliced.addAll(chunk.body);
        spliced.addAll(body.subList(Math.max(before, after + 1), body.size()));
        return new Mod.Module(spliced, previous.module().typeIgnores);
    }
}
