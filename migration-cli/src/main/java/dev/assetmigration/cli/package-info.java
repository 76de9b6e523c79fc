/**
 * The {@code migration} command-line tool: export, import, inspect, convert and diff over the
 * directory workspace. Start with {@link dev.assetmigration.cli.MigrationCli}.
 */
@org.jspecify.annotations.NullMarked
package dev.assetmigration.cli;
