package dev.assetmigration.spi;

/**
 * Marker for optional features a workspace may offer, discovered with
 * {@link Workspace#capability(Class)}: {@link Deployment}, {@link Tombstones},
 * {@link Transactions}. New capabilities can be added without breaking existing providers.
 */
public interface WorkspaceCapability {
}
