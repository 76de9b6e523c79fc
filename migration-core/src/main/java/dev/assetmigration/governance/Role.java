package dev.assetmigration.governance;

/**
 * A principal's role in a workspace. Hosts map their own roles onto these; what matters is
 * whether a role {@linkplain #mayMigrate() may migrate} and whether it {@linkplain #mayView()
 * may view} migration tasks.
 */
public enum Role {
    /** Owns the account (tenant): may do everything. */
    ACCOUNT_OWNER(true),
    /** Administers the workspace: may export and import. */
    WORKSPACE_ADMIN(true),
    /** Develops in the workspace: may view tasks, not migrate. */
    DEVELOPER(false),
    /** Operates the scheduler: may view tasks, not migrate. */
    OPERATOR(false),
    /** Deploys to production: may view tasks, not migrate. */
    DEPLOYER(false),
    /** Read-only member: may view tasks, not migrate. */
    VISITOR(false);

    private final boolean migrate;

    Role(boolean migrate) {
        this.migrate = migrate;
    }

    /**
     * Tells whether the role may run exports and imports.
     *
     * @return {@code true} for account owners and workspace administrators
     */
    public boolean mayMigrate() {
        return migrate;
    }

    /**
     * Tells whether the role may list migration tasks and their status: every member may.
     *
     * @return {@code true}
     */
    public boolean mayView() {
        return true;
    }
}
