/**
 * Implementation of the quota module: the in-memory ledger and the message helpers. Not
 * exported; nothing here is API.
 */
@NullMarked
package dev.assetmigration.quota.internal;

import org.jspecify.annotations.NullMarked;
