/**
 * Who may migrate, and the record of what was migrated: principals and roles resolved by a
 * host's {@link dev.assetmigration.governance.AccessPolicy}, edition quotas from
 * {@code migration-quota}, and the {@link dev.assetmigration.governance.TaskHistory} of every
 * export and import.
 *
 * <p>Start from {@link dev.assetmigration.Migration#governedBy(Governance)}: every operation then
 * needs a principal, is checked before it reads or writes anything, and is recorded.
 */
@NullMarked
package dev.assetmigration.governance;

import org.jspecify.annotations.NullMarked;
