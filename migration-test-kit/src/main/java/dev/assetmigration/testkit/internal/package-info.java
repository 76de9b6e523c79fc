/** Implementation helpers of the test kit; not exported, not API. */
@NullMarked
package dev.assetmigration.testkit.internal;

import org.jspecify.annotations.NullMarked;
