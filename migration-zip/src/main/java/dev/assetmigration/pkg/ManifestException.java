package dev.assetmigration.pkg;

import java.util.List;

/**
 * {@code manifest.json} is missing, not JSON, or does not have the required shape. The manifest
 * check gathers every problem it finds before it fails, so {@link #problems()} lists them all.
 * Code {@code AM-ZIP-008}.
 */
public final class ManifestException extends PackageException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem, each naming the JSON location, for example
     *     {@code assets[3].type: unknown asset type 'NOTEBOOK'}
     */
    public ManifestException(List<String> problems) {
        super("AM-ZIP-008", AssetLayout.MANIFEST, describe(problems), null);
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<String> problems) {
        return "Package entry '" + AssetLayout.MANIFEST + "' is not a valid manifest (" + problems.size()
                + " problem(s)); the package was not written by Asset Migration or was damaged, export it again:\n"
                + bulleted(problems);
    }

    /**
     * Returns every problem found.
     *
     * @return the problems, in the order found
     */
    public List<String> problems() {
        return problems;
    }
}
