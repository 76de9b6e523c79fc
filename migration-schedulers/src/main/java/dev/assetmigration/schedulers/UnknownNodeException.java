package dev.assetmigration.schedulers;


/**
 * A transition or dependency names a node, job or task that does not exist. Code {@code AM-SCHED-002}.
 */
public final class UnknownNodeException extends SchedulerSourceException {

    private static final long serialVersionUID = 1L;

    private final String missing;

    /**
     * Creates the exception.
     *
     * @param location the transition or dependency that names the missing node
     * @param missing the name that does not exist
     */
    public UnknownNodeException(SourceLocation location, String missing) {
        super("AM-SCHED-002", location, "it names '" + missing + "', which is not defined.",
                "Correct the name or add the missing node; names are case-sensitive.", null);
        this.missing = missing;
    }

    /**
     * Returns the name that does not exist.
     *
     * @return the missing name
     */
    public String missingName() {
        return missing;
    }
}
