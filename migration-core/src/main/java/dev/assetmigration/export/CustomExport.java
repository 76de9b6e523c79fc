package dev.assetmigration.export;

/**
 * A custom export: the assets that any of the selectors match, optionally with their dependency
 * closure. Without {@link #withDependencies}, references to unselected assets are recorded in the
 * package as external stubs (type, id, name, folder), so an importer can resolve them in the
 * target by name.
 */
public interface CustomExport extends ExportOptions<CustomExport> {

    /**
     * Adds selectors; an asset is selected if any selector matches it.
     *
     * @param selectors the selectors
     * @return the new stage
     */
    CustomExport select(Selector... selectors);

    /**
     * Pulls in the dependency closure without a depth limit: tasks in the given direction, and
     * every resource, function, data source, table and component the exported assets reference.
     *
     * @param mode which task edges to follow
     * @return the new stage
     */
    CustomExport withDependencies(DependencyMode mode);

    /**
     * Pulls in the dependency closure, following task edges at most {@code depth} steps from the
     * selection. Referenced resources, functions, data sources, tables and components are always
     * pulled in, whatever the depth.
     *
     * @param mode which task edges to follow
     * @param depth the maximum number of task-to-task steps, at least 1
     * @return the new stage
     */
    CustomExport withDependencies(DependencyMode mode, int depth);
}
