package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.constraints.CronSyntax;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Cron conversions shared by the readers: presets, fixed intervals, syntax checks. */
final class Crons {

    /** Presets the platform's cron check does not know, with their standard meaning. */
    private static final Map<String, String> EXTRA_PRESETS = Map.of(
            "@quarterly", "0 0 1 */3 *",
            "@annually", "0 0 1 1 *",
            "@midnight", "0 0 * * *");

    private Crons() {
    }

    /**
     * A converted cron expression.
     *
     * @param cron the expression, valid for {@link CronSyntax#check(String)}
     * @param note how it was derived when not exact, or empty
     */
    record Result(String cron, Optional<String> note) {
    }

    /**
     * Normalises a cron text: trims it, expands presets the platform lacks.
     *
     * @param expression the source expression
     * @return the expression to store
     */
    static String normalise(String expression) {
        String trimmed = expression.trim();
        return EXTRA_PRESETS.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }

    /**
     * Checks a cron expression.
     *
     * @param expression the expression
     * @return the problem, or empty if valid
     */
    static Optional<String> problem(String expression) {
        return CronSyntax.check(expression);
    }

    /**
     * Converts a fixed interval anchored at an instant into cron, in the anchor's zone.
     *
     * @param interval the interval
     * @param anchor when the first run is (its minute, hour, day give the phase)
     * @return the cron and a note when it only approximates the interval, or empty if no cron
     *     comes close (intervals under a minute, or not dividing a day, week or month)
     */
    static Optional<Result> every(Duration interval, ZonedDateTime anchor) {
        long minutes = interval.toMinutes();
        if (interval.isZero() || interval.isNegative() || !interval.equals(Duration.ofMinutes(minutes))) {
            return Optional.empty();
        }
        int minute = anchor.getMinute();
        int hour = anchor.getHour();
        if (minutes < 60 && 60 % minutes == 0) {
            return Optional.of(new Result((minutes == 1 ? "*" : (minute % minutes) + "/" + minutes) + " * * * *",
                    Optional.empty()));
        }
        if (minutes % 60 == 0 && minutes < 24 * 60 && (24 * 60) % minutes == 0) {
            long hours = minutes / 60;
            return Optional.of(new Result(minute + " " + (hours == 1 ? "*" : (hour % hours) + "/" + hours) + " * * *",
                    Optional.empty()));
        }
        if (minutes == 24 * 60) {
            return Optional.of(new Result(minute + " " + hour + " * * *", Optional.empty()));
        }
        if (minutes == 7 * 24 * 60) {
            return Optional.of(new Result(minute + " " + hour + " * * " + (anchor.getDayOfWeek().getValue() % 7),
                    Optional.empty()));
        }
        if (minutes % (24 * 60) == 0 && minutes / (24 * 60) <= 31) {
            long days = minutes / (24 * 60);
            return Optional.of(new Result(minute + " " + hour + " */" + days + " * *", Optional.of(
                    "every " + days + " days approximated as day-of-month step */" + days
                            + ", which restarts at each month")));
        }
        return Optional.empty();
    }

    /**
     * Converts a month interval anchored at an instant.
     *
     * @param months the number of months
     * @param anchor the first run
     * @return the cron expression
     */
    static Result everyMonths(int months, ZonedDateTime anchor) {
        String monthField = months == 1 ? "*" : months >= 12 ? String.valueOf(anchor.getMonthValue())
                : ((anchor.getMonthValue() - 1) % months + 1) + "/" + months;
        Optional<String> note = anchor.getDayOfMonth() > 28
                ? Optional.of("day " + anchor.getDayOfMonth() + " does not exist in every month; those months are skipped")
                : Optional.empty();
        return new Result(anchor.getMinute() + " " + anchor.getHour() + " " + anchor.getDayOfMonth() + " "
                + monthField + " *", note);
    }
}
