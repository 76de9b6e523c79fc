/**
 * Reads the job definitions of open-source schedulers — Apache Oozie, Azkaban and Apache
 * Airflow — as read-only {@link dev.assetmigration.spi.Workspace workspaces}, so that the
 * ordinary export pipeline turns them into migration packages.
 *
 * <p>Entry points: {@link dev.assetmigration.schedulers.OozieWorkspace#read(java.nio.file.Path)},
 * {@link dev.assetmigration.schedulers.AzkabanWorkspace#read(java.nio.file.Path)} and
 * {@link dev.assetmigration.schedulers.AirflowWorkspace#read(java.nio.file.Path)}. Each
 * conversion carries a {@link dev.assetmigration.schedulers.ConversionReport}.
 */
module dev.assetmigration.schedulers {
    requires transitive dev.assetmigration.spi;
    requires java.xml;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires static org.jspecify;

    exports dev.assetmigration.schedulers;
}
