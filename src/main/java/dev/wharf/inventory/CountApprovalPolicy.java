package dev.wharf.inventory;

import dev.wharf.shared.Forbidden;
import java.util.List;

/**
 * Who may change stock by a count: a difference above the threshold (in either direction) is
 * applied only by a supervisor, either because a supervisor counted or because one approved
 * an operator's count.
 */
final class CountApprovalPolicy {

    private final int threshold;

    CountApprovalPolicy(int threshold) {
        this.threshold = threshold;
    }

    /** Whether a count must wait for a supervisor before it changes anything. */
    boolean needsApproval(List<CycleCounts.Line> lines, boolean countedBySupervisor) {
        return !countedBySupervisor && lines.stream().anyMatch(l -> Math.abs(l.difference()) > threshold);
    }

    /** Refuses an approval by anyone but a supervisor. */
    void requireApprover(boolean supervisor) {
        if (!supervisor) {
            throw new Forbidden("role", "only a supervisor approves a count");
        }
    }
}
