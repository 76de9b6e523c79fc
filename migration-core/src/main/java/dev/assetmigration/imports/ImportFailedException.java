package dev.assetmigration.imports;

import dev.assetmigration.model.AssetRef;
import java.util.List;

/**
 * A write failed part-way through an import; every write the import had made was undone before
 * this was thrown. The report shows what was rolled back. Code {@code AM-IMP-002}.
 */
public class ImportFailedException extends dev.assetmigration.error.MigrationException {

    private static final long serialVersionUID = 1L;

    private final AssetRef asset;
    private final transient ImportReport report;
    private final List<String> notRestored;

    /**
     * Creates the exception.
     *
     * @param asset the package asset whose write failed
     * @param report the report, with the failed item and the rolled-back ones
     * @param notRestored what the rollback could not restore, with why; empty when the target is
     *     as it was before the import
     * @param cause why the write failed
     */
    public ImportFailedException(AssetRef asset, ImportReport report, List<String> notRestored, Throwable cause) {
        super("AM-IMP-002", "Import of package " + report.packageId() + " failed writing " + asset + ": "
                + cause.getMessage() + "; " + report.itemsWith(Outcome.ROLLED_BACK).size() + " earlier write(s) were "
                + (notRestored.isEmpty() ? "rolled back and the target is as it was. Fix the cause and import again."
                        : "rolled back, but the rollback could not restore " + notRestored
                                + ": check these assets in the target before importing again."),
                cause);
        this.asset = asset;
        this.report = report;
        this.notRestored = List.copyOf(notRestored);
    }

    /**
     * Returns what the rollback could not restore.
     *
     * @return descriptions of the assets left changed; empty when the target is as it was
     */
    public List<String> notRestored() {
        return notRestored;
    }

    /**
     * Returns the asset whose write failed.
     *
     * @return its reference in the package
     */
    public AssetRef assetRef() {
        return asset;
    }

    /**
     * Returns the report of the failed import.
     *
     * @return the report
     */
    public ImportReport report() {
        return report;
    }
}
