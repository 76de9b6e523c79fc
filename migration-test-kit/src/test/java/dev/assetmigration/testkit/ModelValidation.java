package dev.assetmigration.testkit;

import dev.assetmigration.model.Asset;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The model's Bean Validation, for tests that prove fixtures and generated assets are valid. */
public final class ModelValidation {

    private static final Validator VALIDATOR;

    static {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        VALIDATOR = factory.getValidator();
    }

    private ModelValidation() {
    }

    /**
     * Lists the violations of one asset as {@code ref path: message}.
     *
     * @param asset the asset
     * @return the violations; empty when valid
     */
    public static List<String> violations(Asset asset) {
        return VALIDATOR.validate(asset).stream()
                .map((ConstraintViolation<Asset> v) -> asset.ref() + " " + v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .toList();
    }
}
