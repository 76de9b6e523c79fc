/**
 * The directory workspace: assets stored as plain, reviewable files in the package layout, with
 * crash-safe writes, deletions recorded as tombstones, and a file lock plus an undo journal that
 * make an import all-or-nothing. Start with {@link dev.assetmigration.workspace.DirectoryWorkspace}.
 */
@org.jspecify.annotations.NullMarked
package dev.assetmigration.workspace;
