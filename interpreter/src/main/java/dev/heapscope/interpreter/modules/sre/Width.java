package dev.heapscope.interpreter.modules.sre;

import java.util.List;

/** The shortest and longest text a subpattern can match (SubPattern.getwidth), capped at MAXREPEAT - 1. */
final class Width {
    private Width() {
    }

    private static final long CAP = Node.MAXREPEAT - 1;

    static long[] of(Node.Seq seq, List<long[]> groupWidths) {
        long lo = 0;
        long hi = 0;
        for (Node n : seq.items()) {
            long[] w = of(n, groupWidths);
            lo += w[0];
            hi += w[1];
        }
        return new long[] {Math.min(lo, CAP), Math.min(hi, CAP)};
    }

    private static long[] of(Node n, List<long[]> groupWidths) {
        if (n instanceof Node.Literal || n instanceof Node.Any || n instanceof Node.In) {
            return new long[] {1, 1};
        }
        if (n instanceof Node.Group g) {
            return of(g.body(), groupWidths);
        }
        if (n instanceof Node.Atomic a) {
            return of(a.body(), groupWidths);
        }
        if (n instanceof Node.Seq s) {
            return of(s, groupWidths);
        }
        if (n instanceof Node.Branch b) {
            long lo = CAP;
            long hi = 0;
            for (Node.Seq alt : b.alternatives()) {
                long[] w = of(alt, groupWidths);
                lo = Math.min(lo, w[0]);
                hi = Math.max(hi, w[1]);
            }
            return new long[] {lo, hi};
        }
        if (n instanceof Node.Repeat r) {
            long[] w = of(r.body(), groupWidths);
            long lo = Math.min(w[0] * r.min(), CAP);
            long hi = r.max() >= Node.MAXREPEAT ? (w[1] == 0 ? 0 : CAP)
                    : (w[1] != 0 && r.max() > CAP / w[1]) ? CAP : Math.min(w[1] * r.max(), CAP);
            return new long[] {lo, hi};
        }
        if (n instanceof Node.GroupRef ref) {
            long[] w = ref.group() < groupWidths.size() ? groupWidths.get(ref.group()) : null;
            return w == null ? new long[] {0, CAP} : w;
        }
        if (n instanceof Node.Conditional c) {
            long[] yes = of(c.yes(), groupWidths);
            long[] no = c.no() == null ? new long[] {0, 0} : of(c.no(), groupWidths);
            return new long[] {Math.min(yes[0], no[0]), Math.max(yes[1], no[1])};
        }
        return new long[] {0, 0};
    }
}
