/**
 * What a platform implements to take part in a migration: a {@link
 * dev.assetmigration.spi.Workspace} that hands out one {@link dev.assetmigration.spi.AssetProvider}
 * per asset type, plus optional {@link dev.assetmigration.spi.WorkspaceCapability capabilities}.
 *
 * <p>The numbered rules every implementation must follow are written in {@code docs/spi-rules.md}
 * and checked by the conformance kit in {@code migration-test-kit}.
 */
@NullMarked
package dev.assetmigration.spi;

import org.jspecify.annotations.NullMarked;
