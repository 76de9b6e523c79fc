package dev.assetmigration.imports;

import dev.assetmigration.model.AssetRef;

/**
 * A write failed part-way through an import; every write the import had made was undone before
 * this was thrown. The report shows what was rolled back. Code {@code AM-IMP-002}.
 */
public class ImportFailedException extends dev.assetmigration.error.MigrationException {

    private static final long serialVersionUID = 1L;

    private final AssetRef asset;
    private final transient ImportReport report;

    /**
     * Creates the exception.
     *
     * @param asset the package asset whose write failed
     * @param report the report, with the failed item and the rolled-back ones
     * @param cause why the write failed
     */
    public ImportFailedException(AssetRef asset, ImportReport report, Throwable cause) {
        super("AM-IMP-002", "Import of package " + report.packageId() + " failed writing " + asset + ": "
                + cause.getMessage() + "; " + report.itemsWith(Outcome.ROLLED_BACK).size()
                + " earlier write(s) were rolled back and the target is as it was. Fix the cause and import again.",
                cause);
        this.asset = asset;
        this.report = report;
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
