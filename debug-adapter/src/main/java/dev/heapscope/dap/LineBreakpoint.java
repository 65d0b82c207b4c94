package dev.heapscope.dap;

/**
 * A source breakpoint as the client set it. {@code hits} counts how often its line was
 * reached with the condition true; only the interpreter thread touches it.
 */
final class LineBreakpoint {
    final int id;
    final String file;
    final int line;
    final String condition;
    final String hitCondition;
    final String logMessage;
    long hits;

    LineBreakpoint(int id, String file, int line, String condition, String hitCondition, String logMessage) {
        this.id = id;
        this.file = file;
        this.line = line;
        this.condition = blankToNull(condition);
        this.hitCondition = blankToNull(hitCondition);
        this.logMessage = blankToNull(logMessage);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Whether the hit count reached so far satisfies the hit condition: "N" or ">= N"
     * (the Nth hit and after), "> N", "== N", "< N", "<= N", "% N" (every Nth hit).
     * A hit condition that is not one of these never stops, and {@link #hitConditionError} says why.
     */
    boolean hitConditionMet() {
        if (hitCondition == null) {
            return true;
        }
        String h = hitCondition.replace(" ", "");
        try {
            if (h.startsWith(">=")) {
                return hits >= Long.parseLong(h.substring(2));
            }
            if (h.startsWith("<=")) {
                return hits <= Long.parseLong(h.substring(2));
            }
            if (h.startsWith("==")) {
                return hits == Long.parseLong(h.substring(2));
            }
            if (h.startsWith(">")) {
                return hits > Long.parseLong(h.substring(1));
            }
            if (h.startsWith("<")) {
                return hits < Long.parseLong(h.substring(1));
            }
            if (h.startsWith("%")) {
                long n = Long.parseLong(h.substring(1));
                return n > 0 && hits % n == 0;
            }
            return hits >= Long.parseLong(h);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Null when the hit condition is understood, else a sentence for the client. */
    String hitConditionError() {
        if (hitCondition == null) {
            return null;
        }
        return hitCondition.replace(" ", "").matches("(>=|<=|==|>|<|%)?\\d+") ? null
                : "hit condition '" + hitCondition + "' is not a number or a comparison like '>= 3' or '% 2'";
    }
}
