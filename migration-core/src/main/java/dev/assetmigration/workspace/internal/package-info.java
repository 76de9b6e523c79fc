/**
 * Implementation of the directory workspace: atomic file writes, the undo journal, the workspace
 * lock, the id index and the tombstone and secret files. Not exported; no compatibility promise.
 */
@org.jspecify.annotations.NullMarked
package dev.assetmigration.workspace.internal;
