package dev.heapscope.server.bench;

/** Prints {@link LspBenchmark}'s generated program, so bench/lsp can time CPython's compile() on the same text. */
public final class BenchProgram {
    private BenchProgram() {
    }

    public static void main(String[] args) {
        System.out.print(LspBenchmark.program(args.length > 0 ? Integer.parseInt(args[0]) : 10_000));
    }
}
