package dev.assetmigration.export;

/** An incremental export: assets modified after a point in time, and deletions if recorded. */
public interface IncrementalExport extends ExportOptions<IncrementalExport> {
}
