package dev.assetmigration.testkit.internal;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.Secret;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Field-by-field comparison of assets, with readable lines such as
 * {@code meta.extensions: key 'owner.team' missing (expected "etl")}. Resource content is compared
 * by size and SHA-256, never by instance. Secret values are never printed.
 */
public final class AssetDiff {

    private static final int SHOWN_CHARS = 60;

    private AssetDiff() {
    }

    /**
     * Lists every difference between two assets, content included.
     *
     * @param expected the asset as it should be
     * @param actual the asset as found
     * @return one line per differing field; empty when the assets are equivalent
     */
    public static List<String> differences(Asset expected, Asset actual) {
        List<String> lines = fieldDifferences(expected, actual);
        if (expected instanceof Resource e && actual instanceof Resource a) {
            Contents.Digest want = Contents.digest(e.content());
            Contents.Digest got = Contents.digest(a.content());
            if (!want.equals(got)) {
                lines.add("content: expected " + want + " but was " + got);
            }
            if (e.content().size() != a.content().size()) {
                lines.add("content.size(): expected " + e.content().size() + " but was " + a.content().size());
            }
        }
        return lines;
    }

    /**
     * Lists the differences of every field except resource content.
     *
     * @param expected the asset as it should be
     * @param actual the asset as found
     * @return one line per differing field; empty when equal apart from content
     */
    public static List<String> fieldDifferences(Asset expected, Asset actual) {
        List<String> lines = new ArrayList<>();
        if (expected.getClass() != actual.getClass()) {
            lines.add("type: expected " + expected.type() + " but was " + actual.type());
            return lines;
        }
        compare("", expected, actual, lines);
        return lines;
    }

    /**
     * Replaces a resource's content with an empty placeholder so that assets can be kept and
     * compared without their bytes; other assets are returned as they are.
     *
     * @param asset the asset
     * @return the asset without content bytes
     */
    public static Asset withoutContent(Asset asset) {
        return asset instanceof Resource r ? r.withContent(EmptyContent.INSTANCE) : asset;
    }

    private static void compare(String path, @Nullable Object expected, @Nullable Object actual, List<String> lines) {
        if (Objects.equals(expected, actual)) {
            return;
        }
        if (expected == null || actual == null || expected.getClass() != actual.getClass()) {
            lines.add(label(path) + ": expected " + show(expected) + " but was " + show(actual));
        } else if (expected instanceof Secret.Value) {
            lines.add(label(path) + ": secret values differ");
        } else if (expected.getClass().isRecord()) {
            for (RecordComponent component : expected.getClass().getRecordComponents()) {
                if (expected instanceof Resource && component.getName().equals("content")) {
                    continue;
                }
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                compare(child, read(component, expected), read(component, actual), lines);
            }
        } else if (expected instanceof Map<?, ?> want && actual instanceof Map<?, ?> got) {
            compareMaps(path, want, got, lines);
        } else {
            lines.add(label(path) + ": expected " + show(expected) + " but was " + show(actual));
        }
    }

    private static void compareMaps(String path, Map<?, ?> want, Map<?, ?> got, List<String> lines) {
        TreeSet<String> keys = new TreeSet<>();
        want.keySet().forEach(k -> keys.add(String.valueOf(k)));
        got.keySet().forEach(k -> keys.add(String.valueOf(k)));
        for (String key : keys) {
            boolean inWant = want.containsKey(key);
            boolean inGot = got.containsKey(key);
            if (inWant && !inGot) {
                lines.add(label(path) + ": key '" + key + "' missing (expected " + show(want.get(key)) + ")");
            } else if (!inWant) {
                lines.add(label(path) + ": unexpected key '" + key + "' = " + show(got.get(key)));
            } else {
                compare(path + "['" + key + "']", want.get(key), got.get(key), lines);
            }
        }
    }

    private static String label(String path) {
        return path.isEmpty() ? "asset" : path;
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
        }
    }

    private static String show(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Secret.Value) {
            return value.toString();
        }
        String text = value instanceof String s ? '"' + s + '"' : String.valueOf(value);
        return text.length() <= SHOWN_CHARS ? text
                : text.substring(0, SHOWN_CHARS) + "… (" + text.length() + " chars)";
    }

    /** Stands in for content that was digested and dropped. */
    private enum EmptyContent implements dev.assetmigration.model.Content {
        INSTANCE;

        @Override
        public long size() {
            return 0;
        }

        @Override
        public java.io.InputStream open() {
            return java.io.InputStream.nullInputStream();
        }
    }
}
