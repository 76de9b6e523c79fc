package dev.assetmigration.pkg;

/**
 * The package uses a format version this reader cannot read: another major version, or an older
 * one for which no upgrade step exists. Code {@code AM-ZIP-009}.
 */
public final class UnsupportedFormatVersionException extends PackageException {

    private static final long serialVersionUID = 1L;

    private final String found;
    private final String supported;

    /**
     * Creates the exception.
     *
     * @param found the version the package declares
     * @param supported the version this reader writes (it reads every minor version of that major)
     */
    public UnsupportedFormatVersionException(String found, String supported) {
        super("AM-ZIP-009", AssetLayout.MANIFEST, "The package has format version " + found
                + " but this reader supports format version " + supported + " (and any "
                + supported.substring(0, supported.indexOf('.')) + ".x). Open it with a version of Asset Migration"
                + " that reads format " + found + ", or export it again with this one.", null);
        this.found = found;
        this.supported = supported;
    }

    /**
     * Returns the version the package declares.
     *
     * @return for example {@code "2.0"}
     */
    public String found() {
        return found;
    }

    /**
     * Returns the version this reader writes.
     *
     * @return for example {@code "1.0"}
     */
    public String supported() {
        return supported;
    }
}
