package dev.assetmigration.model;

/**
 * A development asset: one of the eight record types, all immutable.
 *
 * <p>Pattern matching over the sealed hierarchy is exhaustive:
 * <pre>{@code
 * String describe(Asset asset) {
 *     return switch (asset.type()) {
 *         case RESOURCE -> "file " + ((Resource) asset).fileName();
 *         default -> asset.meta().path();
 *     };
 * }
 * }</pre>
 */
public sealed interface Asset
        permits Task, Resource, UserFunction, DataSource, TableMetadata, AdHocQuery, Component {

    /**
     * Returns the asset type; always the constant whose {@link AssetType#assetClass()} is this
     * record's class.
     *
     * @return the type
     */
    AssetType type();

    /**
     * Returns the fields common to all asset types.
     *
     * @return the common fields
     */
    AssetMeta meta();

    /**
     * Returns a copy of this asset with other common fields and the same type-specific fields.
     *
     * @param meta the new common fields
     * @return the copy
     */
    Asset withMeta(AssetMeta meta);

    /**
     * Returns the reference (type + id) of this asset.
     *
     * @return the reference
     */
    default AssetRef ref() {
        return new AssetRef(type(), meta().id());
    }

    /**
     * Shorthand for {@code meta().id()}.
     *
     * @return the id
     */
    default String id() {
        return meta().id();
    }

    /**
     * Shorthand for {@code meta().name()}.
     *
     * @return the name
     */
    default String name() {
        return meta().name();
    }

    /**
     * Shorthand for {@code meta().folder()}.
     *
     * @return the folder path
     */
    default String folder() {
        return meta().folder();
    }

    /**
     * Tells why this asset cannot be migrated, if it cannot: an unsupported node type such as
     * a Data Quality node. Export and import report such assets instead of copying them.
     *
     * @return the reason, or empty when the asset can be migrated
     */
    default java.util.Optional<String> unsupportedReason() {
        return java.util.Optional.empty();
    }
}
