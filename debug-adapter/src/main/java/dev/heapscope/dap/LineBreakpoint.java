package dev.heapscope.dap;

/** A source breakpoint as the client set it: a line, its conditions and an optional log message. */
final class LineBreakpoint extends HitCondition {
    final int id;
    final String file;
    final int line;
    final String logMessage;

    LineBreakpoint(int id, String file, int line, String condition, String hitCondition, String logMessage) {
        super(condition, hitCondition);
        this.id = id;
        this.file = file;
        this.line = line;
        this.logMessage = blankToNull(logMessage);
    }
}
