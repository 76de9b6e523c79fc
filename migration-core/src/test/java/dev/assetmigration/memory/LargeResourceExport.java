package dev.assetmigration.memory;

import dev.assetmigration.Migration;
import dev.assetmigration.export.ExportReport;
import dev.assetmigration.model.Resource;
import dev.assetmigration.pkg.PackageReader;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.nio.file.Path;

/**
 * Run in a forked JVM with a small heap by {@link BoundedMemoryTest}: exports a workspace holding
 * one resource of the given size, whose bytes are generated on read, then verifies the package.
 * Prints the package size; exits non-zero on any failure (including OutOfMemoryError).
 */
public final class LargeResourceExport {

    private LargeResourceExport() {
    }

    /**
     * Entry point.
     *
     * @param args the output package path and the resource size in bytes
     */
    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        // The in-memory workspace owns its bytes (it copies them into the heap), so the resource
        // is served by a read-only workspace that streams its generated content instead.
        Resource big = AssetFixtures.resource("huge.bin").id("big").generated(17, size).build();
        Workspace source = new SingleAssetWorkspace(big);
        ExportReport report = Migration.export(source).full().toPackage(out);
        try (PackageReader reader = PackageReader.open(out)) {
            reader.verify();
        }
        System.out.println("exported " + report.total() + " asset(s), package " + report.packageBytes() + " bytes, heap max "
                + Runtime.getRuntime().maxMemory());
    }
}
