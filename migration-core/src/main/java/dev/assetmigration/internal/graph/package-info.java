/** Dependency graphs shared by export and import: reachability, ordering, cycles. */
@NullMarked
package dev.assetmigration.internal.graph;

import org.jspecify.annotations.NullMarked;
