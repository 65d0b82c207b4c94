package dev.heapscope.interpreter.runtime;

/**
 * What a run reports about its memory besides the program's own output (the memory flags
 * of {@code heapscope run}); none changes a count, an address or a generation.
 *
 * @param traceGc      one line on stderr per collection (see {@link GcTrace})
 * @param memoryReport the table of {@link MemoryReport} on stderr at exit
 * @param audit        the refcount audit run at exit and after each collection, or null
 */
public record RunOptions(boolean traceGc, boolean memoryReport, RefcountAudit audit) {
    /** A plain run, as python3 FILE. */
    public static final RunOptions NONE = new RunOptions(false, false, null);
}
