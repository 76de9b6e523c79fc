/**
 * Implementation of the package format: entry-name guards, JSON codecs for descriptors and the
 * manifest, format upgrades, verifying streams. Not exported; nothing here is API.
 */
@NullMarked
package dev.assetmigration.pkg.internal;

import org.jspecify.annotations.NullMarked;
