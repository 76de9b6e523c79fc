package dev.assetmigration.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/errors.md} in step with the error codes the code base throws. */
@DisplayName("docs/errors.md")
class ErrorCatalogueTest {

    private static final Pattern CODE = Pattern.compile("\"(AM-[A-Z]+-\\d{3})\"");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(AM-[A-Z]+-\\d{3})`", Pattern.MULTILINE);

    @Test
    @DisplayName("lists exactly the error codes that the main code of every module uses")
    void everyCodeDocumented() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path doc = root.resolve("docs/errors.md");
        assumeTrue(Files.exists(doc), "runs inside the repository");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .forEach(p -> collect(CODE, read(p), used));
        }
        Set<String> documented = new TreeSet<>();
        collect(DOCUMENTED, read(doc), documented);
        assertEquals(used, documented, "docs/errors.md must list every code in use, and only those");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
