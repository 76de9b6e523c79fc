package dev.assetmigration.model;

import java.util.Optional;

/**
 * A node of the data-development platform: either scheduled ({@link AutoTriggeredTask}) or run
 * on demand ({@link ManuallyTriggeredTask}). Upstream tasks are listed among the
 * {@linkplain AssetMeta#dependencies() dependencies}.
 */
public sealed interface Task extends Asset permits AutoTriggeredTask, ManuallyTriggeredTask {

    /**
     * Returns what the task runs and how.
     *
     * @return the definition
     */
    TaskDefinition definition();

    /**
     * Returns a copy of this task with another definition.
     *
     * @param definition the new definition
     * @return the copy
     */
    Task withDefinition(TaskDefinition definition);

    /** {@inheritDoc} Tasks are unsupported when their node type is. */
    @Override
    default Optional<String> unsupportedReason() {
        return definition().nodeType().unsupportedReason();
    }
}
