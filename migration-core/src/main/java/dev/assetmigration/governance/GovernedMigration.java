package dev.assetmigration.governance;

import dev.assetmigration.internal.governance.Session;
import java.util.Objects;

/**
 * Migrations under a host's rules: name who acts, then export, import or list tasks.
 * Obtained from {@link dev.assetmigration.Migration#governedBy(Governance)}.
 */
public final class GovernedMigration {

    private final Governance governance;

    /**
     * Creates the entry point; use {@link dev.assetmigration.Migration#governedBy(Governance)}.
     *
     * @param governance the rules
     */
    public GovernedMigration(Governance governance) {
        this.governance = Objects.requireNonNull(governance, "governance");
    }

    /**
     * Acts as a principal; every operation is then checked against that principal's role.
     *
     * @param principal who acts
     * @return the operations available to it
     */
    public Actor as(Principal principal) {
        return new Actor(new Session(governance, Objects.requireNonNull(principal, "principal")));
    }
}
