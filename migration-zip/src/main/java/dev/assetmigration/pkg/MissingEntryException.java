package dev.assetmigration.pkg;

import java.util.List;

/**
 * Entries the manifest lists are absent from the zip. Code {@code AM-ZIP-003}.
 */
public final class MissingEntryException extends PackageException {

    private static final long serialVersionUID = 1L;

    private final List<String> entryNames;

    /**
     * Creates the exception.
     *
     * @param entryNames every missing entry, at least one
     */
    public MissingEntryException(List<String> entryNames) {
        super("AM-ZIP-003", entryNames.get(0), entryNames.size() + " entr" + (entryNames.size() == 1 ? "y" : "ies")
                + " listed in manifest.json " + (entryNames.size() == 1 ? "is" : "are") + " missing from the package: "
                + listed(entryNames)
                + ". The package is incomplete; export it again.", null);
        this.entryNames = List.copyOf(entryNames);
    }

    /**
     * Returns every missing entry.
     *
     * @return the names, in manifest order
     */
    public List<String> entryNames() {
        return entryNames;
    }
}
