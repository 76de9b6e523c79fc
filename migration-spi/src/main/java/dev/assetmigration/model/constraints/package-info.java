/**
 * Bean Validation constraints specific to the asset model, with their validators.
 */
@NullMarked
package dev.assetmigration.model.constraints;

import org.jspecify.annotations.NullMarked;
