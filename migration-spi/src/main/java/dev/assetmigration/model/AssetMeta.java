package dev.assetmigration.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The fields every asset has, whatever its type.
 *
 * <p>{@code folder} is the business flow or directory path the asset lives in: segments
 * separated by {@code /}, no leading or trailing slash, no {@code .} or {@code ..} segments; the
 * empty string is the root. Assets are identified across workspaces by type, folder and name.
 *
 * <p>{@code dependencies} are references to other assets of any type that this asset needs:
 * upstream tasks, resources, functions, the bound data source, tables, components. They keep
 * their order and duplicates are dropped. {@code extensions} carries provider-specific
 * attributes that the library does not interpret but must carry through a migration untouched;
 * it is kept sorted by key.
 *
 * @param id the id in the workspace that holds the asset
 * @param name the display name, unique per type and folder
 * @param folder the folder path, {@code ""} for the root
 * @param owner the owning user, or {@code null} if the source does not say
 * @param modifiedAt when the asset was last modified in its workspace
 * @param lifecycle how far it has been submitted or deployed
 * @param dependencies what it needs, in the order the source gave them
 * @param extensions provider-specific attributes, sorted by key
 */
public record AssetMeta(
        @NotBlank @Size(max = 256) String id,
        @NotBlank @Size(max = 256) @Pattern(regexp = NAME_PATTERN, message = NAME_MESSAGE) String name,
        @NotNull @Size(max = 1024) @Pattern(regexp = FOLDER_PATTERN, message = FOLDER_MESSAGE) String folder,
        @Nullable @Size(max = 256) String owner,
        @NotNull Instant modifiedAt,
        @NotNull LifecycleState lifecycle,
        @NotNull List<@NotNull @Valid AssetRef> dependencies,
        @NotNull Map<@NotBlank String, @NotNull String> extensions) {

    /** Names have no slash, backslash or control character and do not start or end with space. */
    public static final String NAME_PATTERN = "[^/\\\\\\p{Cntrl}\\s](?:[^/\\\\\\p{Cntrl}]*[^/\\\\\\p{Cntrl}\\s])?";

    /** Folders are relative, slash-separated, with no empty, {@code .} or {@code ..} segment. */
    public static final String FOLDER_PATTERN =
            "|(?!\\.\\.?(?:/|$))[^/\\\\\\p{Cntrl}]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\p{Cntrl}]+)*";

    static final String NAME_MESSAGE = "must not contain '/', '\\' or control characters,"
            + " nor start or end with whitespace";
    static final String FOLDER_MESSAGE = "must be a relative path of '/'-separated segments"
            + " without '.', '..', '\\' or empty segments";

    /**
     * Normalises collections: copies them, drops duplicate dependencies, sorts extensions.
     *
     * @throws NullPointerException if a non-nullable component is {@code null}
     */
    public AssetMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(lifecycle, "lifecycle");
        dependencies = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(dependencies, "dependencies")));
        extensions = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(extensions, "extensions")));
    }

    /**
     * Starts a meta with the given id and name, in the root folder, no owner, modified at the
     * epoch, lifecycle unknown, no dependencies and no extensions. Use the {@code with…}
     * methods for the rest.
     *
     * @param id the id
     * @param name the name
     * @return a new meta
     */
    public static AssetMeta of(String id, String name) {
        return new AssetMeta(id, name, "", null, Instant.EPOCH, LifecycleState.UNKNOWN, List.of(), Map.of());
    }

    /**
     * Returns a copy with that id.
     *
     * @param newId the id
     * @return the copy
     */
    public AssetMeta withId(String newId) {
        return new AssetMeta(newId, name, folder, owner, modifiedAt, lifecycle, dependencies, extensions);
    }

    /**
     * Returns a copy with that name.
     *
     * @param newName the name
     * @return the copy
     */
    public AssetMeta withName(String newName) {
        return new AssetMeta(id, newName, folder, owner, modifiedAt, lifecycle, dependencies, extensions);
    }

    /**
     * Returns a copy in that folder.
     *
     * @param newFolder the folder path
     * @return the copy
     */
    public AssetMeta withFolder(String newFolder) {
        return new AssetMeta(id, name, newFolder, owner, modifiedAt, lifecycle, dependencies, extensions);
    }

    /**
     * Returns a copy with that owner.
     *
     * @param newOwner the owner or {@code null}
     * @return the copy
     */
    public AssetMeta withOwner(@Nullable String newOwner) {
        return new AssetMeta(id, name, folder, newOwner, modifiedAt, lifecycle, dependencies, extensions);
    }

    /**
     * Returns a copy modified at that instant.
     *
     * @param instant the modification instant
     * @return the copy
     */
    public AssetMeta withModifiedAt(Instant instant) {
        return new AssetMeta(id, name, folder, owner, instant, lifecycle, dependencies, extensions);
    }

    /**
     * Returns a copy in that state.
     *
     * @param state the lifecycle state
     * @return the copy
     */
    public AssetMeta withLifecycle(LifecycleState state) {
        return new AssetMeta(id, name, folder, owner, modifiedAt, state, dependencies, extensions);
    }

    /**
     * Returns a copy with exactly these dependencies.
     *
     * @param refs the dependencies
     * @return the copy
     */
    public AssetMeta withDependencies(Collection<AssetRef> refs) {
        return new AssetMeta(id, name, folder, owner, modifiedAt, lifecycle, new ArrayList<>(refs), extensions);
    }

    /**
     * Returns a copy with exactly these dependencies.
     *
     * @param refs the dependencies
     * @return the copy
     */
    public AssetMeta withDependencies(AssetRef... refs) {
        return withDependencies(List.of(refs));
    }

    /**
     * Returns a copy with exactly these extensions.
     *
     * @param attributes the extension map
     * @return the copy
     */
    public AssetMeta withExtensions(Map<String, String> attributes) {
        return new AssetMeta(id, name, folder, owner, modifiedAt, lifecycle, dependencies, attributes);
    }

    /**
     * Returns the folder followed by the name, {@code "folder/name"} or just {@code "name"} in
     * the root: the identity of an asset of a given type across workspaces.
     *
     * @return the path
     */
    public String path() {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
