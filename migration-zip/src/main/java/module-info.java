/**
 * The migration package format of Asset Migration: a streaming zip writer, a hardened reader,
 * the manifest, checksums, limits, signatures and the asset-to-files layout.
 */
module dev.assetmigration.pkg {
    requires transitive dev.assetmigration.spi;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires org.apache.commons.compress;
    requires static org.jspecify;

    exports dev.assetmigration.pkg;
}
