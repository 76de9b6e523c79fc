/**
 * The asset model: one immutable record per asset type under the sealed {@link
 * dev.assetmigration.model.Asset} interface, and the value types they are made of.
 *
 * <p>All types are immutable and thread-safe. Collections handed to constructors are copied;
 * {@code null} is accepted only where a component is annotated {@code @Nullable}.
 */
@NullMarked
package dev.assetmigration.model;

import org.jspecify.annotations.NullMarked;
