package dev.assetmigration.error;

/**
 * An operation needs an optional workspace capability (deploy, tombstones, transactions) that the
 * workspace does not have. Code {@code AM-SPI-006}.
 */
public class UnsupportedCapabilityException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String capability;

    /**
     * Creates the exception.
     *
     * @param capability the capability's simple name
     * @param workspace the workspace, for the message
     * @param advice what the caller can do instead
     */
    public UnsupportedCapabilityException(String capability, String workspace, String advice) {
        super("AM-SPI-006", "Workspace '" + workspace + "' does not offer " + capability + "; " + advice);
        this.capability = capability;
    }

    /**
     * Returns the missing capability's name.
     *
     * @return the name
     */
    public String capability() {
        return capability;
    }
}
