package dev.assetmigration.pkg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A package format version, {@code major.minor}. Minor versions only add optional fields, so a
 * reader reads every minor version of its major; a new major version changes the layout and is
 * rejected by older readers.
 *
 * @param major the major version, zero or more
 * @param minor the minor version, zero or more
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    /** The version this library writes: {@code 1.0}. */
    public static final FormatVersion CURRENT = new FormatVersion(1, 0);

    private static final Pattern TEXT = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    /**
     * Creates a version.
     *
     * @throws IllegalArgumentException if a part is negative
     */
    public FormatVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("format version parts must not be negative: " + major + "." + minor);
        }
    }

    /**
     * Reads {@code "major.minor"}.
     *
     * @param text for example {@code "1.0"}
     * @return the version
     * @throws IllegalArgumentException if the text is not two dot-separated decimal numbers
     */
    public static FormatVersion parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("format version '" + text + "' is not of the form MAJOR.MINOR, for example 1.0");
        }
        return new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Orders by major, then minor. */
    @Override
    public int compareTo(FormatVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    /** Returns {@code major.minor}. */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
