package dev.assetmigration.pkg;

/** How the assets of a package were selected. */
public enum ExportMode {
    /** Every asset of the chosen types. */
    FULL,
    /** Assets modified after {@link PackageHeader#since()}, plus tombstones where known. */
    INCREMENTAL,
    /** An explicit selection, possibly with its dependency closure. */
    CUSTOM
}
