/**
 * Workspaces for tests: {@link dev.assetmigration.testkit.InMemoryWorkspace} (complete,
 * thread-safe, every optional capability switchable), {@link
 * dev.assetmigration.testkit.WorkspaceSnapshot} ("the target is unchanged") and {@link
 * dev.assetmigration.testkit.FaultInjectingWorkspace} (fails, lands-then-fails, slows down or
 * lies on chosen calls).
 */
@NullMarked
package dev.assetmigration.testkit;

import org.jspecify.annotations.NullMarked;
