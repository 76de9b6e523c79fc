package dev.assetmigration.imports;

import java.io.StringWriter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What an import did (or, for a dry run, would do), per asset.
 *
 * <p>{@link #toJson()} gives the documented machine form:
 * <pre>{@code
 * {"packageId": "…", "dryRun": false, "elapsedMillis": 42,
 *  "counts": {"CREATED": 3, "SKIPPED": 1},
 *  "items": [{"type": "AUTO_TRIGGERED_TASK", "sourceId": "t1", "name": "load", "folder": "sales",
 *             "action": "CREATE", "outcome": "CREATED", "targetId": "t1",
 *             "mappings": [], "warnings": [], "error": null}],
 *  "warnings": []}
 * }</pre>
 *
 * @param packageId the imported package's id
 * @param dryRun {@code true} if nothing was written
 * @param items one entry per asset, tombstone and unsupported asset, in write order
 * @param warnings problems that did not stop the import
 * @param elapsed how long it took
 */
public record ImportReport(String packageId, boolean dryRun, List<ImportItem> items, List<String> warnings,
        Duration elapsed) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Copies the lists. */
    public ImportReport {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /**
     * Counts the items per outcome.
     *
     * @return outcome to count, in outcome order
     */
    public Map<Outcome, Long> counts() {
        return items.stream().collect(Collectors.groupingBy(ImportItem::outcome,
                () -> new EnumMap<>(Outcome.class), Collectors.counting()));
    }

    /**
     * Returns the items with an outcome.
     *
     * @param outcome the outcome
     * @return those items, in write order
     */
    public List<ImportItem> itemsWith(Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).toList();
    }

    /**
     * Serialises the report in its documented JSON shape.
     *
     * @return the JSON text
     */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
            json.writeStartObject();
            json.writeStringProperty("packageId", packageId);
            json.writeBooleanProperty("dryRun", dryRun);
            json.writeNumberProperty("elapsedMillis", elapsed.toMillis());
            json.writeObjectPropertyStart("counts");
            for (Map.Entry<Outcome, Long> count : counts().entrySet()) {
                json.writeNumberProperty(count.getKey().name(), count.getValue());
            }
            json.writeEndObject();
            json.writeArrayPropertyStart("items");
            for (ImportItem item : items) {
                json.writeStartObject();
                json.writeStringProperty("type", item.source().type().name());
                json.writeStringProperty("sourceId", item.source().id());
                json.writeStringProperty("name", item.name());
                json.writeStringProperty("folder", item.folder());
                json.writeStringProperty("action", item.action().name());
                json.writeStringProperty("outcome", item.outcome().name());
                json.writeStringProperty("targetId", item.target() == null ? null : item.target().id());
                writeStrings(json, "mappings", item.mappings());
                writeStrings(json, "warnings", item.warnings());
                json.writeStringProperty("error", item.error());
                json.writeEndObject();
            }
            json.writeEndArray();
            writeStrings(json, "warnings", warnings);
            json.writeEndObject();
        }
        return text.toString();
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Returns a summary table a person can read. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(dryRun ? "Dry run of import of package " : "Import of package ").append(packageId)
                .append(" (").append(elapsed.toMillis()).append(" ms): ").append(counts()).append('\n');
        out.append(String.format("  %-12s %-24s %-40s %s%n", "OUTCOME", "TYPE", "NAME", "TARGET ID"));
        for (ImportItem item : items) {
            out.append(String.format("  %-12s %-24s %-40s %s%n", item.outcome(), item.source().type(),
                    item.folder().isEmpty() ? item.name() : item.folder() + "/" + item.name(),
                    item.target() == null ? "-" : item.target().id()));
            item.mappings().forEach(m -> out.append("      mapped: ").append(m).append('\n'));
            item.warnings().forEach(w -> out.append("      warning: ").append(w).append('\n'));
            if (item.error() != null) {
                out.append("      error: ").append(item.error()).append('\n');
            }
        }
        warnings.forEach(w -> out.append("  WARNING ").append(w).append('\n'));
        return out.toString();
    }
}
