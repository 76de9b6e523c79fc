package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.schedulers.ConversionOptions;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import dev.assetmigration.schedulers.MalformedSourceException;
import dev.assetmigration.schedulers.MissingFileException;
import dev.assetmigration.schedulers.SourceLocation;
import dev.assetmigration.schedulers.UnknownNodeException;
import dev.assetmigration.schedulers.UnsupportedVersionException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts Airflow DAGs from the serialized-DAG JSON Airflow stores (format versions 1, 2 and 3,
 * covering Airflow 2.x and 3.x) and from the REST API's DAG-details and tasks responses.
 */
public final class AirflowReader {

    /** Serialized-DAG format versions this reader understands. */
    static final List<String> VERSIONS = List.of("1", "2", "3");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Operator fields and the value Airflow's schema gives them when they are omitted. */
    private static final Map<String, JsonNode> FIELD_DEFAULTS;
    /** The defaulted fields kept in extensions, in this order. */
    private static final List<String> KEPT_FIELDS =
            List.of("trigger_rule", "pool", "queue", "retry_delay", "depends_on_past", "priority_weight");

    static {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        defaults.put("owner", f.stringNode("airflow"));
        defaults.put("trigger_rule", f.stringNode("all_success"));
        defaults.put("retries", f.numberNode(0));
        defaults.put("queue", f.stringNode("default"));
        defaults.put("pool", f.stringNode("default_pool"));
        defaults.put("retry_delay", f.numberNode(300.0));
        defaults.put("depends_on_past", f.booleanNode(false));
        defaults.put("priority_weight", f.numberNode(1));
        defaults.put("template_fields", f.arrayNode());
        defaults.put("downstream_task_ids", f.arrayNode());
        FIELD_DEFAULTS = Map.copyOf(defaults);
    }

    /** SQL operators whose class name does not say so; any other operator templating {@code sql} is SQL too. */
    private static final Set<String> SQL_OPERATORS = Set.of("SQLExecuteQueryOperator", "PostgresOperator",
            "OracleOperator", "SqliteOperator", "SnowflakeOperator", "TrinoOperator", "JdbcOperator", "VerticaOperator",
            "PrestoOperator", "ExasolOperator", "ClickHouseOperator");
    private static final Set<String> SQL_CODE_FIELDS = Set.of("sql", "hql", "query", "bash_command", "command");

    private final Assembler out;
    private final SourceTree tree;
    private final ConversionOptions options;

    private AirflowReader(SourceTree tree, ConversionOptions options) {
        this.tree = tree;
        this.options = options;
        this.out = new Assembler("airflow", tree, options);
    }

    /**
     * Reads Airflow DAG JSON.
     *
     * @param path a JSON file or a directory of them
     * @param options limits and defaults
     * @return the conversion
     */
    public static Conversion read(Path path, ConversionOptions options) {
        SourceTree tree = SourceTree.open(path, options);
        AirflowReader reader = new AirflowReader(tree, options);
        List<String> files = tree.files().stream().filter(f -> f.endsWith(".json")).toList();
        if (files.isEmpty()) {
            throw new MissingFileException(SourceLocation.ofFile(tree.display()), "*.json");
        }
        for (String file : files) {
            if (file.endsWith(".tasks.json")) {
                String details = file.substring(0, file.length() - ".tasks.json".length()) + ".details.json";
                if (!tree.exists(details)) {
                    throw new MissingFileException(SourceLocation.ofFile(file), details);
                }
                continue;
            }
            reader.file(file);
        }
        return reader.out.finish(Assembler.info("airflow", Names.clean(tree.name())));
    }

