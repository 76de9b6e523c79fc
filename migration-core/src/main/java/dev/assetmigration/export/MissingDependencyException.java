package dev.assetmigration.export;

import dev.assetmigration.error.MigrationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A strict export found assets that refer to things the source does not have. Code
 * {@code AM-EXP-002}.
 */
public class MissingDependencyException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final List<MissingDependency> missing;

    /**
     * Creates the exception.
     *
     * @param missing every dangling reference found
     */
    public MissingDependencyException(List<MissingDependency> missing) {
        super("AM-EXP-002", missing.size() + " reference(s) point to assets the source does not have: "
                + missing.stream().limit(20).map(MissingDependency::toString).collect(Collectors.joining(", "))
                + "; fix the references in the source, or export without strict() to have them reported instead.");
        this.missing = List.copyOf(missing);
    }

    /**
     * Returns every dangling reference found.
     *
     * @return the missing dependencies
     */
    public List<MissingDependency> missing() {
        return missing;
    }
}
