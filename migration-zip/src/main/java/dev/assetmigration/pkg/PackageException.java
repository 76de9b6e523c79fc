package dev.assetmigration.pkg;

import dev.assetmigration.error.MigrationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The root of every failure of the package format: writing, opening, reading, verifying or
 * signing a migration package. Each subtype is one failure family with its own stable code
 * ({@code AM-ZIP-001} … {@code AM-ZIP-013}) and names the package entry concerned where there
 * is one.
 */
public class PackageException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String entryName;

    /**
     * Creates an exception.
     *
     * @param code the stable error code
     * @param entryName the entry concerned, or {@code null} for the package as a whole
     * @param message what happened, to which entry, and what to do
     * @param cause the underlying failure, or {@code null}
     */
    protected PackageException(String code, @Nullable String entryName, String message, @Nullable Throwable cause) {
        super(code, message, cause);
        this.entryName = entryName;
    }

    /** How many items a message lists before it says "and n more". */
    static final int LISTED = 20;

    static String listed(List<?> items) {
        String shown = items.stream().limit(LISTED).map(item -> "'" + item + "'").collect(Collectors.joining(", "));
        return items.size() > LISTED ? shown + " and " + (items.size() - LISTED) + " more" : shown;
    }

    static String bulleted(List<String> problems) {
        String shown = problems.stream().limit(LISTED).map(p -> "  - " + p).collect(Collectors.joining("\n"));
        return problems.size() > LISTED ? shown + "\n  … and " + (problems.size() - LISTED) + " more" : shown;
    }

    /**
     * Returns the entry (path inside the zip) the failure concerns.
     *
     * @return the entry name, or empty when the failure concerns the whole package
     */
    public Optional<String> entryName() {
        return Optional.ofNullable(entryName);
    }
}
