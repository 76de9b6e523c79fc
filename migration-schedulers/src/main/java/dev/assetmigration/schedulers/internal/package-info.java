/**
 * Implementation of the scheduler readers: safe parsing, source trees, the shared task-graph
 * assembler. Not exported.
 */
@org.jspecify.annotations.NullMarked
package dev.assetmigration.schedulers.internal;
