package dev.assetmigration.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes the tool's JSON outputs and report files. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** Returns the JSON text one generator callback writes. */
    static String write(Consumer<JsonGenerator> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
            body.accept(json);
        }
        return text.toString();
    }

    /** Writes one item of an {@code items} array: type, id, name, folder, outcome and an optional reason. */
    static void item(JsonGenerator g, String type, String id, @Nullable String name, @Nullable String folder,
            String outcome, @Nullable String reason) {
        g.writeStartObject();
        g.writeStringProperty("type", type);
        g.writeStringProperty("id", id);
        g.writeStringProperty("name", name);
        g.writeStringProperty("folder", folder);
        g.writeStringProperty("outcome", outcome);
        if (reason != null) {
            g.writeStringProperty("reason", reason);
        }
        g.writeEndObject();
    }

    /** Writes a report file, failing with exit code 1 if it cannot be written. */
    static void toFile(Path file, String json) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure("Cannot write the report to " + file + ": " + e.getMessage()
                    + "; check that the directory is writable.");
        }
    }
}
