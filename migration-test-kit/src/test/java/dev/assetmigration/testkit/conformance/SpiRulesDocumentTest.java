package dev.assetmigration.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/spi-rules.md and the kits' display names")
class SpiRulesDocumentTest {

    private static final Pattern HEADING = Pattern.compile("^### (R\\d+\\.\\d+) (.+)$", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^(R\\d+\\.\\d+) (.+)$");

    private static Map<String, String> documented() throws IOException {
        Path doc = Path.of("..", "docs", "spi-rules.md");
        assertTrue(Files.isRegularFile(doc), "run from the module directory: " + doc.toAbsolutePath());
        Map<String, String> rules = new TreeMap<>();
        Matcher m = HEADING.matcher(Files.readString(doc, StandardCharsets.UTF_8));
        while (m.find()) {
            assertEquals(null, rules.put(m.group(1), m.group(2)), "rule " + m.group(1) + " is documented twice");
        }
        return rules;
    }

    private static void collect(Class<?> kit, Map<String, String> into) {
        if (kit.getSuperclass() != Object.class) {
            collect(kit.getSuperclass(), into);
        }
        for (Class<?> group : kit.getDeclaredClasses()) {
            for (Method method : group.getDeclaredMethods()) {
                DisplayName name = method.getAnnotation(DisplayName.class);
                if (name == null) {
                    continue;
                }
                Matcher m = RULE.matcher(name.value());
                assertTrue(m.matches(), "display name without a rule number: " + name.value());
                String previous = into.put(m.group(1), m.group(2));
                assertTrue(previous == null || previous.equals(m.group(2)),
                        m.group(1) + " is named differently in two places: '" + previous + "' and '" + m.group(2) + "'");
            }
        }
    }

    @Test
    @DisplayName("every documented rule is one test of a kit, with the heading as its display name, and vice versa")
    void documentAndKitsAgree() throws IOException {
        Map<String, String> tested = new TreeMap<>();
        collect(WorkspaceConformanceKit.class, tested);
        collect(ReadOnlyWorkspaceConformanceKit.class, tested);
        assertEquals(documented(), tested);
    }
}
