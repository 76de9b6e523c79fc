/**
 * The asset model and the service-provider interface of Asset Migration.
 *
 * <p>A platform makes its development assets migratable by implementing
 * {@link dev.assetmigration.spi.Workspace} and one {@link dev.assetmigration.spi.AssetProvider}
 * per asset type. Everything here is plain Java values and interfaces: no JSON or zip types
 * appear in any signature.
 */
module dev.assetmigration.spi {
    requires transitive jakarta.validation;
    requires static org.jspecify;

    exports dev.assetmigration.model;
    exports dev.assetmigration.model.constraints;
    exports dev.assetmigration.spi;
    exports dev.assetmigration.error;

    // Bean Validation reads constrained record fields reflectively.
    opens dev.assetmigration.model;
}
