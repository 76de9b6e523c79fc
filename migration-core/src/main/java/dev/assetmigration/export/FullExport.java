package dev.assetmigration.export;

/** A full export: every asset of the selected types. */
public interface FullExport extends ExportOptions<FullExport> {
}
