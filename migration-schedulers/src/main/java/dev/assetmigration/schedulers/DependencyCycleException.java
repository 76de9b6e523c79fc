package dev.assetmigration.schedulers;

import java.util.List;
/**
 * Dependencies or transitions form a cycle; schedulers and the platform accept only acyclic graphs. Code {@code AM-SCHED-003}.
 */
public final class DependencyCycleException extends SchedulerSourceException {

    private static final long serialVersionUID = 1L;

    private final List<String> cycle;

    /**
     * Creates the exception.
     *
     * @param location where the first node of the cycle is defined
     * @param cycle the names on the cycle, the first repeated at the end
     */
    public DependencyCycleException(SourceLocation location, List<String> cycle) {
        super("AM-SCHED-003", location, "the dependencies form a cycle: " + String.join(" -> ", cycle) + ".",
                "Break the cycle by removing one of these dependencies.", null);
        this.cycle = List.copyOf(cycle);
    }

    /**
     * Returns the names on the cycle, the first repeated at the end.
     *
     * @return the cycle
     */
    public List<String> cycle() {
        return cycle;
    }
}
