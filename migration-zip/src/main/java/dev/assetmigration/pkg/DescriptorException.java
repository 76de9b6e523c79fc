package dev.assetmigration.pkg;

import java.util.List;

/**
 * An asset descriptor (the JSON file of one asset) or one of its text files cannot be turned
 * back into an asset: not JSON, a missing or mistyped field, text that is not UTF-8, or a
 * descriptor that disagrees with the manifest. Lists every problem found in the descriptor.
 * Code {@code AM-ZIP-012}.
 */
public final class DescriptorException extends PackageException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param entryName the descriptor entry
     * @param problems every problem, each naming the JSON field
     */
    public DescriptorException(String entryName, List<String> problems) {
        super("AM-ZIP-012", entryName, "Asset descriptor '" + entryName + "' is not valid ("
                + problems.size() + " problem(s)); fix the file or export the asset again:\n"
                + bulleted(problems), null);
        this.problems = List.copyOf(problems);
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
