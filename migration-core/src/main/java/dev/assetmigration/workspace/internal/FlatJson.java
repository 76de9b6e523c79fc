package dev.assetmigration.workspace.internal;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One-line JSON objects whose values are strings: the record format of the workspace's own
 * bookkeeping files (tombstones, journal entries, lock holder, local secrets).
 */
public final class FlatJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FlatJson() {
    }

    /**
     * Writes an object on one line, properties in the map's order; null values are left out.
     *
     * @param fields the properties
     * @return the JSON text, without a line break
     */
    public static String write(Map<String, @Nullable String> fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            json.writeStartObject();
            for (Map.Entry<String, @Nullable String> field : fields.entrySet()) {
                if (field.getValue() != null) {
                    json.writeStringProperty(field.getKey(), field.getValue());
                }
            }
            json.writeEndObject();
        }
        return text.toString();
    }

    /**
     * Reads an object written by {@link #write}; other value kinds are read as their text.
     *
     * @param line the JSON text
     * @return the properties, in file order, or {@code null} if the line is not such an object
     *     (a torn last line after a crash)
     */
    public static @Nullable Map<String, String> read(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
                if (token != JsonToken.PROPERTY_NAME) {
                    return null;
                }
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (value == null || value.isStructStart()) {
                    return null;
                }
                fields.put(name, json.getText());
            }
            return json.nextToken() == null ? fields : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
