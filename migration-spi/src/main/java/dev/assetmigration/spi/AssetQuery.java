package dev.assetmigration.spi;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which assets to list. Every criterion narrows the result; an empty set means "no restriction".
 * Immutable: the {@code with…} methods return new queries.
 *
 * <pre>{@code
 * AssetQuery q = AssetQuery.all()
 *         .withTypes(AssetType.AUTO_TRIGGERED_TASK)
 *         .withModifiedAfter(Instant.parse("2026-11-01T00:00:00Z"))
 *         .withFolders("sales");
 * }</pre>
 *
 * @param types the asset types to list; empty for all
 * @param modifiedAfter only assets modified strictly after this instant, or {@code null}
 * @param folders only assets in these folders or below them (by whole segments: {@code a/b}
 *     covers {@code a/b} and {@code a/b/c}, not {@code a/bc}); empty for all
 * @param ids only assets with these ids; empty for all
 */
public record AssetQuery(
        Set<AssetType> types, @Nullable Instant modifiedAfter, Set<String> folders, Set<String> ids) {

    private static final AssetQuery ALL = new AssetQuery(Set.of(), null, Set.of(), Set.of());

    /**
     * Creates a query; sets are copied.
     *
     * @throws NullPointerException if a set is null
     */
    public AssetQuery {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        folders = Set.copyOf(new TreeSet<>(Objects.requireNonNull(folders, "folders")));
        ids = Set.copyOf(Objects.requireNonNull(ids, "ids"));
    }

    /**
     * The query that matches every asset.
     *
     * @return the unrestricted query
     */
    public static AssetQuery all() {
        return ALL;
    }

    /**
     * Returns a copy restricted to these types.
     *
     * @param assetTypes the types
     * @return the copy
     */
    public AssetQuery withTypes(AssetType... assetTypes) {
        return withTypes(Arrays.asList(assetTypes));
    }

    /**
     * Returns a copy restricted to these types.
     *
     * @param assetTypes the types
     * @return the copy
     */
    public AssetQuery withTypes(Collection<AssetType> assetTypes) {
        return new AssetQuery(Set.copyOf(assetTypes), modifiedAfter, folders, ids);
    }

    /**
     * Returns a copy restricted to assets modified strictly after the instant.
     *
     * @param instant the lower bound (exclusive), or {@code null} for none
     * @return the copy
     */
    public AssetQuery withModifiedAfter(@Nullable Instant instant) {
        return new AssetQuery(types, instant, folders, ids);
    }

    /**
     * Returns a copy restricted to these folders and their sub-folders.
     *
     * @param folderPaths the folder paths
     * @return the copy
     */
    public AssetQuery withFolders(String... folderPaths) {
        return new AssetQuery(types, modifiedAfter, Set.of(folderPaths), ids);
    }

    /**
     * Returns a copy restricted to these ids.
     *
     * @param assetIds the ids
     * @return the copy
     */
    public AssetQuery withIds(Collection<String> assetIds) {
        return new AssetQuery(types, modifiedAfter, folders, Set.copyOf(assetIds));
    }

    /**
     * Tells whether the query selects assets of a type.
     *
     * @param type the type
     * @return {@code true} if no type restriction is set or the type is among them
     */
    public boolean includesType(AssetType type) {
        return types.isEmpty() || types.contains(type);
    }

    /**
     * Tells whether an asset matches every criterion. Providers that cannot push a criterion down
     * to their store may filter with this.
     *
     * @param asset the asset
     * @return {@code true} if it matches
     */
    public boolean matches(Asset asset) {
        return includesType(asset.type())
                && (modifiedAfter == null || asset.meta().modifiedAt().isAfter(modifiedAfter))
                && (ids.isEmpty() || ids.contains(asset.id()))
                && (folders.isEmpty() || folders.stream().anyMatch(f -> isWithin(asset.folder(), f)));
    }

    /**
     * Tells whether a folder is the given folder or below it, comparing whole segments.
     *
     * @param folder the folder to test
     * @param ancestor the folder that might contain it; {@code ""} contains every folder
     * @return {@code true} if {@code folder} equals {@code ancestor} or lies below it
     */
    public static boolean isWithin(String folder, String ancestor) {
        return ancestor.isEmpty()
                || folder.equals(ancestor)
                || (folder.startsWith(ancestor) && folder.charAt(ancestor.length()) == '/');
    }
}
