/** The implementation of the export stages and the engine behind them. */
@NullMarked
package dev.assetmigration.internal.export;

import org.jspecify.annotations.NullMarked;
