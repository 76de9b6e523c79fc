/**
 * Read-only workspaces over Oozie, Azkaban and Airflow job definitions, their conversion
 * report, limits and errors. See {@code docs/schedulers.md} for the mapping tables.
 */
@org.jspecify.annotations.NullMarked
package dev.assetmigration.schedulers;
