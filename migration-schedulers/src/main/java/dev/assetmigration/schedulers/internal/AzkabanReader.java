package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.schedulers.ConversionOptions;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import dev.assetmigration.schedulers.MalformedSourceException;
import dev.assetmigration.schedulers.SourceLimitException;
import dev.assetmigration.schedulers.SourceLocation;
import dev.assetmigration.schedulers.UnknownNodeException;
import dev.assetmigration.schedulers.UnsupportedVersionException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Converts an Azkaban project (directory or zip): legacy {@code .job} files with
 * {@code .properties} inheritance, or Flow 2.0 {@code .project} + {@code .flow} YAML with
 * embedded flows at any depth. Every other file becomes a resource.
 */
public final class AzkabanReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Map<String, NodeType> TYPES = Map.ofEntries(
            Map.entry("command", NodeType.SHELL), Map.entry("hadoopshell", NodeType.SHELL),
            Map.entry("hive", NodeType.HIVE), Map.entry("spark", NodeType.SPARK),
            Map.entry("hadoopjava", NodeType.JAVA), Map.entry("java", NodeType.JAVA),
            Map.entry("javaprocess", NodeType.JAVA), Map.entry("pig", NodeType.PIG),
            Map.entry("noop", NodeType.VIRTUAL), Map.entry("python", NodeType.PYTHON),
            Map.entry("flow", NodeType.SUB_WORKFLOW));
    /** Keys that shape the task rather than being parameters. */
    private static final Set<String> STRUCTURAL = Set.of("type", "dependencies", "retries", "retry.backoff");

    private final Assembler out;
    private final SourceTree tree;
    private final String project;
    private final String projectFolder;
    /** Resource keys by relative path and by file name. */
    private final Map<String, String> resourcesByPath = new HashMap<>();
    private final Map<String, List<String>> resourcesByName = new HashMap<>();
    /** The .properties files of each directory, in name order. */
    private final Map<String, List<String>> propertiesFiles = new HashMap<>();

    private AzkabanReader(SourceTree tree, ConversionOptions options) {
        this.tree = tree;
        this.out = new Assembler("azkaban", tree, options);
        this.project = Names.clean(tree.name());
        this.projectFolder = Names.folder("azkaban", project);
    }

    /**
     * Reads an Azkaban project.
     *
     * @param path the project directory or zip
     * @param options limits and defaults
     * @return the conversion
     */
    public static Conversion read(Path path, ConversionOptions options) {
        SourceTree tree = SourceTree.open(path, options);
        AzkabanReader reader = new AzkabanReader(tree, options);
        reader.resources();
        List<String> projectFiles = tree.files().stream().filter(f -> f.endsWith(".project")).toList();
        if (projectFiles.isEmpty()) {
            reader.legacy();
        } else {
            reader.flow20(projectFiles);
        }
        return reader.out.finish(Assembler.info("azkaban", reader.project));
    }

    private static boolean definition(String file) {
        return file.endsWith(".job") || file.endsWith(".properties") || file.endsWith(".flow")
                || file.endsWith(".project");
    }

    private void resources() {
        for (String file : tree.files()) {
            if (!definition(file)) {
                int slash = file.lastIndexOf('/');
                String folder = Names.folder(projectFolder, "resources");
                if (slash > 0) {
                    for (String segment : file.substring(0, slash).split("/")) {
                        folder = Names.folder(folder, segment);
                    }
                }
                String key = out.resource(file, folder, SourceLocation.ofFile(file));
                resourcesByPath.put(file, key);
                resourcesByName.computeIfAbsent(file.substring(slash + 1), k -> new ArrayList<>()).add(key);
            }
        }
    }

    // ---------------------------------------------------------------- legacy

    /** A parsed legacy job. */
    private record Job(String name, String file, String text, Map<String, String> properties) {
    }

    private void legacy() {
        for (String file : tree.files()) {
            if (file.endsWith(".properties")) {
                propertiesFiles.computeIfAbsent(dirOf(file), d -> new ArrayList<>()).add(file);
            }
        }
        Map<String, Map<String, String>> inheritedByDir = new HashMap<>();
        Map<String, Job> jobs = new LinkedHashMap<>();
        for (String file : tree.files()) {
            if (!file.endsWith(".job")) {
                continue;
            }
            String base = file.substring(file.lastIndexOf('/') + 1, file.length() - 4);
            String text = tree.readText(file, SourceLocation.ofFile(file));
            Map<String, String> own = PropertiesText.parse(text, file);
            Map<String, String> merged = new LinkedHashMap<>(inherited(dirOf(file), inheritedByDir));
            merged.putAll(own);
            Job previous = jobs.put(base, new Job(base, file, text, merged));
            if (previous != null) {
                throw new MalformedSourceException(SourceLocation.ofFile(file), "job name '" + base
                        + "' is also defined by " + previous.file + "; Azkaban job names are unique per project", null);
            }
            if (jobs.size() > out.options().maxNodes()) {
                throw new SourceLimitException(SourceLocation.ofFile(file), "maxNodes", out.options().maxNodes(),
                        jobs.size());
            }
        }
        Map<String, List<String>> upstream = new LinkedHashMap<>();
        Set<String> hasDependents = new java.util.HashSet<>();
        for (Job job : jobs.values()) {
            List<String> deps = new ArrayList<>();
            String raw = job.properties.getOrDefault("dependencies", "");
            for (String dep : raw.split(",")) {
                String name = dep.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!jobs.containsKey(name)) {
                    throw new UnknownNodeException(new SourceLocation(job.file, "dependencies",
                            PropertiesText.lineOf(job.text, "dependencies")), name);
                }
                deps.add(name);
                hasDependents.add(name);
            }
            upstream.put(job.name, deps);
        }
        // Each job that nothing depends on ends a flow named after it; a job shared by several
        // flows lives in the first flow (by name) that reaches it.
        Map<String, String> flowOf = new HashMap<>();
        Map<String, List<String>> alsoIn = new HashMap<>();
        List<String> flows = jobs.keySet().stream().filter(j -> !hasDependents.contains(j)).sorted().toList();
        for (String flow : flows) {
            Deque<String> queue = new ArrayDeque<>(List.of(flow));
            flowOf.put(flow, flow);
            while (!queue.isEmpty()) {
                String job = queue.poll();
                for (String dep : upstream.get(job)) {
                    String owner = flowOf.putIfAbsent(dep, flow);
                    if (owner == null) {
                        queue.add(dep);
                    } else if (!owner.equals(flow)) {
                        List<String> also = alsoIn.computeIfAbsent(dep, k -> new ArrayList<>());
                        if (!also.contains(flow)) {
                            also.add(flow);
                        }
                    }
                }
            }
        }
        Map<String, TaskDraft> drafts = new HashMap<>();
        for (Job job : jobs.values()) {
            String flow = flowOf.get(job.name);
            if (flow == null) {
                // only on a cycle: every job of it has a dependent; the assembler reports the cycle
                flow = job.name;
            }
            String folder = Names.folder(projectFolder, flow);
            TaskDraft draft = out.task(folder, Names.clean(job.name), "job", SourceLocation.ofFile(job.file));
            draft.modifiedAt = tree.modifiedAt(job.file);
            draft.extensions.put("azkaban.flow", flow);
            draft.extensions.put("azkaban.project", project);
            List<String> also = alsoIn.get(job.name);
            if (also != null) {
                draft.notes.add("also upstream of flow(s) " + also + "; converted once, in flow '" + flow + "'");
                draft.extensions.put("azkaban.also-in-flows", String.join(",", also));
            }
            convert(draft, job.properties, job.file, job.text, dirOf(job.file));
            drafts.put(job.name, draft);
        }
        for (Job job : jobs.values()) {
            TaskDraft draft = drafts.get(job.name);
            upstream.get(job.name).forEach(dep -> draft.upstream.add(drafts.get(dep).key));
            if ("flow".equals(type(job.properties))) {
                String embedded = job.properties.getOrDefault("flow.name", "");
                if (!flows.contains(embedded)) {
                    throw new UnknownNodeException(new SourceLocation(job.file, "flow.name",
                            PropertiesText.lineOf(job.text, "flow.name")), embedded);
                }
                draft.code = embedded;
                draft.extensions.put("azkaban.embedded-flow", Names.folder(projectFolder, embedded));
            }
        }
    }

    private Map<String, String> inherited(String dir, Map<String, Map<String, String>> cache) {
        Map<String, String> cached = cache.get(dir);
        if (cached != null) {
            return cached;
        }
        Map<String, String> props = new LinkedHashMap<>(dir.isEmpty() ? Map.of()
                : inherited(dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "", cache));
        for (String file : propertiesFiles.getOrDefault(dir, List.of())) {
            props.putAll(PropertiesText.parse(tree.readText(file, SourceLocation.ofFile(file)), file));
        }
        cache.put(dir, props);
        return props;
    }

    private static String dirOf(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String type(Map<String, String> config) {
        return config.getOrDefault("type", "").strip();
    }

    // ---------------------------------------------------------------- shared job conversion

    private void convert(TaskDraft draft, Map<String, String> config, String file, String text, String dir) {
        Set<String> unresolved = new LinkedHashSet<>();
        Map<String, String> resolved = new LinkedHashMap<>();
        config.forEach((k, v) -> {
            Placeholders.Result r = Placeholders.resolve(v, config);
            unresolved.addAll(r.unresolved());
            resolved.put(k, r.text());
        });
        String type = type(resolved);
        if (type.isEmpty()) {
            throw new MalformedSourceException(new SourceLocation(file, draft.kind.equals("job") ? "type"
                    : draft.location.element() + "/type", draft.location.line()), "the job has no type", null);
        }
        draft.extensions.put("azkaban.type", type);
        String retries = resolved.get("retries");
        if (retries != null) {
            try {
                draft.retries = Math.max(0, Integer.parseInt(retries.strip()));
            } catch (NumberFormatException e) {
                draft.notes.add("retries '" + retries + "' is not a number; no automatic retries set");
            }
        }
        Optional.ofNullable(resolved.get("retry.backoff")).ifPresent(b -> draft.extensions.put("azkaban.retry.backoff", b));
        Set<String> consumed = new LinkedHashSet<>(STRUCTURAL);
        NodeType nodeType = TYPES.get(type.toLowerCase(Locale.ROOT));
        if (nodeType == null) {
            draft.unsupported(NodeType.of("AZKABAN_" + type.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_.-]", "_")),
                    "Azkaban job type '" + type + "' has no mapping; its configuration is kept as parameters."
                            + " Rebuild it by hand");
        } else {
            draft.nodeType = nodeType;
            draft.code = code(type.toLowerCase(Locale.ROOT), resolved, consumed, draft, file, dir);
        }
        resolved.forEach((k, v) -> {
            if (!consumed.contains(k)) {
                draft.parameters.put(k, v);
            }
        });
        if (!unresolved.isEmpty()) {
            List<String> runtime = unresolved.stream().filter(n -> !n.startsWith("azkaban.")).map(n -> "${" + n + "}")
                    .toList();
            if (!runtime.isEmpty()) {
                draft.notes.add("parameters " + runtime + " are not defined in the job or inherited properties;"
                        + " kept as written");
            }
        }
        linkResources(draft, dir);
    }

    private String code(String type, Map<String, String> c, Set<String> consumed, TaskDraft draft, String file,
            String dir) {
        switch (type) {
            case "command", "hadoopshell", "python" -> {
                List<String> lines = new ArrayList<>();
                Optional.ofNullable(c.get("command")).ifPresent(lines::add);
                consumed.add("command");
                new TreeMap<Integer, String>(numbered(c, "command.", consumed)).values().forEach(lines::add);
                return String.join("\n", lines);
            }
            case "hive", "pig" -> {
                String key = type + ".script";
                consumed.add(key);
                String script = c.get(key);
                if (script == null || script.isBlank()) {
                    consumed.add("hive.query");
                    return c.getOrDefault("hive.query", "");
                }
                String local = SourceTree.normalise((dir.isEmpty() ? "" : dir + "/") + script.strip());
                String rootRelative = SourceTree.normalise(script.strip());
                String path = tree.exists(local) ? local : rootRelative;
                draft.extensions.put("azkaban." + key, script);
                SourceLocation at = new SourceLocation(file, draft.kind.equals("job") ? key
                        : draft.location.element() + "/config/" + key, draft.location.line());
                if (SourceTree.escapes(script.strip()) || script.startsWith("/") || script.contains("://")) {
                    draft.notes.add("script '" + script + "' lives outside the project; the task code is empty."
                            + " Paste the script in the target");
                    return "";
                }
                return tree.readText(path, at);
            }
            case "spark" -> {
                StringBuilder line = new StringBuilder("spark-submit");
                for (String[] option : new String[][] {{"master", "--master"}, {"deploy-mode", "--deploy-mode"},
                        {"class", "--class"}, {"name", "--name"}}) {
                    Optional.ofNullable(c.get(option[0])).ifPresent(v -> line.append(' ').append(option[1]).append(' ')
                            .append(v));
                    consumed.add(option[0]);
                }
                for (String key : List.of("execution-jar", "params")) {
                    Optional.ofNullable(c.get(key)).ifPresent(v -> line.append(' ').append(v));
                    consumed.add(key);
                }
                return line.toString();
            }
            case "hadoopjava", "java", "javaprocess" -> {
                StringBuilder line = new StringBuilder("java");
                Optional.ofNullable(c.get("jvm.args")).ifPresent(v -> line.append(' ').append(v));
                String main = Optional.ofNullable(c.get("java.class")).orElse(c.getOrDefault("job.class", ""));
                line.append(' ').append(main);
                Optional.ofNullable(c.get("main.args")).ifPresent(v -> line.append(' ').append(v));
                consumed.addAll(List.of("jvm.args", "java.class", "job.class", "main.args"));
                return line.toString().strip();
            }
            default -> {
                return "";
            }
        }
    }

    private static Map<Integer, String> numbered(Map<String, String> config, String prefix, Set<String> consumed) {
        Map<Integer, String> found = new TreeMap<>();
        config.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.substring(prefix.length()).matches("\\d{1,9}")) {
                found.put(Integer.parseInt(k.substring(prefix.length())), v);
                consumed.add(k);
            }
        });
        return found;
    }

    /** A task depends on each project file its code or parameters mention, by path or by name. */
    private void linkResources(TaskDraft draft, String dir) {
        if (resourcesByPath.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(draft.code);
        draft.parameters.values().forEach(v -> text.append('\n').append(v));
        for (String token : text.toString().split("[\\s'\"=,;:()<>|&`]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String relative = SourceTree.normalise((dir.isEmpty() ? "" : dir + "/") + token);
            String key = resourcesByPath.get(relative);
            if (key == null) {
                key = resourcesByPath.get(SourceTree.normalise(token));
            }
            if (key != null) {
                draft.resources.add(key);
                continue;
            }
            List<String> byName = resourcesByName.get(token.substring(token.lastIndexOf('/') + 1));
            if (byName != null && byName.size() == 1) {
                draft.resources.add(byName.get(0));
            }
        }
    }

    // ---------------------------------------------------------------- Flow 2.0

    private void flow20(List<String> projectFiles) {
        for (String file : projectFiles) {
            String text = tree.readText(file, SourceLocation.ofFile(file));
            JsonNode root = yaml(text, file);
            JsonNode version = root.path("azkaban-flow-version");
            String v = version.isMissingNode() || version.isNull() ? "(missing)" : version.asString().strip();
            if (!"2.0".equals(v) && !"2".equals(v)) {
                throw new UnsupportedVersionException(new SourceLocation(file, "azkaban-flow-version",
                        lineOf(text, "azkaban-flow-version")), v, List.of("2.0"));
            }
        }
        List<String> flowFiles = tree.files().stream().filter(f -> f.endsWith(".flow")).toList();
        if (flowFiles.isEmpty()) {
            out.item(projectFiles.get(0), "project", SourceLocation.ofFile(projectFiles.get(0)), Outcome.FAILED,
                    List.of("the project declares Flow 2.0 but has no .flow file; nothing to convert"));
        }
        for (String file : tree.files()) {
            if (file.endsWith(".job") || file.endsWith(".properties")) {
                out.item(file, file.endsWith(".job") ? "job" : "properties", SourceLocation.ofFile(file),
                        Outcome.UNSUPPORTED, List.of("a Flow 2.0 project ignores legacy .job and .properties files;"
                                + " move their content into a .flow file"));
            }
        }
        for (String file : flowFiles) {
            String text = tree.readText(file, SourceLocation.ofFile(file));
            JsonNode root = yaml(text, file);
            if (!root.isObject()) {
                throw new MalformedSourceException(SourceLocation.ofFile(file), "the flow file is not a YAML mapping",
                        null);
            }
            String flowName = file.substring(file.lastIndexOf('/') + 1, file.length() - 5);
            Schedule schedule = trigger(root.path("trigger"), file, text, flowName);
            FlowContext cx = new FlowContext(file, text, schedule, dirOf(file));
            flowNodes(cx, root, Names.folder(projectFolder, flowName), Map.of(), List.of(), "", 0, flowName);
        }
    }

    /** What every node of one .flow file shares. */
    private record FlowContext(String file, String text, @Nullable Schedule schedule, String dir) {
    }

    /**
     * Converts the nodes of a flow (or an embedded flow) and returns the keys of its leaf tasks.
     */
    private List<String> flowNodes(FlowContext cx, JsonNode flow, String folder, Map<String, String> parentConfig,
            List<String> entryUpstream, String path, int depth, String flowName) {
        if (depth > out.options().maxNesting()) {
            throw new SourceLimitException(new SourceLocation(cx.file, path, 0), "maxNesting",
                    out.options().maxNesting(), depth);
        }
        Map<String, String> config = new LinkedHashMap<>(parentConfig);
        config.putAll(flat(flow.path("config")));
        JsonNode nodes = flow.path("nodes");
        if (!nodes.isArray()) {
            throw new MalformedSourceException(new SourceLocation(cx.file, path.isEmpty() ? "nodes" : path + "/nodes",
                    0), "the flow has no 'nodes' list", null);
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode node : nodes.values()) {
            String name = node.path("name").asString("").strip();
            if (name.isEmpty()) {
                throw new MalformedSourceException(new SourceLocation(cx.file, (path.isEmpty() ? "" : path + "/")
                        + "nodes", 0), "a node has no name", null);
            }
            if (byName.put(name, node) != null) {
                throw new MalformedSourceException(new SourceLocation(cx.file, label(path, name),
                        lineOf(cx.text, "name: " + name)), "node name '" + name + "' is used twice in this flow", null);
            }
        }
        Map<String, TaskDraft> drafts = new LinkedHashMap<>();
        Map<String, List<String>> leavesOfEmbedded = new HashMap<>();
        Set<String> dependedOn = new java.util.HashSet<>();
        // Dependencies first, so that unknown names fail before anything else.
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
            List<String> deps = new ArrayList<>();
            for (JsonNode dep : entry.getValue().path("dependsOn").values()) {
                String name = dep.asString("").strip();
                if (!byName.containsKey(name)) {
                    throw new UnknownNodeException(new SourceLocation(cx.file, label(path, entry.getKey()) + "/dependsOn",
                            lineOf(cx.text, "name: " + entry.getKey())), name);
                }
                deps.add(name);
                dependedOn.add(name);
            }
            dependsOn.put(entry.getKey(), deps);
        }
        for (Map.Entry<String, JsonNode> entry : byName.entrySet()) {
            String name = entry.getKey();
            JsonNode node = entry.getValue();
            String label = label(path, name);
            SourceLocation at = new SourceLocation(cx.file, label, lineOf(cx.text, "name: " + name));
            TaskDraft draft = out.task(folder, Names.clean(name), "node", at);
            draft.schedule = cx.schedule;
            draft.modifiedAt = tree.modifiedAt(cx.file);
            draft.extensions.put("azkaban.project", project);
            draft.extensions.put("azkaban.flow", flowName);
            node.path("condition").asStringOpt().ifPresent(c -> {
                draft.extensions.put("azkaban.condition", c);
                draft.notes.add("condition '" + c + "' is kept in extension azkaban.condition; the platform runs the"
                        + " task whenever its upstream tasks succeed");
            });
            String type = node.path("type").asString("").strip();
            if ("flow".equalsIgnoreCase(type)) {
                String inner = Names.folder(folder, name);
                draft.nodeType = NodeType.VIRTUAL;
                draft.extensions.put("azkaban.type", "flow");
                draft.extensions.put("azkaban.embedded-flow", inner);
                draft.notes.add("embedded flow: its nodes are in folder " + inner + "; this zero-load task completes"
                        + " after them");
                Map<String, String> innerConfig = new LinkedHashMap<>(config);
                List<String> innerEntry = new ArrayList<>();
                dependsOn.get(name).forEach(d -> innerEntry.add(Assembler.key(folder, Names.clean(d))));
                leavesOfEmbedded.put(name, flowNodes(cx, node, inner, innerConfig, innerEntry, label, depth + 1,
                        flowName));
            } else {
                Map<String, String> nodeConfig = new LinkedHashMap<>(config);
                nodeConfig.putAll(flat(node.path("config")));
                nodeConfig.put("type", type);
                convert(draft, nodeConfig, cx.file, cx.text, cx.dir);
            }
            drafts.put(name, draft);
        }
        List<String> leaves = new ArrayList<>();
        for (Map.Entry<String, TaskDraft> entry : drafts.entrySet()) {
            TaskDraft draft = entry.getValue();
            List<String> deps = dependsOn.get(entry.getKey());
            if (deps.isEmpty()) {
                draft.upstream.addAll(entryUpstream);
            }
            deps.forEach(d -> draft.upstream.add(drafts.get(d).key));
            List<String> innerLeaves = leavesOfEmbedded.get(entry.getKey());
            if (innerLeaves != null) {
                draft.upstream.clear();
                draft.upstream.addAll(innerLeaves);
            }
            if (!dependedOn.contains(entry.getKey())) {
                leaves.add(draft.key);
            }
        }
        return leaves;
    }

    private @Nullable Schedule trigger(JsonNode trigger, String file, String text, String flowName) {
        if (trigger.isMissingNode() || trigger.isNull()) {
            return null;
        }
        SourceLocation at = new SourceLocation(file, "trigger", lineOf(text, "trigger:"));
        JsonNode dependencies = trigger.path("triggerDependencies");
        if (dependencies.isArray() && !dependencies.isEmpty()) {
            out.item(flowName + "/triggerDependencies", "trigger", new SourceLocation(file, "trigger/triggerDependencies",
                    lineOf(text, "triggerDependencies")), Outcome.UNSUPPORTED,
                    List.of("data triggers (triggerDependencies) have no mapping; the flow runs on its cron only"));
        }
        JsonNode schedule = trigger.path("schedule");
        String kind = schedule.path("type").asString("cron");
        String value = schedule.path("value").asString("").strip();
        if (!"cron".equalsIgnoreCase(kind) || value.isEmpty()) {
            out.item(flowName + "/trigger", "trigger", at, Outcome.FAILED,
                    List.of("trigger schedule of type '" + kind + "' without a cron value cannot be converted; the"
                            + " flow's tasks are manually triggered"));
            return null;
        }
        Optional<String> problem = Crons.problem(value);
        if (problem.isPresent()) {
            out.item(flowName + "/trigger", "trigger", at, Outcome.FAILED,
                    List.of("cron '" + value + "' is invalid (" + problem.get() + "); the flow's tasks are manually"
                            + " triggered"));
            return null;
        }
        out.item(flowName + "/trigger", "trigger", at, Outcome.CONVERTED,
                List.of("cron '" + value + "' evaluated in " + out.options().defaultTimezone()
                        + " (Azkaban uses the server's default timezone; set ConversionOptions.defaultTimezone)"));
        return Schedule.of(value, out.options().defaultTimezone());
    }

    private static String label(String path, String name) {
        return (path.isEmpty() ? "" : path + "/") + "nodes[name=" + name + "]";
    }

    private static Map<String, String> flat(JsonNode config) {
        Map<String, String> values = new LinkedHashMap<>();
        if (config.isObject()) {
            for (Map.Entry<String, JsonNode> e : config.properties()) {
                JsonNode v = e.getValue();
                values.put(e.getKey(), v.isValueNode() ? v.asString() : v.toString());
            }
        }
        return values;
    }

    private static JsonNode yaml(String text, String file) {
        try {
            JsonNode node = YAML.readTree(text);
            return node == null ? YAML.createObjectNode() : node;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            throw new MalformedSourceException(new SourceLocation(file, null, line), "the YAML is malformed: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static int lineOf(String text, String token) {
        int line = 0;
        for (String l : text.split("\n", -1)) {
            line++;
            String stripped = l.strip();
            if (stripped.startsWith("- ")) {
                stripped = stripped.substring(2).strip();
            }
            if (stripped.equals(token.replace(": ", ": \"") + "\"") || stripped.startsWith(token)
                    && (stripped.length() == token.length() || " :#".indexOf(stripped.charAt(token.length())) >= 0)) {
                return line;
            }
        }
        return 0;
    }
}
