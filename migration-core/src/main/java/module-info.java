/**
 * The fluent API of Asset Migration: {@code Migration.export(...)} and
 * {@code Migration.importPackage(...)}, with validation, dependency closure, planning, mappings,
 * conflict handling, rollback and reports.
 */
module dev.assetmigration.core {
    requires transitive dev.assetmigration.spi;
    requires org.hibernate.validator;
    requires static org.jspecify;

    exports dev.assetmigration.validation;
}
