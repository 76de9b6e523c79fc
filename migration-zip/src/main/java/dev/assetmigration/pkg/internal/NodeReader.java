package dev.assetmigration.pkg.internal;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads typed fields out of a JSON object and gathers every problem instead of failing at the
 * first, so one exception can list them all. A missing or mistyped field yields a harmless
 * placeholder value and a problem; callers throw once {@link #problems()} is checked.
 */
public final class NodeReader {

    private static final int MAX_PROBLEMS = 200;

    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    /**
     * Reads a root object.
     *
     * @param node the JSON value, expected to be an object
     * @param path how problems name this object, for example {@code assets[3]}; {@code ""} for the root
     * @param problems where problems are added
     */
    public NodeReader(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        if (!node.isObject()) {
            problem("", "must be a JSON object but is " + kind(node));
        }
    }

    /**
     * Returns the problems list this reader adds to.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * Records a problem about a field of this object.
     *
     * @param field the field, or {@code ""} for the object itself
     * @param message what is wrong
     */
    public void problem(String field, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            String where = path.isEmpty() ? field : field.isEmpty() ? path : path + "." + field;
            problems.add((where.isEmpty() ? "" : where + ": ") + message);
        }
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private @Nullable JsonNode field(String name, boolean required) {
        JsonNode value = node.isObject() ? node.get(name) : null;
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "is missing");
            }
            return null;
        }
        return value;
    }

    /**
     * Reads a required string.
     *
     * @param name the field
     * @return the value, or {@code "?"} after a problem
     */
    public String string(String name) {
        String value = optString(name, true);
        return value == null ? "?" : value;
    }

    /**
     * Reads an optional string.
     *
     * @param name the field
     * @return the value, or {@code null} if absent or mistyped
     */
    public @Nullable String optString(String name) {
        return optString(name, false);
    }

    private @Nullable String optString(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problem(name, "must be a string but is " + kind(value));
            return null;
        }
        return value.stringValue();
    }

    /**
     * Reads a required non-blank string.
     *
     * @param name the field
     * @return the value, or {@code "?"} after a problem
     */
    public String nonBlank(String name) {
        String value = string(name);
        if (value.isBlank()) {
            problem(name, "must not be blank");
            return "?";
        }
        return value;
    }

    /**
     * Reads a required ISO-8601 instant.
     *
     * @param name the field
     * @return the value, or the epoch after a problem
     */
    public Instant instant(String name) {
        Instant value = optInstant(name, true);
        return value == null ? Instant.EPOCH : value;
    }

    /**
     * Reads an optional ISO-8601 instant.
     *
     * @param name the field
     * @return the value, or {@code null}
     */
    public @Nullable Instant optInstant(String name) {
        return optInstant(name, false);
    }

    private @Nullable Instant optInstant(String name, boolean required) {
        String text = optString(name, required);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problem(name, "'" + text + "' is not an ISO-8601 instant such as 2026-11-01T00:00:00Z");
            return null;
        }
    }

    /**
     * Reads a required integral number.
     *
     * @param name the field
     * @param min the smallest allowed value
     * @return the value, or {@code min} after a problem
     */
    public long number(String name, long min) {
        JsonNode value = field(name, true);
        if (value == null) {
            return min;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problem(name, "must be an integer but is " + kind(value));
            return min;
        }
        long result = value.longValue();
        if (result < min) {
            problem(name, "must be at least " + min + " but is " + result);
            return min;
        }
        return result;
    }

    /**
     * Reads an optional integer.
     *
     * @param name the field
     * @return the value, or {@code null}
     */
    public @Nullable Integer optInt(String name) {
        JsonNode value = field(name, false);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(name, "must be a 32-bit integer but is " + kind(value));
            return null;
        }
        return value.intValue();
    }

    /**
     * Reads a required boolean.
     *
     * @param name the field
     * @return the value, or {@code false} after a problem
     */
    public boolean bool(String name) {
        JsonNode value = field(name, true);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(name, "must be true or false but is " + kind(value));
            return false;
        }
        return value.booleanValue();
    }

    /**
     * Reads a required enum constant by name.
     *
     * @param <E> the enum type
     * @param name the field
     * @param type the enum class
     * @return the constant, or the first constant after a problem
     */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String text = optString(name, true);
        if (text != null) {
            for (E constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            problem(name, "unknown " + label(type) + " '" + text + "'; known values are " + Arrays.toString(constants));
        }
        return constants[0];
    }

    private static String label(Class<?> type) {
        return type == AssetType.class ? "asset type" : "value";
    }

    /**
     * Reads an optional object of string values, keeping its order.
     *
     * @param name the field
     * @return the map, empty if absent
     */
    public Map<String, String> stringMap(String name) {
        Map<String, String> result = new LinkedHashMap<>();
        JsonNode value = field(name, false);
        if (value == null) {
            return result;
        }
        if (!value.isObject()) {
            problem(name, "must be an object but is " + kind(value));
            return result;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (e.getValue().isString()) {
                result.put(e.getKey(), e.getValue().stringValue());
            } else {
                problem(name + "." + e.getKey(), "must be a string but is " + kind(e.getValue()));
            }
        }
        return result;
    }

    /**
     * Returns the keys of an optional nested object, in document order.
     *
     * @param name the field
     * @return the keys, empty if absent or not an object
     */
    public List<String> stringKeys(String name) {
        JsonNode value = field(name, false);
        return value == null || !value.isObject() ? List.of() : new ArrayList<>(value.propertyNames());
    }

    /**
     * Returns a reader for a required nested object.
     *
     * @param name the field
     * @return the reader (over an empty object after a problem)
     */
    public NodeReader object(String name) {
        JsonNode value = field(name, true);
        String child = path.isEmpty() ? name : path + "." + name;
        return new NodeReader(value == null ? Json.MAPPER.createObjectNode() : value, child, problems);
    }

    /**
     * Returns a reader for an optional nested object.
     *
     * @param name the field
     * @return the reader, or {@code null} if absent
     */
    public @Nullable NodeReader optObject(String name) {
        JsonNode value = field(name, false);
        return value == null ? null : new NodeReader(value, path.isEmpty() ? name : path + "." + name, problems);
    }

    /**
     * Returns readers for the elements of an optional array of objects.
     *
     * @param name the field
     * @return one reader per element, empty if absent
     */
    public List<NodeReader> array(String name) {
        List<NodeReader> result = new ArrayList<>();
        JsonNode value = field(name, false);
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            problem(name, "must be an array but is " + kind(value));
            return result;
        }
        String prefix = path.isEmpty() ? name : path + "." + name;
        for (int i = 0; i < value.size(); i++) {
            result.add(new NodeReader(value.get(i), prefix + "[" + i + "]", problems));
        }
        return result;
    }

    /**
     * Reads this object as an asset reference {@code {"type": …, "id": …}}.
     *
     * @return the reference
     */
    public AssetRef ref() {
        return new AssetRef(enumValue("type", AssetType.class), nonBlank("id"));
    }

    /**
     * Reads an optional array of asset references.
     *
     * @param name the field
     * @return the references
     */
    public List<AssetRef> refs(String name) {
        List<AssetRef> result = new ArrayList<>();
        for (NodeReader element : array(name)) {
            result.add(element.ref());
        }
        return result;
    }
}
