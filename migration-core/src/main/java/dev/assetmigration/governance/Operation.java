package dev.assetmigration.governance;

/** What a principal asks to do, and the permission it needs. */
public enum Operation {
    /** Export from a workspace: needs a role that may migrate. */
    EXPORT,
    /** Import into a workspace: needs a role that may migrate. */
    IMPORT,
    /** List migration tasks: needs membership. */
    LIST_TASKS;

    /**
     * Tells whether a role may perform this operation.
     *
     * @param role the role
     * @return {@code true} if allowed
     */
    public boolean allowedFor(Role role) {
        return this == LIST_TASKS ? role.mayView() : role.mayMigrate();
    }

    /**
     * Says in words which roles are needed.
     *
     * @return for example "account owner or workspace administrator"
     */
    public String requirement() {
        return this == LIST_TASKS ? "membership of the workspace" : "the account owner or workspace administrator role";
    }
}
