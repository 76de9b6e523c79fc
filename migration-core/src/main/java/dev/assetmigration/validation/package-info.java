/**
 * Checks assets before anything is written: Bean Validation constraints of the model, references
 * between assets, and dependency cycles. Every check gathers all problems and fails once.
 */
@NullMarked
package dev.assetmigration.validation;

import org.jspecify.annotations.NullMarked;
