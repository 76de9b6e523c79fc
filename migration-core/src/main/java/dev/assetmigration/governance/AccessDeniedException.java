package dev.assetmigration.governance;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.spi.WorkspaceInfo;
import org.jspecify.annotations.Nullable;

/**
 * A principal may not perform an operation in a workspace; nothing was read or written.
 * Code {@code AM-GOV-001}.
 */
public class AccessDeniedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final Principal principal;
    private final transient WorkspaceInfo workspace;
    private final Operation operation;
    private final @Nullable Role role;

    /**
     * Creates the exception.
     *
     * @param principal who asked
     * @param workspace where
     * @param operation what
     * @param role the principal's role there, or {@code null} if not a member
     */
    public AccessDeniedException(Principal principal, WorkspaceInfo workspace, Operation operation, @Nullable Role role) {
        super("AM-GOV-001", "'" + principal + "' may not " + operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " in workspace '" + workspace.workspace() + "' (" + (role == null ? "not a member" : "role " + role)
                + "); it needs " + operation.requirement() + ". Ask the workspace administrator for that role.");
        this.principal = principal;
        this.workspace = workspace;
        this.operation = operation;
        this.role = role;
    }

    /**
     * Returns who was refused.
     *
     * @return the principal
     */
    public Principal principal() {
        return principal;
    }

    /**
     * Returns the workspace.
     *
     * @return the workspace coordinates
     */
    public WorkspaceInfo workspace() {
        return workspace;
    }

    /**
     * Returns the refused operation.
     *
     * @return the operation
     */
    public Operation operation() {
        return operation;
    }

    /**
     * Returns the principal's role, if a member.
     *
     * @return the role
     */
    public java.util.Optional<Role> role() {
        return java.util.Optional.ofNullable(role);
    }
}
