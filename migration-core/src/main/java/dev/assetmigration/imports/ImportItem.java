package dev.assetmigration.imports;

import dev.assetmigration.model.AssetRef;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One asset of an import: what was planned for it, or what happened to it.
 *
 * @param source the asset's reference in the package (for a tombstone, the deleted source asset)
 * @param name the asset's name in the target (differs from the package's when renamed)
 * @param folder its folder in the target
 * @param action what the plan decided
 * @param outcome what happened; for plans and dry runs, what would happen
 * @param target the asset's reference in the target, when it has one
 * @param mappings the mappings applied to it, for example {@code dataSource prod_mysql -> test_mysql}
 * @param warnings things worth a look
 * @param error why it failed, for {@link Outcome#FAILED}
 */
public record ImportItem(
        AssetRef source,
        String name,
        String folder,
        Action action,
        Outcome outcome,
        @Nullable AssetRef target,
        List<String> mappings,
        List<String> warnings,
        @Nullable String error) {

    /** Copies the lists. */
    public ImportItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        mappings = List.copyOf(mappings);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns a copy with another outcome, target and error.
     *
     * @param newOutcome the outcome
     * @param newTarget the target reference
     * @param newError the error, or {@code null}
     * @return the copy
     */
    public ImportItem with(Outcome newOutcome, @Nullable AssetRef newTarget, @Nullable String newError) {
        return new ImportItem(source, name, folder, action, newOutcome, newTarget, mappings, warnings, newError);
    }
}
