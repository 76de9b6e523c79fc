package dev.assetmigration.governance;

import dev.assetmigration.spi.WorkspaceInfo;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a principal's role in a workspace; the host implements it over its own identity and
 * membership system. Implementations are thread-safe.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Returns the principal's role in the workspace.
     *
     * @param principal who acts
     * @param workspace where
     * @return the role, or empty if the principal is not a member
     */
    Optional<Role> roleOf(Principal principal, WorkspaceInfo workspace);

    /**
     * A policy that gives each named principal the same role in every workspace.
     *
     * @param roles principal name to role
     * @return the policy
     */
    static AccessPolicy of(Map<String, Role> roles) {
        Map<String, Role> copy = Map.copyOf(roles);
        return (principal, workspace) -> Optional.ofNullable(copy.get(principal.name()));
    }
}
