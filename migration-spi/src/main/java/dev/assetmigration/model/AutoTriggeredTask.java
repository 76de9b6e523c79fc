package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A scheduled node in a workflow (business flow): runs when its cron schedule fires and its
 * upstream tasks have succeeded.
 *
 * @param meta the common fields
 * @param definition what the task runs
 * @param schedule when it runs
 */
public record AutoTriggeredTask(
        @NotNull @Valid AssetMeta meta,
        @NotNull @Valid TaskDefinition definition,
        @NotNull @Valid Schedule schedule) implements Task {

    /**
     * Creates the task.
     *
     * @throws NullPointerException if an argument is null
     */
    public AutoTriggeredTask {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(schedule, "schedule");
    }

    @Override
    public AssetType type() {
        return AssetType.AUTO_TRIGGERED_TASK;
    }

    @Override
    public AutoTriggeredTask withMeta(AssetMeta newMeta) {
        return new AutoTriggeredTask(newMeta, definition, schedule);
    }

    @Override
    public AutoTriggeredTask withDefinition(TaskDefinition newDefinition) {
        return new AutoTriggeredTask(meta, newDefinition, schedule);
    }

    /**
     * Returns a copy with another schedule.
     *
     * @param newSchedule the schedule
     * @return the copy
     */
    public AutoTriggeredTask withSchedule(Schedule newSchedule) {
        return new AutoTriggeredTask(meta, definition, newSchedule);
    }
}
