package dev.heapscope.dap;

/**
 * A breakpoint's condition and hit condition as the client set them (line and data
 * breakpoints alike), with the count of hits: how often the breakpoint was reached with
 * its condition true. Only the interpreter thread touches the count.
 */
class HitCondition {
    /** A Python expression, or null. */
    final String condition;
    /** "N", ">= N", "> N", "== N", "< N", "<= N" or "% N", or null. */
    final String hitCondition;
    long hits;

    HitCondition(String condition, String hitCondition) {
        this.condition = blankToNull(condition);
        this.hitCondition = blankToNull(hitCondition);
    }

    static String blankToNull(String s) {
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
