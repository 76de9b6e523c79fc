package dev.assetmigration.workspace;

import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.conformance.WorkspaceConformanceKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the SPI conformance kit against the directory workspace. Clear secrets go to the local
 * secret file, because the kit round-trips clear data-source secrets. Forcing to the disk is off:
 * the rules are about behaviour, every rename stays atomic, and the kit's 10 000-asset listing
 * would otherwise spend minutes in fsync; {@link DirectoryWorkspaceTest} covers the durable mode,
 * including a kill -9 in the middle of an import. Every single write takes the lock and a journal
 * of its own (about 6 ms here even without fsync), so R3.6 lists 2 000 assets instead of 10 000.
 */
@DisplayName("DirectoryWorkspace conforms to the SPI rules")
class DirectoryWorkspaceConformanceTest extends WorkspaceConformanceKit {

    @TempDir
    Path temp;

    @Override
    protected Workspace createWorkspace() {
        try {
            return DirectoryWorkspace.builder(Files.createTempDirectory(temp, "ws"))
                    .clearSecrets(ClearSecrets.LOCAL_FILE).durable(false).open();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected int streamingAssetCount() {
        return 2_000;
    }
}
