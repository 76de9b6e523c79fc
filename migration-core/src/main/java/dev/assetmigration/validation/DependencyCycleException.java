package dev.assetmigration.validation;

import dev.assetmigration.error.MigrationException;
import dev.assetmigration.model.AssetRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assets depend on each other in a circle, so no order exists in which each is written after what
 * it depends on. Code {@code AM-VAL-002}.
 */
public class DependencyCycleException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final List<AssetRef> cycle;

    /**
     * Creates the exception.
     *
     * @param cycle the members of one cycle, in dependency order: each depends on the next, and
     *     the last on the first
     */
    public DependencyCycleException(List<AssetRef> cycle) {
        super("AM-VAL-002", "Dependency cycle: " + cycle.stream().map(AssetRef::toString)
                .collect(Collectors.joining(" -> ")) + " -> " + cycle.get(0)
                + "; remove one of these dependencies in the source.");
        this.cycle = List.copyOf(cycle);
    }

    /**
     * Returns the members of the cycle found, each depending on the next.
     *
     * @return the cycle
     */
    public List<AssetRef> cycle() {
        return cycle;
    }
}
