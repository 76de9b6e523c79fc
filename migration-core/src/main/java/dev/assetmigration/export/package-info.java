/**
 * Export: the fluent stages started by {@link dev.assetmigration.Migration#export}, the selection
 * model of custom exports, and the results ({@link dev.assetmigration.export.ExportReport},
 * {@link dev.assetmigration.export.ExportPlan}, {@link dev.assetmigration.export.MigrationPackage}).
 */
@NullMarked
package dev.assetmigration.export;

import org.jspecify.annotations.NullMarked;
