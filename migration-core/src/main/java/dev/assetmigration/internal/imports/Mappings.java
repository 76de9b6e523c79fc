package dev.assetmigration.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mappings of an import: name-to-name maps per dimension and ordered code rewrite rules.
 * Immutable; the {@code with…} methods return copies.
 */
record Mappings(
        Map<String, String> dataSources,
        Map<String, String> resourceGroups,
        Map<String, String> owners,
        Map<String, String> computeEngines,
        List<CodeRewrite> codeRewrites) {

    static final Mappings NONE = new Mappings(Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    Mappings {
        dataSources = Map.copyOf(dataSources);
        resourceGroups = Map.copyOf(resourceGroups);
        owners = Map.copyOf(owners);
        computeEngines = Map.copyOf(computeEngines);
        codeRewrites = List.copyOf(codeRewrites);
    }

    /** One dimension of name mappings. */
    enum Dimension {
        DATA_SOURCE("dataSource"), RESOURCE_GROUP("resourceGroup"), OWNER("owner"), COMPUTE_ENGINE("computeEngine");

        final String label;

        Dimension(String label) {
            this.label = label;
        }
    }

    Map<String, String> of(Dimension dimension) {
        return switch (dimension) {
            case DATA_SOURCE -> dataSources;
            case RESOURCE_GROUP -> resourceGroups;
            case OWNER -> owners;
            case COMPUTE_ENGINE -> computeEngines;
        };
    }

    Mappings with(Dimension dimension, String from, String to) {
        Map<String, String> changed = new HashMap<>(of(dimension));
        changed.put(from, to);
        return new Mappings(
                dimension == Dimension.DATA_SOURCE ? changed : dataSources,
                dimension == Dimension.RESOURCE_GROUP ? changed : resourceGroups,
                dimension == Dimension.OWNER ? changed : owners,
                dimension == Dimension.COMPUTE_ENGINE ? changed : computeEngines,
                codeRewrites);
    }

    Mappings withRewrite(CodeRewrite rewrite) {
        List<CodeRewrite> rules = new ArrayList<>(codeRewrites);
        rules.add(rewrite);
        return new Mappings(dataSources, resourceGroups, owners, computeEngines, rules);
    }

    /**
     * Maps a value of a dimension, noting the mapping when it applies.
     *
     * @return the mapped value, or the value itself
     */
    @Nullable String map(Dimension dimension, @Nullable String value, List<String> applied) {
        if (value == null) {
            return null;
        }
        String mapped = of(dimension).get(value);
        if (mapped == null) {
            return value;
        }
        applied.add(dimension.label + " " + value + " -> " + mapped);
        return mapped;
    }

    /** Applies every rewrite rule in order, noting those that changed the code. */
    String rewrite(String code, List<String> applied) {
        String result = code;
        for (CodeRewrite rule : codeRewrites) {
            String next = rule.apply(result);
            if (!next.equals(result)) {
                applied.add("code " + rule.description());
                result = next;
            }
        }
        return result;
    }

    /**
     * A code rewrite rule.
     *
     * @param pattern what to find
     * @param replacement what to put instead, in {@link Matcher#replaceAll} syntax
     * @param description how the rule reads in reports
     */
    record CodeRewrite(Pattern pattern, String replacement, String description) {

        static CodeRewrite literal(String literal, String replacement) {
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("a code rewrite needs a non-empty text to find");
            }
            return new CodeRewrite(Pattern.compile(Pattern.quote(literal)), Matcher.quoteReplacement(replacement),
                    "'" + literal + "' -> '" + replacement + "'");
        }

        static CodeRewrite regex(String regex, String replacement) {
            return new CodeRewrite(Pattern.compile(regex), replacement, "/" + regex + "/ -> '" + replacement + "'");
        }

        String apply(String code) {
            return pattern.matcher(code).replaceAll(replacement);
        }
    }
}
