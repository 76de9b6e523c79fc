package dev.assetmigration.imports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import would do, per asset, in the order it would write them.
 *
 * @param packageId the package's id
 * @param items one entry per asset, tombstone and unsupported asset, in write order
 * @param warnings problems that do not stop the import, such as a mapping for a data source
 *     the package does not have
 */
public record ImportPlan(String packageId, List<ImportItem> items, List<String> warnings) {

    /** Copies the lists. */
    public ImportPlan {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns the items the conflict policy FAIL refuses.
     *
     * @return the conflicts, empty when the import can run
     */
    public List<ImportItem> conflicts() {
        return items.stream().filter(i -> i.action() == Action.CONFLICT).toList();
    }

    /**
     * Counts the items per action.
     *
     * @return action to count
     */
    public Map<Action, Long> counts() {
        return items.stream().collect(Collectors.groupingBy(ImportItem::action,
                () -> new java.util.EnumMap<>(Action.class), Collectors.counting()));
    }

    /** Returns one line per item. */
    @Override
    public String toString() {
        return "Import plan for package " + packageId + " " + counts() + "\n"
                + items.stream().map(i -> String.format("  %-11s %-36s %s%n", i.action(), i.source(),
                        i.folder().isEmpty() ? i.name() : i.folder() + "/" + i.name())).collect(Collectors.joining())
                + warnings.stream().map(w -> "  WARNING " + w + "\n").collect(Collectors.joining());
    }

}
