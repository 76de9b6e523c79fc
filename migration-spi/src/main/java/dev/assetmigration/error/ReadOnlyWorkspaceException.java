package dev.assetmigration.error;

/**
 * A write was attempted on a read-only workspace (for example a scheduler reader).
 * Code {@code AM-SPI-004}.
 */
public class ReadOnlyWorkspaceException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param workspace the workspace, for the message
     */
    public ReadOnlyWorkspaceException(String workspace) {
        super("AM-SPI-004", "Workspace '" + workspace + "' is read-only; import into a writable workspace"
                + " (for example a directory workspace) instead.");
    }
}
