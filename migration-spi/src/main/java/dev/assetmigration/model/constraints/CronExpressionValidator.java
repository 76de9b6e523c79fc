package dev.assetmigration.model.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link CronExpression} with {@link CronSyntax}; reports the exact problem found. */
public final class CronExpressionValidator implements ConstraintValidator<CronExpression, String> {

    /** Creates the validator; Bean Validation instantiates it. */
    public CronExpressionValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = CronSyntax.check(value);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The problem text contains user input: escape it so it is not read as a template.
        String escaped = problem.get().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
                .replace("$", "\\$");
        context.buildConstraintViolationWithTemplate("is not a valid cron expression: " + escaped)
                .addConstraintViolation();
        return false;
    }
}
