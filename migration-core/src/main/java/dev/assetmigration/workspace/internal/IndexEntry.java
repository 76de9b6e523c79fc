package dev.assetmigration.workspace.internal;

import java.time.Instant;

/**
 * What the in-memory id index knows about one stored asset: enough to filter a listing and to
 * find its descriptor without reading it.
 *
 * @param id the asset id
 * @param folder its folder
 * @param name its name
 * @param modifiedAt its modification instant
 * @param descriptorPath its descriptor's path relative to the workspace root
 */
public record IndexEntry(String id, String folder, String name, Instant modifiedAt, String descriptorPath) {

    /**
     * Returns the key under which the index finds an asset by folder and name.
     *
     * @return the key
     */
    public String nameKey() {
        return nameKey(folder, name);
    }

    /**
     * Returns the key under which the index finds an asset by folder and name.
     *
     * @param folder the folder
     * @param name the name
     * @return the key; names and folders cannot contain control characters, so it is unambiguous
     */
    public static String nameKey(String folder, String name) {
        return folder + '\u0000' + name;
    }
}
