package dev.assetmigration.model.constraints;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syntax check of cron expressions in the two dialects migrations meet: Unix cron (five fields:
 * minute, hour, day of month, month, day of week) and Quartz cron (six or seven fields: second,
 * minute, hour, day of month, month, day of week, optional year; {@code ?}, {@code L},
 * {@code W} and {@code #}), plus the {@code @daily}-style presets.
 *
 * <p>It checks syntax and value ranges only; it does not compute fire times.
 */
public final class CronSyntax {

    private static final Set<String> PRESETS =
            Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
    private static final Pattern STEP = Pattern.compile("(.+)/(\\d+)");
    private static final Pattern RANGE = Pattern.compile("([^-]+)-([^-]+)");
    private static final Pattern QUARTZ_DOM = Pattern.compile("L(-\\d{1,2})?|LW|\\d{1,2}W");
    private static final Pattern QUARTZ_DOW = Pattern.compile("(\\w{1,3})(L|#[1-5])");

    private CronSyntax() {
    }

    private enum Field {
        SECOND("second", 0, 59, null),
        MINUTE("minute", 0, 59, null),
        HOUR("hour", 0, 23, null),
        DAY_OF_MONTH("day of month", 1, 31, null),
        MONTH("month", 1, 12, MONTHS),
        UNIX_DAY_OF_WEEK("day of week", 0, 7, DAYS),
        QUARTZ_DAY_OF_WEEK("day of week", 1, 7, DAYS),
        YEAR("year", 1970, 2199, null);

        final String label;
        final int min;
        final int max;
        final String[] names;

        Field(String label, int min, int max, String[] names) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
        }
    }

    /**
     * Checks an expression.
     *
     * @param expression the cron expression
     * @return empty when valid, otherwise a sentence naming the offending field
     */
    public static Optional<String> check(String expression) {
        String trimmed = expression.trim();
        if (trimmed.isEmpty()) {
            return Optional.of("the expression is empty");
        }
        if (trimmed.startsWith("@")) {
            return PRESETS.contains(trimmed.toLowerCase(Locale.ROOT))
                    ? Optional.empty()
                    : Optional.of("'" + trimmed + "' is not a known preset; use one of " + PRESETS);
        }
        String[] parts = trimmed.split("\\s+");
        Field[] fields;
        boolean quartz;
        switch (parts.length) {
            case 5 -> {
                fields = new Field[] {Field.MINUTE, Field.HOUR, Field.DAY_OF_MONTH, Field.MONTH, Field.UNIX_DAY_OF_WEEK};
                quartz = false;
            }
            case 6, 7 -> {
                fields = new Field[] {Field.SECOND, Field.MINUTE, Field.HOUR, Field.DAY_OF_MONTH, Field.MONTH,
                    Field.QUARTZ_DAY_OF_WEEK, Field.YEAR};
                quartz = true;
            }
            default -> {
                return Optional.of("it has " + parts.length + " fields; expected 5 (Unix) or 6-7 (Quartz)");
            }
        }
        for (int i = 0; i < parts.length; i++) {
            Optional<String> problem = checkField(parts[i].toUpperCase(Locale.ROOT), fields[i], quartz);
            if (problem.isPresent()) {
                return Optional.of("the " + fields[i].label + " field '" + parts[i] + "' " + problem.get());
            }
        }
        if (quartz && !"?".equals(parts[3]) && !"?".equals(parts[5])) {
            // Quartz requires '?' in one of the two day fields; DataWorks writes it so too.
            if (!"*".equals(parts[3]) && !"*".equals(parts[5])) {
                return Optional.of("Quartz needs '?' in day of month or day of week when both are restricted");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkField(String field, Field kind, boolean quartz) {
        for (String item : field.split(",", -1)) {
            Optional<String> problem = checkItem(item, kind, quartz);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkItem(String item, Field kind, boolean quartz) {
        if (item.isEmpty()) {
            return Optional.of("has an empty list item");
        }
        if ("*".equals(item)) {
            return Optional.empty();
        }
        if ("?".equals(item)) {
            return quartz && (kind == Field.DAY_OF_MONTH || kind == Field.QUARTZ_DAY_OF_WEEK)
                    ? Optional.empty()
                    : Optional.of("uses '?', allowed only in Quartz day fields");
        }
        if (quartz && kind == Field.DAY_OF_MONTH && QUARTZ_DOM.matcher(item).matches()) {
            return item.endsWith("W") && !item.startsWith("L") ? value(item.substring(0, item.length() - 1), kind)
                    : Optional.empty();
        }
        if (quartz && kind == Field.QUARTZ_DAY_OF_WEEK) {
            if ("L".equals(item)) {
                return Optional.empty();
            }
            Matcher special = QUARTZ_DOW.matcher(item);
            if (special.matches()) {
                return value(special.group(1), kind);
            }
        }
        Matcher step = STEP.matcher(item);
        String base = item;
        if (step.matches()) {
            base = step.group(1);
            int increment;
            try {
                increment = Integer.parseInt(step.group(2));
            } catch (NumberFormatException e) {
                return Optional.of("has a step that is too large");
            }
            if (increment <= 0) {
                return Optional.of("has a step of zero");
            }
            if ("*".equals(base)) {
                return Optional.empty();
            }
        }
        Matcher range = RANGE.matcher(base);
        if (range.matches()) {
            Optional<String> low = value(range.group(1), kind);
            return low.isPresent() ? low : value(range.group(2), kind);
        }
        return value(base, kind);
    }

    private static Optional<String> value(String token, Field kind) {
        if (kind.names != null) {
            for (String name : kind.names) {
                if (name.equals(token)) {
                    return Optional.empty();
                }
            }
        }
        if (!token.chars().allMatch(Character::isDigit) || token.isEmpty() || token.length() > 4) {
            return Optional.of("contains '" + token + "', which is not a number"
                    + (kind.names != null ? " or a name" : ""));
        }
        int number = Integer.parseInt(token);
        if (number < kind.min || number > kind.max) {
            return Optional.of("has " + number + " outside " + kind.min + "-" + kind.max);
        }
        return Optional.empty();
    }
}
