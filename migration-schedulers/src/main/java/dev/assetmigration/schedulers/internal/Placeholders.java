package dev.assetmigration.schedulers.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code ${name}} placeholders from static properties and leaves everything else alone:
 * expression-language functions ({@code ${wf:id()}}, {@code ${coord:days(1)}}), expressions with
 * operators, and names no property defines are runtime values and stay as written.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^{}]*)}");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final int MAX_ROUNDS = 10;

    private Placeholders() {
    }

    /**
     * The outcome of a resolution.
     *
     * @param text the text with static placeholders replaced
     * @param unresolved plain names that no property defines (kept as written)
     */
    public record Result(String text, Set<String> unresolved) {
    }

    /**
     * Replaces every {@code ${name}} whose name is a property, repeatedly so that properties may
     * refer to each other (up to ten rounds, which also stops self-references).
     *
     * @param text the text
     * @param properties the static properties
     * @return the resolved text and the names left unresolved
     */
    public static Result resolve(String text, Map<String, String> properties) {
        Set<String> unresolved = new LinkedHashSet<>();
        String current = text;
        for (int round = 0; round < MAX_ROUNDS && current.contains("${"); round++) {
            Matcher matcher = PLACEHOLDER.matcher(current);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (matcher.find()) {
                String name = matcher.group(1).trim();
                String value = properties.get(name);
                if (value != null) {
                    matcher.appendReplacement(out, Matcher.quoteReplacement(value));
                    changed = true;
                } else {
                    if (PLAIN_NAME.matcher(name).matches()) {
                        unresolved.add(name);
                    }
                    matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
                }
            }
            matcher.appendTail(out);
            current = out.toString();
            if (!changed) {
                break;
            }
        }
        return new Result(current, unresolved);
    }
}
