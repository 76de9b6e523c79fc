/**
 * The entry point of Asset Migration: {@link dev.assetmigration.Migration}, and the progress
 * events long operations report.
 */
@NullMarked
package dev.assetmigration;

import org.jspecify.annotations.NullMarked;
