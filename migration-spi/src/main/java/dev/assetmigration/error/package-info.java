/**
 * The unchecked exception hierarchy shared by every module: {@link
 * dev.assetmigration.error.MigrationException} and the subtypes that the SPI and the model need.
 * Other modules add their own subtypes of the same root.
 */
@NullMarked
package dev.assetmigration.error;

import org.jspecify.annotations.NullMarked;
