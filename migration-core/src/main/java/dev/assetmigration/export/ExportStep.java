package dev.assetmigration.export;

/**
 * The first stage of an export: choose exactly one method.
 *
 * <pre>{@code
 * Migration.export(source).full().toPackage(path);
 * Migration.export(source).incremental().since(lastRun).toPackage(path);
 * Migration.export(source).custom().select(Selector.folder("sales")).withDependencies(DependencyMode.UPSTREAM).plan();
 * }</pre>
 */
public interface ExportStep {

    /**
     * Exports every asset of the selected types (by default, every type the source supports).
     *
     * @return the full-export stage
     */
    FullExport full();

    /**
     * Exports the assets modified after a point in time, plus deletions where the source records
     * them.
     *
     * @return the stage that asks for the point in time
     */
    IncrementalStep incremental();

    /**
     * Exports an explicit selection, optionally with its dependency closure.
     *
     * @return the custom-export stage
     */
    CustomExport custom();
}
