package dev.assetmigration.schedulers;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.conformance.ReadOnlyWorkspaceConformanceKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("AirflowWorkspace conforms to the read-only SPI rules")
class AirflowWorkspaceConformanceTest extends ReadOnlyWorkspaceConformanceKit {

    @Override
    protected Workspace createSeededWorkspace() {
        return AirflowWorkspace.read(Fixtures.resource("airflow"));
    }
}
