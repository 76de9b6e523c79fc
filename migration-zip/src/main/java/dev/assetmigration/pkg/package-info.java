/**
 * The migration package: a zip that carries development assets between workspaces, networks and
 * years.
 *
 * <p>{@link dev.assetmigration.pkg.PackageWriter} streams assets into a package;
 * {@link dev.assetmigration.pkg.PackageReader} opens one, checks its structure against the
 * {@link dev.assetmigration.pkg.Manifest} and hands the assets back lazily;
 * {@link dev.assetmigration.pkg.AssetLayout} is the asset-to-files mapping that packages and
 * directory workspaces share; {@link dev.assetmigration.pkg.PackageSigner} and
 * {@link dev.assetmigration.pkg.PackageVerifier} add and check an Ed25519 signature. Every failure
 * is a subtype of {@link dev.assetmigration.pkg.PackageException} with a stable code
 * {@code AM-ZIP-nnn}. The format itself is specified in {@code docs/package-format.md}.
 */
@NullMarked
package dev.assetmigration.pkg;

import org.jspecify.annotations.NullMarked;
