package dev.assetmigration.pkg;

import dev.assetmigration.model.AssetRef;
import java.util.List;
import java.util.Objects;

/**
 * Assets depend on assets that are neither in the package nor listed as external, unsupported
 * or deleted. Importing such a package would leave broken references in the target. Code
 * {@code AM-ZIP-010}.
 */
public final class DanglingReferenceException extends PackageException {

    private static final long serialVersionUID = 1L;

    /**
     * One unresolved dependency.
     *
     * @param from the asset that has the dependency
     * @param to the reference nothing in the package resolves
     */
    public record Dangling(AssetRef from, AssetRef to) {
        /**
         * Creates the pair.
         *
         * @throws NullPointerException if an argument is null
         */
        public Dangling {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** Returns {@code from -> to}. */
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    private final List<Dangling> references;

    /**
     * Creates the exception.
     *
     * @param references every unresolved dependency, at least one
     */
    public DanglingReferenceException(List<Dangling> references) {
        super("AM-ZIP-010", AssetLayout.MANIFEST, references.size() + " dependenc"
                + (references.size() == 1 ? "y points" : "ies point")
                + " to assets that are neither in the package nor listed as external: " + listed(references)
                + ". Export again with the dependency closure, or list the missing assets as external.", null);
        this.references = List.copyOf(references);
    }

    /**
     * Returns every unresolved dependency.
     *
     * @return the references, in manifest order
     */
    public List<Dangling> references() {
        return references;
    }
}