    private void file(String file) {
        String text = tree.readText(file, SourceLocation.ofFile(file));
        JsonNode root = json(text, file);
        if (root.has("data") && root.path("data").has("__version")) {
            root = root.path("data");
        }
        if (root.has("__version") || root.has("dag")) {
            serialized(root, file, text);
        } else if (file.endsWith(".details.json")) {
            String tasksFile = file.substring(0, file.length() - ".details.json".length()) + ".tasks.json";
            String tasksText = tree.readText(tasksFile, new SourceLocation(file, "(paired tasks response)", 0));
            rest(root, json(tasksText, tasksFile), file, tasksFile, text, tasksText);
        } else if (root.has("details") && root.has("tasks")) {
            rest(root.path("details"), root.path("tasks"), file, file, text, text);
        } else if (root.has("dag_id")) {
            throw new MalformedSourceException(SourceLocation.ofFile(file), "this looks like a REST DAG-details response"
                    + " without its tasks; save the tasks response as <name>.tasks.json next to <name>.details.json,"
                    + " or wrap both as {\"details\": …, \"tasks\": …}", null);
        } else {
            throw new MalformedSourceException(SourceLocation.ofFile(file), "the JSON is neither a serialized DAG"
                    + " (with __version and dag) nor a REST API DAG-details + tasks response", null);
        }
    }

