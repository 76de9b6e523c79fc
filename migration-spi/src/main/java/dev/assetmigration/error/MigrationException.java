package dev.assetmigration.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception Asset Migration throws. Unchecked: the fluent API never leaks
 * {@link java.io.IOException} or other checked exceptions.
 *
 * <p>Each exception has a stable {@linkplain #code() error code} (for example
 * {@code AM-ZIP-004}) that scripts can match on, and a message that says what happened, to
 * which asset or package entry, and what to do about it. Subtypes carry the same facts as
 * structured fields. The codes are listed in {@code docs/errors.md}.
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * Creates an exception.
     *
     * @param code the stable error code
     * @param message what happened and what to do
     */
    public MigrationException(String code, String message) {
        this(code, message, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param code the stable error code
     * @param message what happened and what to do
     * @param cause the underlying failure, or {@code null}
     */
    public MigrationException(String code, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the stable error code.
     *
     * @return the code, for example {@code AM-SPI-001}
     */
    public String code() {
        return code;
    }

    /** Returns {@code [code] message}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " [" + code + "] " + getMessage();
    }
}
