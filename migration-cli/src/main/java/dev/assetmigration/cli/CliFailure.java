package dev.assetmigration.cli;

/**
 * The operation failed or was refused for a reason the tool itself found (not a library
 * exception): exit code 1 with this message on stderr.
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message);
    }
}
