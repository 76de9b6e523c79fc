package dev.assetmigration.spi;

import java.util.Objects;

/**
 * Where a workspace lives: the coordinates recorded as a package's source.
 *
 * @param platformVersion the platform version, for example {@code dataworks-2024}
 * @param account the account (tenant) that owns the workspace
 * @param region the region, for example {@code cn-shanghai}
 * @param workspace the workspace name
 */
public record WorkspaceInfo(String platformVersion, String account, String region, String workspace) {

    /**
     * Creates the coordinates.
     *
     * @throws NullPointerException if an argument is null
     */
    public WorkspaceInfo {
        Objects.requireNonNull(platformVersion, "platformVersion");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(workspace, "workspace");
    }

    /** Returns {@code account/region/workspace (platformVersion)}. */
    @Override
    public String toString() {
        return account + "/" + region + "/" + workspace + " (" + platformVersion + ")";
    }
}
