package dev.assetmigration.model.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CronSyntax")
class CronSyntaxTest {

    @ParameterizedTest(name = "accepts \"{0}\"")
    @ValueSource(strings = {
        "0 2 * * *", "*/15 * * * 1-5", "0 0 1,15 * SUN", "0 0 * JAN-MAR 7",
        "00 30 02 * * ?", "0 0/5 14,18 * * ?", "0 15 10 ? * MON-FRI", "0 15 10 L * ?",
        "0 15 10 ? * 6L", "0 15 10 ? * 6#3", "0 0 12 15W * ?", "0 0 12 * * ? 2027", "@daily", "@HOURLY"
    })
    @DisplayName("valid expressions")
    void valid(String cron) {
        assertEquals(Optional.empty(), CronSyntax.check(cron));
    }

    @ParameterizedTest(name = "rejects \"{0}\" because {1}")
    @CsvSource(delimiter = '|', value = {
        "''                  | empty",
        "0 2 * *             | 4 fields",
        "60 * * * *          | minute field",
        "0 24 * * *          | hour field",
        "0 0 0 * *           | day of month field",
        "0 0 1 13 *          | month field",
        "0 0 1 * 8           | day of week field",
        "*/0 * * * *         | step of zero",
        "0 0 ? * *           | '?'",
        "0 0 12 1 * MON      | Quartz needs '?'",
        "@sometimes          | not a known preset",
        "0 0 12 * * ? 1800   | year field",
        "a b c d e           | not a number",
    })
    @DisplayName("invalid expressions name the offending part")
    void invalid(String cron, String expectedFragment) {
        Optional<String> problem = CronSyntax.check(cron);
        assertTrue(problem.isPresent(), cron);
        assertTrue(problem.get().contains(expectedFragment.replace("4 fields", "4 fields")) || problem.get().contains(expectedFragment),
                () -> "'" + problem.get() + "' should mention " + expectedFragment);
    }
}
