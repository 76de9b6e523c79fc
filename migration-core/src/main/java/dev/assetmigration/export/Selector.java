package dev.assetmigration.export;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.spi.AssetQuery;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Picks assets for a custom export or an exclusion. The text form, used by the CLI, is
 * {@code id:TYPE/ID}, {@code folder:PREFIX}, {@code name:GLOB} or {@code type:TYPE}.
 */
public sealed interface Selector permits Selector.ByAsset, Selector.ByFolder, Selector.ByName, Selector.ByType {

    /**
     * Tells whether the selector picks an asset.
     *
     * @param asset the asset
     * @return {@code true} if picked
     */
    boolean matches(Asset asset);

    /**
     * Selects one asset.
     *
     * @param ref the asset
     * @return the selector
     */
    static Selector asset(AssetRef ref) {
        return new ByAsset(ref);
    }

    /**
     * Selects a folder (business flow) and everything below it.
     *
     * @param prefix the folder path
     * @return the selector
     */
    static Selector folder(String prefix) {
        return new ByFolder(prefix);
    }

    /**
     * Selects assets whose name matches a glob: {@code *} any run of characters, {@code ?} one
     * character; case-sensitive.
     *
     * @param glob the pattern
     * @return the selector
     */
    static Selector name(String glob) {
        return new ByName(glob);
    }

    /**
     * Selects every asset of a type.
     *
     * @param type the type
     * @return the selector
     */
    static Selector type(AssetType type) {
        return new ByType(type);
    }

    /**
     * Reads the text form.
     *
     * @param text for example {@code folder:sales/daily} or {@code name:ods_*}
     * @return the selector
     * @throws MigrationException with code {@code AM-SEL-001} if the text is malformed
     */
    static Selector parse(String text) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.isEmpty() && !kind.equals("folder")) {
            throw new MigrationException("AM-SEL-001", "Selector '" + text
                    + "' is not of the form id:TYPE/ID, folder:PREFIX, name:GLOB or type:TYPE.");
        }
        return switch (kind) {
            case "id" -> asset(AssetRef.parse(value));
            case "folder" -> folder(value);
            case "name" -> name(value);
            case "type" -> {
                try {
                    yield type(AssetType.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new MigrationException("AM-SEL-001", "Selector '" + text + "' names unknown asset type '"
                            + value + "'; known types: " + java.util.Arrays.toString(AssetType.values()) + ".", e);
                }
            }
            default -> throw new MigrationException("AM-SEL-001", "Selector '" + text
                    + "' has unknown kind '" + kind + "'; use id:, folder:, name: or type:.");
        };
    }

    /**
     * Selects one asset by reference.
     *
     * @param ref the asset
     */
    record ByAsset(AssetRef ref) implements Selector {
        /** @throws NullPointerException if {@code ref} is null */
        public ByAsset {
            Objects.requireNonNull(ref, "ref");
        }

        @Override
        public boolean matches(Asset asset) {
            return ref.equals(asset.ref());
        }

        @Override
        public String toString() {
            return "id:" + ref;
        }
    }

    /**
     * Selects a folder and its sub-folders, by whole path segments.
     *
     * @param prefix the folder path
     */
    record ByFolder(String prefix) implements Selector {
        /** @throws NullPointerException if {@code prefix} is null */
        public ByFolder {
            Objects.requireNonNull(prefix, "prefix");
            while (prefix.endsWith("/")) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }

        @Override
        public boolean matches(Asset asset) {
            return AssetQuery.isWithin(asset.folder(), prefix);
        }

        @Override
        public String toString() {
            return "folder:" + prefix;
        }
    }

    /**
     * Selects by name glob; the glob is compiled once.
     */
    final class ByName implements Selector {
        private final String glob;
        private final Pattern pattern;

        /**
         * Creates the selector.
         *
         * @param glob the pattern: {@code *} any run of characters, {@code ?} one character
         */
        public ByName(String glob) {
            this.glob = Objects.requireNonNull(glob, "glob");
            StringBuilder regex = new StringBuilder();
            for (String part : glob.split("(?=[*?])|(?<=[*?])")) {
                regex.append(switch (part) {
                    case "*" -> ".*";
                    case "?" -> ".";
                    default -> Pattern.quote(part);
                });
            }
            this.pattern = Pattern.compile(regex.toString(), Pattern.DOTALL);
        }

        /**
         * Returns the glob.
         *
         * @return the pattern text
         */
        public String glob() {
            return glob;
        }

        @Override
        public boolean matches(Asset asset) {
            return pattern.matcher(asset.name()).matches();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByName that && glob.equals(that.glob);
        }

        @Override
        public int hashCode() {
            return glob.hashCode();
        }

        @Override
        public String toString() {
            return "name:" + glob;
        }
    }

    /**
     * Selects by type.
     *
     * @param type the type
     */
    record ByType(AssetType type) implements Selector {
        /** @throws NullPointerException if {@code type} is null */
        public ByType {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public boolean matches(Asset asset) {
            return asset.type() == type;
        }

        @Override
        public String toString() {
            return "type:" + type;
        }
    }
}
