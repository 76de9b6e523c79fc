/**
 * Import: the fluent stages started by {@link dev.assetmigration.Migration#importPackage}, the
 * options (conflict policy, mappings, secrets), and the results ({@link
 * dev.assetmigration.imports.ImportPlan}, {@link dev.assetmigration.imports.ImportReport}).
 *
 * <p>An import plans first and applies second. Everything that can be checked is checked before
 * the first write; a failure during the writes undoes what the import wrote.
 */
@NullMarked
package dev.assetmigration.imports;

import org.jspecify.annotations.NullMarked;
