package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A node that runs only when somebody starts it (a manually triggered workflow's node).
 *
 * @param meta the common fields
 * @param definition what the task runs
 */
public record ManuallyTriggeredTask(
        @NotNull @Valid AssetMeta meta,
        @NotNull @Valid TaskDefinition definition) implements Task {

    /**
     * Creates the task.
     *
     * @throws NullPointerException if an argument is null
     */
    public ManuallyTriggeredTask {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(definition, "definition");
    }

    @Override
    public AssetType type() {
        return AssetType.MANUALLY_TRIGGERED_TASK;
    }

    @Override
    public ManuallyTriggeredTask withMeta(AssetMeta newMeta) {
        return new ManuallyTriggeredTask(newMeta, definition);
    }

    @Override
    public ManuallyTriggeredTask withDefinition(TaskDefinition newDefinition) {
        return new ManuallyTriggeredTask(meta, newDefinition);
    }
}
