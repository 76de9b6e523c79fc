package dev.assetmigration.schedulers;

import java.util.Collection;
/**
 * A source declares a schema or format version this reader does not know. Code {@code AM-SCHED-004}.
 */
public final class UnsupportedVersionException extends SchedulerSourceException {

    private static final long serialVersionUID = 1L;

    private final String version;

    /**
     * Creates the exception.
     *
     * @param location where the version is declared
     * @param version the version found
     * @param known the versions this reader understands
     */
    public UnsupportedVersionException(SourceLocation location, String version, Collection<String> known) {
        super("AM-SCHED-004", location, "version '" + version + "' is not supported.",
                "Supported versions are " + known + "; convert the file to one of them.", null);
        this.version = version;
    }

    /**
     * Returns the version found.
     *
     * @return the version
     */
    public String version() {
        return version;
    }
}
