package dev.assetmigration.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Assets failed validation. Validation gathers every problem first and then fails once, so the
 * exception lists them all. Code {@code AM-VAL-001}.
 */
public class ValidationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private static final int LISTED = 20;

    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the problems, at least one
     */
    public ValidationException(List<Violation> violations) {
        super("AM-VAL-001", describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        String listed = violations.stream().limit(LISTED).map(v -> "  - " + v).collect(Collectors.joining("\n"));
        String more = violations.size() > LISTED ? "\n  … and " + (violations.size() - LISTED) + " more" : "";
        return violations.size() + " asset problem(s) found; fix them in the source and try again:\n" + listed + more;
    }

    /**
     * Returns every problem found.
     *
     * @return the violations, in the order found
     */
    public List<Violation> violations() {
        return violations;
    }
}
