package dev.assetmigration.schedulers;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Where something was found in a scheduler source: the file (relative to the source root), the
 * element inside it, and the line when the parser gives one.
 *
 * @param file the file, relative to the directory or archive that was read, with {@code /}
 *     separators; for a single-file source its file name
 * @param element the element inside the file, for example {@code action[name=load]/ok} or
 *     {@code nodes[name=clean]}, or {@code null} when the whole file is meant
 * @param line the 1-based line number, or {@code 0} when unknown
 */
public record SourceLocation(String file, @Nullable String element, int line) {

    /**
     * Creates a location.
     *
     * @throws NullPointerException if {@code file} is null
     * @throws IllegalArgumentException if {@code line} is negative
     */
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /**
     * A location naming a whole file.
     *
     * @param file the file
     * @return the location
     */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, null, 0);
    }

    /**
     * Returns the element, if one is named.
     *
     * @return the element
     */
    public Optional<String> elementName() {
        return Optional.ofNullable(element);
    }

    /**
     * Returns the line, if known.
     *
     * @return the 1-based line number
     */
    public OptionalInt lineNumber() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** Returns {@code file[, element][, line N]}. */
    @Override
    public String toString() {
        return file + (element != null ? ", element " + element : "") + (line > 0 ? ", line " + line : "");
    }
}
