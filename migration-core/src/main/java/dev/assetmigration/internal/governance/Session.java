package dev.assetmigration.internal.governance;

import dev.assetmigration.governance.Governance;
import dev.assetmigration.governance.Principal;

/**
 * A principal acting under a host's rules.
 *
 * @param governance the rules
 * @param principal who acts
 */
public record Session(Governance governance, Principal principal) {
}
