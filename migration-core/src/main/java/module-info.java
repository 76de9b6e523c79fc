/**
 * The fluent API of Asset Migration: {@code Migration.export(...)} and
 * {@code Migration.importPackage(...)}, with validation, dependency closure, planning, mappings,
 * conflict handling, rollback and reports.
 */
module dev.assetmigration.core {
    requires transitive dev.assetmigration.spi;
    requires transitive dev.assetmigration.pkg;
    requires transitive dev.assetmigration.quota;
    requires org.hibernate.validator;
    requires tools.jackson.core;
    requires static org.jspecify;

    exports dev.assetmigration;
    exports dev.assetmigration.export;
    exports dev.assetmigration.governance;
    exports dev.assetmigration.imports;
    exports dev.assetmigration.validation;
    exports dev.assetmigration.workspace;
}
