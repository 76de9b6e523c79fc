package dev.assetmigration.schedulers.internal;

import dev.assetmigration.schedulers.ConversionReport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a {@link ConversionReport} in its documented JSON shape. */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    /**
     * Writes the report.
     *
     * @param report the report
     * @return pretty-printed JSON
     */
    public static String write(ConversionReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("scheduler", report.scheduler());
        root.put("source", report.source());
        ObjectNode summary = root.putObject("summary");
        report.summary().forEach((outcome, count) -> summary.put(outcome.name(), count));
        ArrayNode items = root.putArray("items");
        for (ConversionReport.Item item : report.items()) {
            ObjectNode node = items.addObject();
            node.put("name", item.name());
            node.put("kind", item.kind());
            node.put("outcome", item.outcome().name());
            ObjectNode location = node.putObject("location");
            location.put("file", item.location().file());
            item.location().elementName().ifPresent(element -> location.put("element", element));
            item.location().lineNumber().ifPresent(line -> location.put("line", line));
            item.assetRef().ifPresent(ref -> node.put("asset", ref.toString()));
            ArrayNode notes = node.putArray("notes");
            item.notes().forEach(notes::add);
        }
        return MAPPER.writeValueAsString(root);
    }
}
