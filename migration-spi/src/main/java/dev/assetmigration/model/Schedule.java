package dev.assetmigration.model;

import dev.assetmigration.model.constraints.CronExpression;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an auto-triggered task runs.
 *
 * @param cron a cron expression: five fields (Unix), six or seven fields (Quartz, with seconds
 *     and an optional year), as checked by {@link CronExpression}
 * @param timezone the zone the cron is evaluated in
 * @param startAt the first instant the schedule is active, or {@code null} for no start bound
 * @param endAt the last instant the schedule is active, or {@code null} for no end bound
 * @param paused {@code true} if the schedule exists but does not trigger runs (frozen)
 */
public record Schedule(
        @NotNull @CronExpression String cron,
        @NotNull ZoneId timezone,
        @Nullable Instant startAt,
        @Nullable Instant endAt,
        boolean paused) {

    /**
     * Creates a schedule.
     *
     * @throws NullPointerException if {@code cron} or {@code timezone} is null
     */
    public Schedule {
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(timezone, "timezone");
    }

    /**
     * An unbounded, active schedule.
     *
     * @param cron the cron expression
     * @param timezone the zone
     * @return the schedule
     */
    public static Schedule of(String cron, ZoneId timezone) {
        return new Schedule(cron, timezone, null, null, false);
    }

    /**
     * Returns a copy with another cron expression.
     *
     * @param newCron the cron expression
     * @return the copy
     */
    public Schedule withCron(String newCron) {
        return new Schedule(newCron, timezone, startAt, endAt, paused);
    }

    /**
     * Returns a copy evaluated in another zone.
     *
     * @param zone the zone
     * @return the copy
     */
    public Schedule withTimezone(ZoneId zone) {
        return new Schedule(cron, zone, startAt, endAt, paused);
    }

    /**
     * Returns a copy that is paused or active.
     *
     * @param isPaused whether the schedule is frozen
     * @return the copy
     */
    public Schedule withPaused(boolean isPaused) {
        return new Schedule(cron, timezone, startAt, endAt, isPaused);
    }
}
