/** Enforcement of governance around a migration task, and the in-memory task history. */
@NullMarked
package dev.assetmigration.internal.governance;

import org.jspecify.annotations.NullMarked;
