package dev.assetmigration.model;

import dev.assetmigration.error.MigrationException;
import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies one asset inside one workspace: its type and its workspace-local id.
 *
 * <p>Ids are only meaningful within the workspace that issued them; across workspaces assets are
 * matched by type, folder and name. The string form is {@code TYPE/id}, for example
 * {@code AUTO_TRIGGERED_TASK/1042}, and {@link #parse(String)} reads it back.
 *
 * @param type the asset type
 * @param id the id, not blank
 */
public record AssetRef(AssetType type, String id) implements Comparable<AssetRef> {

    private static final Comparator<AssetRef> ORDER =
            Comparator.comparing(AssetRef::type).thenComparing(AssetRef::id);

    /**
     * Creates a reference.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public AssetRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("asset id must not be blank (type " + type + ")");
        }
    }

    /**
     * Shorthand for {@code new AssetRef(type, id)}.
     *
     * @param type the asset type
     * @param id the id, not blank
     * @return the reference
     */
    public static AssetRef of(AssetType type, String id) {
        return new AssetRef(type, id);
    }

    /**
     * Reads the {@code TYPE/id} form written by {@link #toString()}.
     *
     * @param text for example {@code RESOURCE/r-17}
     * @return the reference
     * @throws MigrationException with code {@code AM-MODEL-001} if the text is not of that form
     */
    public static AssetRef parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new MigrationException("AM-MODEL-001", "Asset reference '" + text
                    + "' is not of the form TYPE/ID, for example AUTO_TRIGGERED_TASK/1042.");
        }
        String typeName = text.substring(0, slash);
        try {
            return new AssetRef(AssetType.valueOf(typeName), text.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw new MigrationException("AM-MODEL-001", "Asset reference '" + text
                    + "' names unknown asset type '" + typeName + "'; known types are "
                    + java.util.Arrays.toString(AssetType.values()) + ".", e);
        }
    }

    /** Orders by type (in {@link AssetType} declaration order), then by id. */
    @Override
    public int compareTo(AssetRef other) {
        return ORDER.compare(this, other);
    }

    /** Returns {@code TYPE/id}. */
    @Override
    public String toString() {
        return type + "/" + id;
    }
}
