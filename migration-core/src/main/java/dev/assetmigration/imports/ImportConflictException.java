package dev.assetmigration.imports;

import dev.assetmigration.error.MigrationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The conflict policy is FAIL and the target already has assets of the same type, folder and
 * name; nothing was written. Code {@code AM-IMP-001}.
 */
public class ImportConflictException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportItem> conflicts;

    /**
     * Creates the exception.
     *
     * @param conflicts the conflicting items of the plan
     */
    public ImportConflictException(List<ImportItem> conflicts) {
        super("AM-IMP-001", conflicts.size() + " asset(s) already exist in the target: "
                + conflicts.stream().limit(20).map(c -> c.source().type() + " '" + (c.folder().isEmpty() ? "" : c.folder() + "/")
                        + c.name() + "'").collect(Collectors.joining(", "))
                + "; nothing was written. Choose onConflict(SKIP, OVERWRITE or RENAME) to proceed.");
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * Returns the conflicting items.
     *
     * @return the conflicts
     */
    public List<ImportItem> conflicts() {
        return conflicts;
    }
}
