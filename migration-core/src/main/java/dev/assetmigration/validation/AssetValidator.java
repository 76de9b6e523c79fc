package dev.assetmigration.validation;

import dev.assetmigration.error.ValidationException;
import dev.assetmigration.error.Violation;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates assets against the Bean Validation constraints of the model (names, required fields,
 * sizes, cron syntax…) with Hibernate Validator.
 *
 * <p>Thread-safe; {@link #standard()} returns a shared instance. Messages are interpolated
 * without Jakarta EL ({@link ParameterMessageInterpolator}), so no expression language is needed
 * on the class path.
 *
 * <pre>{@code
 * List<Violation> problems = AssetValidator.standard().validate(asset);
 * AssetValidator.standard().requireValid(assets);   // throws ValidationException listing all
 * }</pre>
 */
public final class AssetValidator {

    private static final class Holder {
        static final AssetValidator STANDARD = new AssetValidator();
    }

    private final Validator validator;

    private AssetValidator() {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Returns the shared validator.
     *
     * @return the validator
     */
    public static AssetValidator standard() {
        return Holder.STANDARD;
    }

    /**
     * Validates one asset.
     *
     * @param asset the asset
     * @return every constraint violation, sorted by property path; empty when valid
     */
    public List<Violation> validate(Asset asset) {
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Asset> violation : validator.validate(asset)) {
            found.add(new Violation(refOf(asset), violation.getPropertyPath().toString(), violation.getMessage()));
        }
        found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return found;
    }

    /** The asset's reference, even when its id is blank (which is itself a violation). */
    private static AssetRef refOf(Asset asset) {
        return asset.id().isBlank() ? new AssetRef(asset.type(), "<blank id>") : asset.ref();
    }

    /**
     * Validates assets and fails once with every problem found.
     *
     * @param assets the assets
     * @throws ValidationException if any asset has a violation; it lists all of them
     */
    public void requireValid(Iterable<? extends Asset> assets) {
        List<Violation> found = new ArrayList<>();
        for (Asset asset : assets) {
            found.addAll(validate(asset));
        }
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
