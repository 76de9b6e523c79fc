package dev.assetmigration.schedulers.internal;

import dev.assetmigration.schedulers.MalformedSourceException;
import dev.assetmigration.schedulers.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Reads Java properties text ({@code job.properties}, Azkaban {@code .job} and {@code .properties}). */
final class PropertiesText {

    private PropertiesText() {
    }

    /**
     * Parses properties text.
     *
     * @param text the text
     * @param file the file, for errors
     * @return the properties, keys trimmed, in file order
     * @throws MalformedSourceException if the text has a malformed escape
     */
    static Map<String, String> parse(String text, String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedSourceException(SourceLocation.ofFile(file), "the properties text is malformed: "
                    + e.getMessage(), e);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                .map(l -> l.split("[=:\\s]", 2)[0].strip()).filter(properties::containsKey)
                .forEach(k -> ordered.put(k, properties.getProperty(k).strip()));
        properties.stringPropertyNames().stream().sorted().forEach(k -> ordered.putIfAbsent(k, properties.getProperty(k).strip()));
        return ordered;
    }

    /**
     * Finds the line on which a key is defined.
     *
     * @param text the properties text
     * @param key the key
     * @return the 1-based line, or 0 if not found
     */
    static int lineOf(String text, String key) {
        int line = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            String stripped = l.strip();
            if (stripped.startsWith(key) && stripped.substring(key.length()).matches("\\s*[=:].*|\\s+.*|")) {
                return line;
            }
        }
        return 0;
    }
}
