package dev.heapscope.interpreter.modules.sre;

import java.util.Map;

/** A compiled pattern: its instructions and what re.Pattern reports about it. */
public final class Program {
    final int[] code;
    final CharSet[] sets;
    public final int groups;
    final int repeats;
    public final Map<String, Integer> groupIndex;
    public final int flags;
    public final boolean isText;
    /** A matcher kept for reuse; null while one is running (a callable repl may match again). */
    private Matcher idle;

    Program(int[] code, CharSet[] sets, int groups, int repeats, Map<String, Integer> groupIndex, int flags,
            boolean isText) {
        this.code = code;
        this.sets = sets;
        this.groups = groups;
        this.repeats = repeats;
        this.groupIndex = groupIndex;
        this.flags = flags;
        this.isText = isText;
    }

    /** Parses and compiles a pattern given as code points (bytes as Latin-1). */
    public static Program compile(int[] pattern, boolean isText, int flags) throws PatternError {
        return Compiler.compile(Parser.parse(pattern, isText, flags), isText);
    }

    public static final int MODE_MATCH = 0;
    public static final int MODE_FULLMATCH = 1;
    public static final int MODE_SEARCH = 2;

    /**
     * Runs the pattern on subject[0:endpos] from pos. Returns null when there is no match,
     * else {lastindex, start0, end0, start1, end1, ...} with -1 for groups that did not
     * take part. mustAdvance forbids an empty match at pos (finditer/sub after an empty match).
     */
    public int[] exec(int[] subject, int pos, int endpos, int mode, boolean mustAdvance) {
        Matcher m = idle;
        idle = null;
        if (m == null) {
            m = new Matcher(this);
        }
        try {
            return m.exec(subject, pos, endpos, mode, mustAdvance);
        } finally {
            idle = m;
        }
    }
}