    private static JsonNode json(String text, String file) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new MalformedSourceException(SourceLocation.ofFile(file), "the JSON document is not an object",
                        null);
            }
            return node;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new MalformedSourceException(new SourceLocation(file, null, line), "the JSON is malformed: "
                    + e.getOriginalMessage(), e);
        }
    }

    // ---------------------------------------------------------------- serialized DAG

    /** One task, read from either shape, with its effective field values. */
    private record TaskIn(String taskId, String type, String module, ObjectNode fields, List<String> downstream,
            SourceLocation location) {
        JsonNode field(String name) {
            JsonNode value = fields.get(name);
            return value == null || value.isNull() ? FIELD_DEFAULTS.getOrDefault(name, JsonNodeFactory.instance
                    .missingNode()) : value;
        }
    }

    private void serialized(JsonNode root, String file, String text) {
        JsonNode versionNode = root.path("__version");
        String version = versionNode.isNumber() ? String.valueOf(versionNode.asInt()) : versionNode.asString("(missing)");
        if (!VERSIONS.contains(version)) {
            throw new UnsupportedVersionException(new SourceLocation(file, "__version", lineOf(text, "\"__version\"")),
                    version, VERSIONS);
        }
        JsonNode dag = root.path("dag");
        if (!dag.isObject()) {
            throw new MalformedSourceException(new SourceLocation(file, "dag", 0), "the serialized DAG has no 'dag'"
                    + " object", null);
        }
        String dagId = first(dag, "dag_id", "_dag_id").map(JsonNode::asString).orElseThrow(() ->
                new MalformedSourceException(new SourceLocation(file, "dag", lineOf(text, "\"dag\"")),
                        "the DAG has no dag_id", null));
        List<String> notes = new ArrayList<>();
        ZoneId zone = dag.has("timezone") ? zone(dag.path("timezone"), file, "dag/timezone")
                : options.defaultTimezone();
        Instant start = epoch(dag.path("start_date"));
        Instant end = epoch(dag.path("end_date"));
        JsonNode clientDefaults = root.path("client_defaults").path("tasks");
        Map<String, String> groups = new HashMap<>();
        first(dag, "task_group", "_task_group").ifPresent(g -> groups(g, groups));
        List<TaskIn> tasks = new ArrayList<>();
        for (JsonNode raw : dag.path("tasks").values()) {
            JsonNode var = "operator".equals(raw.path("__type").asString("")) ? raw.path("__var") : raw;
            if (!var.isObject()) {
                throw new MalformedSourceException(new SourceLocation(file, "dag/tasks", 0), "a task is not an object",
                        null);
            }
            ObjectNode fields = JSON.createObjectNode();
            if (clientDefaults.isObject()) {
                fields.setAll((ObjectNode) clientDefaults);
            }
            fields.setAll((ObjectNode) var);
            JsonNode partial = var.path("partial_kwargs");
            if (partial.isObject()) {
                partial.properties().forEach(e -> {
                    if (!fields.has(e.getKey())) {
                        fields.set(e.getKey(), e.getValue());
                    }
                });
            }
            String taskId = fields.path("task_id").asString("");
            if (taskId.isBlank()) {
                throw new MalformedSourceException(new SourceLocation(file, "dag/tasks", 0), "a task has no task_id",
                        null);
            }
            String type = first(fields, "task_type", "_task_type").map(JsonNode::asString).orElse("BaseOperator");
            List<String> downstream = new ArrayList<>();
            first(fields, "downstream_task_ids", "_downstream_task_ids").ifPresent(d -> d.values()
                    .forEach(v -> downstream.add(v.asString())));
            tasks.add(new TaskIn(taskId, type, fields.path("_task_module").asString(""), fields, downstream,
                    new SourceLocation(file, "dag/tasks[task_id=" + taskId + "]", lineOf(text, "\"task_id\": \""
                            + taskId + "\""))));
        }
        Optional<Schedule> schedule = serializedSchedule(dag, version, zone, start, end, dagId, file, text, notes);
        Map<String, String> dagParams = params(dag.path("params"));
        Map<String, String> extensions = new LinkedHashMap<>();
        extensions.put("airflow.dag_id", dagId);
        extensions.put("airflow.serialization-version", version);
        dag.path("tags").values().forEach(t -> extensions.merge("airflow.tags", t.asString(), (a, b) -> a + "," + b));
        first(dag, "description", "_description").ifPresent(d -> extensions.put("airflow.description", d.asString()));
        if (dag.path("is_paused_upon_creation").asBoolean(false) && schedule.isPresent()) {
            schedule = schedule.map(s -> s.withPaused(true));
        }
        tasks(dagId, tasks, schedule.orElse(null), groups, dagParams, extensions, false, file);
    }

    private static Optional<JsonNode> first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static void groups(JsonNode group, Map<String, String> into) {
        String id = group.path("_group_id").isNull() ? null : group.path("_group_id").asString(null);
        for (Map.Entry<String, JsonNode> child : group.path("children").properties()) {
            JsonNode pair = child.getValue();
            String kind = pair.path(0).asString("");
            if ("taskgroup".equals(kind)) {
                groups(pair.path(1), into);
            } else if (id != null) {
                into.put(pair.path(1).asString(child.getKey()), id);
            }
        }
    }

    private Optional<Schedule> serializedSchedule(JsonNode dag, String version, ZoneId zone, @Nullable Instant start,
            @Nullable Instant end, String dagId, String file, String text, List<String> notes) {
        SourceLocation at;
        Optional<String> cron;
        JsonNode timetable = dag.path("timetable");
        ZoneId effectiveZone = zone;
        if (timetable.isObject()) {
            at = new SourceLocation(file, "dag/timetable", lineOf(text, "\"timetable\""));
            String type = first(timetable, "__type", "type").map(JsonNode::asString).orElse("");
            JsonNode var = first(timetable, "__var", "value").orElse(JSON.createObjectNode());
            String simple = type.substring(type.lastIndexOf('.') + 1);
            if (var.has("timezone")) {
                effectiveZone = zone(var.path("timezone"), file, "dag/timetable/timezone");
            }
            cron = timetable(simple, var, effectiveZone, start, notes);
        } else if (dag.has("schedule_interval") || "1".equals(version)) {
            at = new SourceLocation(file, "dag/schedule_interval", lineOf(text, "\"schedule_interval\""));
            JsonNode interval = dag.has("schedule_interval") ? dag.path("schedule_interval") : null;
            if (interval == null) {
                notes.add("schedule_interval omitted: Airflow 2's default, one day, applies");
                interval = JSON.createObjectNode().put("__type", "timedelta").put("__var", 86400.0);
            }
            cron = interval(interval, effectiveZone, start, notes);
        } else {
            at = new SourceLocation(file, "dag", 0);
            notes.add("no timetable: Airflow 3's default is no schedule");
            cron = Optional.empty();
        }
        return schedule(dagId, cron, effectiveZone, start, end, at, notes);
    }

    private Optional<Schedule> schedule(String dagId, Optional<String> cron, ZoneId zone, @Nullable Instant start,
            @Nullable Instant end, SourceLocation at, List<String> notes) {
        if (cron.isEmpty()) {
            boolean failed = notes.stream().anyMatch(n -> n.startsWith("cannot"));
            notes.add("the DAG's tasks are manually triggered");
            out.item(dagId, "schedule", at, failed ? Outcome.FAILED : Outcome.CONVERTED, notes);
            return Optional.empty();
        }
        notes.add("schedule becomes cron '" + cron.get() + "' in " + zone);
        out.item(dagId, "schedule", at, Outcome.CONVERTED, notes);
        return Optional.of(new Schedule(cron.get(), zone, start, end, false));
    }

    private Optional<String> timetable(String type, JsonNode var, ZoneId zone, @Nullable Instant start,
            List<String> notes) {
        switch (type) {
            case "CronDataIntervalTimetable", "CronTriggerTimetable", "CronPartitionTimetable" -> {
                return cron(var.path("expression").asString(""), notes);
            }
            case "MultipleCronTriggerTimetable" -> {
                List<String> expressions = new ArrayList<>();
                var.path("expressions").values().forEach(e -> expressions.add(e.asString()));
                if (expressions.size() > 1) {
                    notes.add("cannot express several crons " + expressions + " as one; set the schedules by hand");
                    return Optional.empty();
                }
                return expressions.isEmpty() ? Optional.empty() : cron(expressions.get(0), notes);
            }
            case "DeltaDataIntervalTimetable", "DeltaTriggerTimetable" -> {
                return delta(var.path("delta"), zone, start, notes);
            }
            case "NullTimetable" -> {
                notes.add("schedule None");
                return Optional.empty();
            }
            case "OnceTimetable" -> {
                notes.add("schedule @once: runs once after its start date");
                return Optional.empty();
            }
            case "DatasetOrTimeSchedule", "AssetOrTimeSchedule" -> {
                notes.add("dataset/asset triggers are not converted; only the time part of the schedule is");
                JsonNode inner = var.path("timetable");
                String innerType = first(inner, "__type", "type").map(JsonNode::asString).orElse("");
                return timetable(innerType.substring(innerType.lastIndexOf('.') + 1),
                        first(inner, "__var", "value").orElse(JSON.createObjectNode()), zone, start, notes);
            }
            default -> {
                notes.add("cannot convert timetable " + type + " (data-aware, continuous or custom); set a schedule"
                        + " by hand");
                return Optional.empty();
            }
        }
    }

    private Optional<String> interval(JsonNode interval, ZoneId zone, @Nullable Instant start, List<String> notes) {
        if (interval.isNull()) {
            notes.add("schedule None");
            return Optional.empty();
        }
        if (interval.isString()) {
            String text = interval.asString().strip();
            if ("@once".equals(text)) {
                notes.add("schedule @once: runs once after its start date");
                return Optional.empty();
            }
            if ("@continuous".equals(text)) {
                notes.add("cannot convert schedule @continuous; set a schedule by hand");
                return Optional.empty();
            }
            return cron(text, notes);
        }
        String type = interval.path("__type").asString("");
        if ("timedelta".equals(type)) {
            return delta(interval.path("__var"), zone, start, notes);
        }
        if ("relativedelta".equals(type)) {
            return delta(interval, zone, start, notes);
        }
        notes.add("cannot convert schedule_interval " + interval + "; set a schedule by hand");
        return Optional.empty();
    }

    private static Optional<String> cron(String expression, List<String> notes) {
        String cron = Crons.normalise(expression);
        if (cron.split("\\s+").length == 6) {
            notes.add("cannot convert six-field cron '" + expression + "' (Airflow reads the sixth field as seconds,"
                    + " Quartz reads the first); set the schedule by hand");
            return Optional.empty();
        }
        Optional<String> problem = Crons.problem(cron);
        if (problem.isPresent()) {
            notes.add("cannot convert cron '" + expression + "': " + problem.get());
            return Optional.empty();
        }
        return Optional.of(cron);
    }

    private static Optional<String> delta(JsonNode delta, ZoneId zone, @Nullable Instant start, List<String> notes) {
        ZonedDateTime anchor = (start == null ? Instant.EPOCH : start).atZone(zone);
        if (delta.isNumber()) {
            Duration duration = Duration.ofMillis(new BigDecimal(delta.asString()).movePointRight(3).longValue());
            Optional<Crons.Result> result = Crons.every(duration, anchor);
            if (result.isEmpty()) {
                notes.add("cannot express an interval of " + duration + " as cron; set a schedule by hand");
                return Optional.empty();
            }
            result.get().note().ifPresent(notes::add);
            notes.add("interval " + duration + " anchored at the start date");
            return Optional.of(result.get().cron());
        }
        JsonNode var = delta.has("__var") ? delta.path("__var") : delta;
        Map<String, Integer> parts = new LinkedHashMap<>();
        var.properties().forEach(e -> {
            if (e.getValue().isNumber() && e.getValue().asInt() != 0) {
                parts.put(e.getKey(), e.getValue().asInt());
            }
        });
        if (parts.size() == 1 && parts.containsKey("months")) {
            Crons.Result result = Crons.everyMonths(parts.get("months"), anchor);
            result.note().ifPresent(notes::add);
            return Optional.of(result.cron());
        }
        if (parts.size() == 1 && (parts.containsKey("days") || parts.containsKey("hours")
                || parts.containsKey("minutes") || parts.containsKey("weeks"))) {
            String unit = parts.keySet().iterator().next();
            long n = parts.get(unit);
            Duration duration = switch (unit) {
                case "days" -> Duration.ofDays(n);
                case "hours" -> Duration.ofHours(n);
                case "weeks" -> Duration.ofDays(7 * n);
                default -> Duration.ofMinutes(n);
            };
            return delta(JsonNodeFactory.instance.numberNode((double) duration.toSeconds()), zone, start, notes);
        }
        notes.add("cannot express relativedelta " + parts + " as cron; set a schedule by hand");
        return Optional.empty();
    }

    private static ZoneId zone(JsonNode node, String file, String element) {
        if (node.isNumber()) {
            return ZoneOffset.ofTotalSeconds(node.asInt());
        }
        String text = node.asString("").strip();
        if (text.startsWith("Timezone('") && text.endsWith("')")) {
            text = text.substring(10, text.length() - 2);
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new MalformedSourceException(new SourceLocation(file, element, 0), "timezone '" + text
                    + "' is not a known zone id such as UTC or Europe/Amsterdam", e);
        }
    }

    private static @Nullable Instant epoch(JsonNode node) {
        if (node.isNumber()) {
            return Instant.ofEpochMilli(new BigDecimal(node.asString()).movePointRight(3).longValue());
        }
        if (node.isString()) {
            try {
                return OffsetDateTime.parse(node.asString()).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static Map<String, String> params(JsonNode params) {
        Map<String, String> values = new LinkedHashMap<>();
        if (params.isArray()) {
            for (JsonNode pair : params.values()) {
                values.put("param." + pair.path(0).asString(), decode(pair.path(1).path("default")));
            }
        } else if (params.isObject()) {
            JsonNode object = params.has("__var") ? params.path("__var") : params;
            object.properties().forEach(e -> values.put("param." + e.getKey(), decode(e.getValue().has("__class")
                    ? e.getValue().path("default") : e.getValue())));
        }
        return values;
    }

    /** Turns a serialized value back into text: strings as they are, encoded containers as JSON. */
    private static String decode(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isValueNode()) {
            return value.asString();
        }
        return unwrap(value).toString();
    }

    private static JsonNode unwrap(JsonNode value) {
        if (value.isObject() && value.has("__type") && value.has("__var")) {
            return unwrap(value.path("__var"));
        }
        if (value.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            value.properties().forEach(e -> copy.set(e.getKey(), unwrap(e.getValue())));
            return copy;
        }
        if (value.isArray()) {
            tools.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
            value.values().forEach(v -> copy.add(unwrap(v)));
            return copy;
        }
        return value;
    }

    // ---------------------------------------------------------------- REST API

    private void rest(JsonNode details, JsonNode tasksResponse, String file, String tasksFile, String text,
            String tasksText) {
        String dagId = details.path("dag_id").asString("");
        if (dagId.isBlank()) {
            throw new MalformedSourceException(new SourceLocation(file, "dag_id", 0), "the DAG details have no dag_id",
                    null);
        }
        JsonNode taskList = tasksResponse.isArray() ? tasksResponse : tasksResponse.path("tasks");
        if (!taskList.isArray()) {
            throw new MalformedSourceException(new SourceLocation(tasksFile, "tasks", 0), "the tasks response has no"
                    + " 'tasks' list", null);
        }
        ZoneId zone = details.has("timezone") && !details.path("timezone").isNull()
                ? zone(details.path("timezone"), file, "timezone") : options.defaultTimezone();
        Instant start = epoch(details.path("start_date"));
        Instant end = epoch(details.path("end_date"));
        List<String> notes = new ArrayList<>();
        Optional<String> cron;
        SourceLocation at;
        if (details.has("timetable_summary")) {
            at = new SourceLocation(file, "timetable_summary", lineOf(text, "\"timetable_summary\""));
            JsonNode summary = details.path("timetable_summary");
            String value = summary.isNull() ? "None" : summary.asString("").strip();
            if ("None".equals(value) || value.isEmpty()) {
                notes.add("schedule None");
                cron = Optional.empty();
            } else if ("@once".equals(value)) {
                notes.add("schedule @once: runs once after its start date");
                cron = Optional.empty();
            } else {
                cron = cron(value, notes);
            }
        } else {
            at = new SourceLocation(file, "schedule_interval", lineOf(text, "\"schedule_interval\""));
            JsonNode interval = details.path("schedule_interval");
            String type = interval.path("__type").asString("");
            if (interval.isMissingNode() || interval.isNull()) {
                notes.add("schedule None");
                cron = Optional.empty();
            } else if ("CronExpression".equals(type)) {
                cron = interval.path("value").isNull() ? Optional.empty() : cron(interval.path("value").asString(""),
                        notes);
            } else if ("TimeDelta".equals(type)) {
                double seconds = interval.path("days").asDouble(0) * 86400 + interval.path("seconds").asDouble(0);
                cron = delta(JsonNodeFactory.instance.numberNode(seconds), zone, start, notes);
            } else if ("RelativeDelta".equals(type)) {
                cron = delta(interval, zone, start, notes);
            } else {
                notes.add("cannot convert schedule_interval " + interval + "; set a schedule by hand");
                cron = Optional.empty();
            }
        }
        Optional<Schedule> schedule = schedule(dagId, cron, zone, start, end, at, notes);
        if (details.path("is_paused").asBoolean(false)) {
            schedule = schedule.map(s -> s.withPaused(true));
        }
        List<TaskIn> tasks = new ArrayList<>();
        for (JsonNode task : taskList.values()) {
            String taskId = task.path("task_id").asString("");
            if (taskId.isBlank()) {
                throw new MalformedSourceException(new SourceLocation(tasksFile, "tasks", 0), "a task has no task_id",
                        null);
            }
            JsonNode classRef = task.path("class_ref");
            String type = classRef.path("class_name").asString(task.path("operator_name").asString("BaseOperator"));
            List<String> downstream = new ArrayList<>();
            task.path("downstream_task_ids").values().forEach(v -> downstream.add(v.asString()));
            ObjectNode fields = JSON.createObjectNode();
            task.properties().forEach(e -> fields.set(e.getKey(), e.getValue()));
            JsonNode delay = task.path("retry_delay");
            if (delay.isObject()) {
                fields.put("retry_delay", delay.path("days").asDouble(0) * 86400 + delay.path("seconds").asDouble(0));
            }
            tasks.add(new TaskIn(taskId, type, classRef.path("module_path").asString(""), fields, downstream,
                    new SourceLocation(tasksFile, "tasks[task_id=" + taskId + "]", lineOf(tasksText, "\"task_id\": \""
                            + taskId + "\""))));
        }
        Map<String, String> extensions = new LinkedHashMap<>();
        extensions.put("airflow.dag_id", dagId);
        extensions.put("airflow.source", "rest-api");
        details.path("tags").values().forEach(t -> extensions.merge("airflow.tags",
                t.isObject() ? t.path("name").asString() : t.asString(), (a, b) -> a + "," + b));
        if (details.path("description").isString()) {
            extensions.put("airflow.description", details.path("description").asString());
        }
        tasks(dagId, tasks, schedule.orElse(null), Map.of(), params(details.path("params")), extensions, true, file);
    }

    // ---------------------------------------------------------------- shared task conversion

    private void tasks(String dagId, List<TaskIn> tasks, @Nullable Schedule schedule, Map<String, String> groups,
            Map<String, String> dagParams, Map<String, String> dagExtensions, boolean fromRest, String file) {
        String folder = Names.folder("airflow", dagId);
        Map<String, TaskIn> byId = new LinkedHashMap<>();
        for (TaskIn task : tasks) {
            if (byId.put(task.taskId, task) != null) {
                throw new MalformedSourceException(task.location, "task_id '" + task.taskId + "' is used twice", null);
            }
        }
        Map<String, TaskDraft> drafts = new LinkedHashMap<>();
        for (TaskIn task : tasks) {
            for (String down : task.downstream) {
                if (!byId.containsKey(down)) {
                    throw new UnknownNodeException(new SourceLocation(task.location.file(), task.location.element()
                            + "/downstream_task_ids", task.location.line()), down);
                }
            }
            TaskDraft draft = out.task(folder, Names.clean(task.taskId), "task", task.location);
            draft.schedule = schedule;
            draft.modifiedAt = tree.modifiedAt(file);
            draft.extensions.putAll(dagExtensions);
            draft.extensions.put("airflow.task_type", task.type);
            if (!task.module.isEmpty()) {
                draft.extensions.put("airflow.task_module", task.module);
            }
            Optional.ofNullable(groups.get(task.taskId)).ifPresent(g -> draft.extensions.put("airflow.task_group", g));
            for (String field : KEPT_FIELDS) {
                draft.extensions.put("airflow." + field, decode(task.field(field)));
            }
            String owner = decode(task.field("owner"));
            draft.owner = owner.isBlank() ? null : owner;
            draft.retries = Math.max(0, task.field("retries").asInt(0));
            draft.parameters.putAll(dagParams);
            draft.parameters.putAll(params(task.fields.path("params")));
            String rule = decode(task.field("trigger_rule"));
            if (!"all_success".equals(rule)) {
                draft.notes.add("trigger rule '" + rule + "' is kept in extension airflow.trigger_rule; the platform"
                        + " runs a task when all its upstream tasks succeed");
            }
            operator(task, draft, fromRest);
            if (task.fields.path("_is_mapped").asBoolean(false) || task.fields.path("is_mapped").asBoolean(false)) {
                draft.extensions.put("airflow.mapped", "true");
                draft.notes.add("needs review: dynamic task mapping (expand) runs one instance per input in Airflow;"
                        + " it converts as a single task from its partial arguments; the expanded inputs are not"
                        + " converted");
            }
            drafts.put(task.taskId, draft);
        }
        for (TaskIn task : tasks) {
            for (String down : task.downstream) {
                drafts.get(down).upstream.add(drafts.get(task.taskId).key);
            }
        }
    }

    private static void operator(TaskIn task, TaskDraft draft, boolean fromRest) {
        String type = task.type;
        Map<String, String> templated = new LinkedHashMap<>();
        task.field("template_fields").values().forEach(f -> {
            JsonNode value = task.fields.get(f.asString());
            if (value != null && !value.isNull()) {
                templated.put(f.asString(), decode(value));
            }
        });
        boolean sensor = type.endsWith("Sensor") || type.endsWith("SensorOperator")
                || task.fields.path("_is_sensor").asBoolean(false);
        String codeField = null;
        if (type.contains("Python") || "_PythonDecoratedOperator".equals(type)) {
            draft.nodeType = NodeType.PYTHON;
            draft.extensions.put("airflow.code-missing", "python_callable");
            draft.notes.add("needs review: Airflow never serializes a Python callable's body, so the task has its"
                    + " structure but no code. Port the function by hand");
        } else if ("BashOperator".equals(type) || "BashSensor".equals(type)) {
            draft.nodeType = NodeType.SHELL;
            codeField = "bash_command";
        } else if ("SSHOperator".equals(type)) {
            draft.nodeType = NodeType.SSH;
            codeField = "command";
        } else if ("HiveOperator".equals(type)) {
            draft.nodeType = NodeType.HIVE;
            codeField = "hql";
        } else if (type.startsWith("Spark")) {
            draft.nodeType = NodeType.SPARK;
            codeField = "SparkSqlOperator".equals(type) ? "sql" : null;
            if (codeField == null) {
                StringBuilder line = new StringBuilder("spark-submit");
                field(templated, "java_class").ifPresent(c -> line.append(" --class ").append(c));
                field(templated, "name").ifPresent(n -> line.append(" --name ").append(n));
                field(templated, "application").ifPresent(a -> line.append(' ').append(a));
                field(templated, "application_args").ifPresent(a -> line.append(' ').append(args(a)));
                draft.code = fromRest ? "" : line.toString();
            }
        } else if ("SqoopOperator".equals(type)) {
            draft.nodeType = NodeType.SQOOP;
            StringBuilder line = new StringBuilder("sqoop " + templated.getOrDefault("cmd_type", "import"));
            for (String option : List.of("table", "query", "target_dir", "export_dir", "where", "columns", "split_by")) {
                Optional.ofNullable(templated.get(option)).filter(v -> !v.isEmpty()).ifPresent(v -> line.append(" --")
                        .append(option.replace('_', '-')).append(' ').append(v));
            }
            draft.code = fromRest ? "" : line.toString();
        } else if (type.endsWith("SqlOperator") || type.endsWith("SQLOperator") || SQL_OPERATORS.contains(type)
                || !sensor && templated.containsKey("sql")) {
            draft.nodeType = NodeType.SQL;
            codeField = "sql";
        } else if ("EmptyOperator".equals(type) || "DummyOperator".equals(type)) {
            draft.nodeType = NodeType.VIRTUAL;
        } else if ("LatestOnlyOperator".equals(type)) {
            draft.nodeType = NodeType.VIRTUAL;
            draft.notes.add("LatestOnlyOperator skips its downstream on backfill runs; the platform has no such skip");
        } else if ("EmailOperator".equals(type)) {
            draft.nodeType = NodeType.EMAIL;
            codeField = "html_content";
        } else if ("TriggerDagRunOperator".equals(type)) {
            draft.nodeType = NodeType.SUB_WORKFLOW;
            Optional.ofNullable(templated.get("trigger_dag_id")).ifPresent(d -> {
                draft.code = d;
                draft.extensions.put("airflow.trigger_dag_id", d);
            });
        } else if ("ExternalTaskSensor".equals(type)) {
            draft.nodeType = NodeType.VIRTUAL;
            for (String key : List.of("external_dag_id", "external_task_id")) {
                Optional.ofNullable(templated.get(key)).or(() -> Optional.ofNullable(task.fields.get(key))
                        .map(AirflowReader::decode)).ifPresent(v -> draft.extensions.put("airflow." + key, v));
            }
            draft.notes.add("needs review: waits for a task of another DAG; add that cross-workflow dependency in the"
                    + " target");
        } else if (sensor) {
            draft.nodeType = NodeType.VIRTUAL;
            draft.extensions.put("airflow.sensor", type);
            draft.notes.add("needs review: sensor " + type + " waits for an external condition; the converted task is"
                    + " zero-load and does not wait. Its settings are kept as parameters");
        } else {
            draft.unsupported(NodeType.of("AIRFLOW_" + type.toUpperCase(java.util.Locale.ROOT)
                            .replaceAll("[^A-Z0-9_.-]", "_")),
                    "operator " + type + " has no mapping; its templated fields are kept as parameters. Rebuild it"
                            + " by hand");
        }
        if (codeField != null) {
            String code = templated.remove(codeField);
            draft.code = code == null ? "" : code;
        }
        for (String field : SQL_CODE_FIELDS) {
            if (draft.code.isEmpty() || !templated.containsKey(field)) {
                continue;
            }
            if (draft.code.equals(templated.get(field))) {
                templated.remove(field);
            }
        }
        templated.forEach((k, v) -> draft.parameters.put(k, v));
        if (fromRest && draft.outcome == Outcome.CONVERTED && !draft.extensions.containsKey("airflow.code-missing")
                && !NodeType.VIRTUAL.equals(draft.nodeType)) {
            draft.extensions.put("airflow.code-missing", "rest-api");
            draft.notes.add("needs review: the REST API carries no code; fill in the task code by hand");
        }
    }

    /** A templated field by name; Spark operators name theirs with a leading underscore. */
    private static Optional<String> field(Map<String, String> templated, String name) {
        return Optional.ofNullable(templated.get(name)).or(() -> Optional.ofNullable(templated.get("_" + name)))
                .filter(v -> !v.isEmpty());
    }

    /** A JSON list of arguments as shell words. */
    private static String args(String value) {
        if (!value.startsWith("[")) {
            return value;
        }
        List<String> words = new ArrayList<>();
        JSON.readTree(value).values().forEach(v -> words.add(v.isString() ? v.asString() : v.toString()));
        return String.join(" ", words);
    }

    private static int lineOf(String text, String token) {
        int index = text.indexOf(token);
        if (index < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
