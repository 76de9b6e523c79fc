package dev.assetmigration.schedulers;

import dev.assetmigration.error.MigrationException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A scheduler source could not be converted. The subtypes say why; every one names the file,
 * the element and the line where the parser gives them, and nothing is converted. Codes
 * {@code AM-SCHED-001} to {@code AM-SCHED-006}.
 */
public abstract sealed class SchedulerSourceException extends MigrationException
        permits MalformedSourceException, UnknownNodeException, DependencyCycleException,
        UnsupportedVersionException, MissingFileException, SourceLimitException {

    private static final long serialVersionUID = 1L;

    private final SourceLocation location;

    /**
     * Creates the exception.
     *
     * @param code the stable error code
     * @param location where the problem is
     * @param problem what is wrong, one sentence without the location
     * @param advice what to do about it
     * @param cause the parser's exception, or {@code null}
     */
    SchedulerSourceException(String code, SourceLocation location, String problem, String advice,
            @Nullable Throwable cause) {
        super(code, Objects.requireNonNull(location, "location") + ": " + problem + " " + advice, cause);
        this.location = location;
    }

    /**
     * Returns where the problem is.
     *
     * @return the location
     */
    public SourceLocation location() {
        return location;
    }

    /**
     * Returns the file, relative to the source root.
     *
     * @return the file
     */
    public String file() {
        return location.file();
    }

    /**
     * Returns the element inside the file, if known.
     *
     * @return the element, for example {@code action[name=load]/ok}
     */
    public Optional<String> element() {
        return location.elementName();
    }

    /**
     * Returns the line, if the parser gave one.
     *
     * @return the 1-based line number
     */
    public OptionalInt line() {
        return location.lineNumber();
    }
}
