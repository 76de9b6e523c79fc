/** The implementation of the import stages: planning, asset transformation, apply and undo. */
@NullMarked
package dev.assetmigration.internal.imports;

import org.jspecify.annotations.NullMarked;
