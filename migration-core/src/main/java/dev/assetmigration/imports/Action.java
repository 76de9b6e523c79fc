package dev.assetmigration.imports;

/** What an import plans to do with one asset of the package. */
public enum Action {
    /** Create it in the target. */
    CREATE(Outcome.CREATED),
    /** Overwrite the target's asset of the same type, folder and name. */
    UPDATE(Outcome.UPDATED),
    /** Leave the target as it is (conflict policy SKIP, or a mapped data source). */
    SKIP(Outcome.SKIPPED),
    /** Create it under a new name, because the name is taken. */
    RENAME(Outcome.RENAMED),
    /** The name is taken and the policy is FAIL: the import will refuse to run. */
    CONFLICT(Outcome.FAILED),
    /** Delete the target's asset named by a tombstone. */
    DELETE(Outcome.DELETED),
    /** Cannot be migrated; rebuild by hand. */
    UNSUPPORTED(Outcome.UNSUPPORTED);

    private final Outcome outcome;

    Action(Outcome outcome) {
        this.outcome = outcome;
    }

    /**
     * Returns the outcome this action has when it succeeds.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Tells whether the action writes to the target.
     *
     * @return {@code true} for create, update, rename and delete
     */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == RENAME || this == DELETE;
    }
}
