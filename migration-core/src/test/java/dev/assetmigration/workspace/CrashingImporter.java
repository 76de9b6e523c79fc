package dev.assetmigration.workspace;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.spi.Transactions;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import java.nio.file.Path;

/**
 * A separate JVM for the tests: opens a directory workspace, begins a transaction, writes, prints
 * {@code WRITTEN} and then either dies like {@code kill -9} ({@code crash}) or waits to be killed
 * while holding the lock ({@code hold}).
 */
public final class CrashingImporter {

    private CrashingImporter() {
    }

    /**
     * Runs the child.
     *
     * @param args the workspace directory, then {@code crash} or {@code hold}
     * @throws InterruptedException never in practice; {@code hold} sleeps until killed
     */
    public static void main(String[] args) throws InterruptedException {
        DirectoryWorkspace workspace = DirectoryWorkspace.open(Path.of(args[0]));
        Transactions.Transaction transaction = workspace.capability(Transactions.class).orElseThrow().begin();
        Asset existing = workspace.provider(AssetType.AD_HOC_QUERY).findByName("reports", "daily").orElseThrow();
        workspace.provider(AssetType.AD_HOC_QUERY).update(existing.withMeta(existing.meta().withExtensions(
                java.util.Map.of("changed", "by the crashed import"))));
        workspace.provider(AssetType.AD_HOC_QUERY).create(AssetFixtures.adHocQuery("half_imported").folder("reports").build());
        workspace.provider(AssetType.RESOURCE).delete("r-1");
        System.out.println("WRITTEN");
        System.out.flush();
        if (args[1].equals("crash")) {
            Runtime.getRuntime().halt(137);
        }
        Thread.sleep(120_000);
        transaction.commit();
    }
}
