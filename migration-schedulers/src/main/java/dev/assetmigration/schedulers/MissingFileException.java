package dev.assetmigration.schedulers;


/**
 * A file that the source references (a script, a sub-workflow, a jar) is not in the directory or archive. Code {@code AM-SCHED-005}.
 */
public final class MissingFileException extends SchedulerSourceException {

    private static final long serialVersionUID = 1L;

    private final String missing;

    /**
     * Creates the exception.
     *
     * @param location the reference
     * @param missing the referenced path, relative to the source root
     */
    public MissingFileException(SourceLocation location, String missing) {
        super("AM-SCHED-005", location, "it references '" + missing + "', which is not in the source.",
                "Add the file to the directory or archive, or correct the path.", null);
        this.missing = missing;
    }

    /**
     * Returns the referenced path that is missing.
     *
     * @return the path, relative to the source root
     */
    public String missingPath() {
        return missing;
    }
}
