package dev.assetmigration.schedulers.internal;

import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.schedulers.ConversionOptions;
import dev.assetmigration.schedulers.ConversionReport.Outcome;
import dev.assetmigration.schedulers.DependencyCycleException;
import dev.assetmigration.schedulers.MalformedSourceException;
import dev.assetmigration.schedulers.MissingFileException;
import dev.assetmigration.schedulers.SourceLimitException;
import dev.assetmigration.schedulers.SourceLocation;
import dev.assetmigration.schedulers.UnknownNodeException;
import dev.assetmigration.schedulers.UnsupportedVersionException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Converts an Oozie application directory (or zip): {@code workflow.xml}, optional
 * {@code coordinator.xml} and {@code job.properties}, {@code lib/}, and local sub-workflows.
 */
public final class OozieReader {

    /** Workflow schema versions (uri:oozie:workflow:X) this reader understands. */
    static final List<String> WORKFLOW_VERSIONS = List.of("0.1", "0.2", "0.2.5", "0.3", "0.4", "0.4.5", "0.5", "1.0");
    /** Coordinator schema versions (uri:oozie:coordinator:X) this reader understands. */
    static final List<String> COORDINATOR_VERSIONS = List.of("0.1", "0.2", "0.3", "0.4", "0.5");

    private static final String WORKFLOW_NS = "uri:oozie:workflow:";
    private static final String COORDINATOR_NS = "uri:oozie:coordinator:";
    private static final Set<String> CONTROL = Set.of("start", "end", "kill", "decision", "fork", "join");
    private static final Set<String> IGNORED = Set.of("parameters", "global", "credentials", "info");
    private static final Map<String, NodeType> ACTION_TYPES = Map.ofEntries(
            Map.entry("shell", NodeType.SHELL), Map.entry("hive", NodeType.HIVE), Map.entry("hive2", NodeType.HIVE),
            Map.entry("spark", NodeType.SPARK), Map.entry("sqoop", NodeType.SQOOP), Map.entry("java", NodeType.JAVA),
            Map.entry("map-reduce", NodeType.MAPREDUCE), Map.entry("pig", NodeType.PIG), Map.entry("fs", NodeType.FS),
            Map.entry("email", NodeType.EMAIL), Map.entry("ssh", NodeType.SSH),
            Map.entry("sub-workflow", NodeType.SUB_WORKFLOW), Map.entry("distcp", NodeType.DISTCP));
    private static final Pattern EL_FREQUENCY =
            Pattern.compile("\\$\\{\\s*coord:(minutes|hours|days|months|endOfDays|endOfMonths)\\(\\s*(\\d+)\\s*\\)\\s*}");
    private static final DateTimeFormatter OOZIE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .appendOffset("+HHMM", "Z").toFormatter(Locale.ROOT);

    private final Assembler out;
    private final SourceTree tree;
    private final Map<String, String> converted = new HashMap<>();

    private OozieReader(SourceTree tree, ConversionOptions options) {
        this.tree = tree;
        this.out = new Assembler("oozie", tree, options);
    }

    /**
     * Reads an Oozie application.
     *
     * @param path the application directory or a zip of it
     * @param options limits and defaults
     * @return the conversion
     */
    public static Conversion read(Path path, ConversionOptions options) {
        SourceTree tree = SourceTree.open(path, options);
        OozieReader reader = new OozieReader(tree, options);
        String root = reader.locateRoot();
        Map<String, String> properties = new LinkedHashMap<>();
        String jobProperties = root + "job.properties";
        if (tree.exists(jobProperties)) {
            properties.putAll(PropertiesText.parse(tree.readText(jobProperties, SourceLocation.ofFile(jobProperties)),
                    jobProperties));
        }
        Schedule schedule = null;
        Map<String, String> coordinatorExtensions = new LinkedHashMap<>();
        if (tree.exists(root + "coordinator.xml")) {
            schedule = reader.coordinator(root + "coordinator.xml", properties, coordinatorExtensions);
        }
        if (tree.exists(root + "bundle.xml")) {
            reader.out.item("bundle", "bundle", SourceLocation.ofFile(root + "bundle.xml"), Outcome.UNSUPPORTED,
                    List.of("bundles group coordinators and have no mapping; convert each coordinator's directory"));
        }
        String name = reader.workflow(root, properties, schedule, coordinatorExtensions, 0);
        return reader.out.finish(Assembler.info("oozie", name));
    }

    /** Finds the directory holding workflow.xml: the root, or the single top directory of a zip. */
    private String locateRoot() {
        if (tree.exists("workflow.xml")) {
            return "";
        }
        Set<String> tops = new TreeSet<>();
        for (String file : tree.files()) {
            if (file.endsWith("/workflow.xml") && file.indexOf('/') == file.length() - "/workflow.xml".length()) {
                tops.add(file.substring(0, file.indexOf('/') + 1));
            }
        }
        if (tops.size() == 1 && tree.files().stream().allMatch(f -> f.startsWith(tops.iterator().next()))) {
            return tops.iterator().next();
        }
        throw new MissingFileException(SourceLocation.ofFile(tree.display()), "workflow.xml");
    }

    // ---------------------------------------------------------------- coordinator

    private @Nullable Schedule coordinator(String file, Map<String, String> properties,
            Map<String, String> extensions) {
        XmlElement app = XmlElement.parse(tree.readText(file, SourceLocation.ofFile(file)), file);
        String version = version(app, file, "coordinator-app", COORDINATOR_NS, COORDINATOR_VERSIONS);
        for (XmlElement property : app.child("parameters").map(p -> p.all("property")).orElse(List.of())) {
            property.childText("name").ifPresent(n -> properties.putIfAbsent(n, property.childText("value").orElse("")));
        }
        app.child("action").flatMap(a -> a.child("workflow")).ifPresent(workflow -> {
            for (XmlElement property : workflow.child("configuration").map(c -> c.all("property")).orElse(List.of())) {
                property.childText("name").ifPresent(n -> properties.putIfAbsent(n,
                        property.childText("value").orElse("")));
            }
            workflow.childText("app-path").ifPresent(p -> extensions.put("oozie.coordinator.app-path",
                    Placeholders.resolve(p, properties).text()));
        });
        String name = resolve(app.attribute("name").orElse("coordinator"), properties);
        SourceLocation at = new SourceLocation(file, "coordinator-app[name=" + name + "]", app.line());
        extensions.put("oozie.coordinator", name);
        extensions.put("oozie.coordinator.schema", version);
        app.child("controls").ifPresent(controls -> controls.children().forEach(c ->
                extensions.put("oozie.coordinator." + c.name(), resolve(c.text(), properties))));
        for (String dataElement : List.of("datasets", "input-events", "output-events", "input-logic")) {
            app.child(dataElement).ifPresent(e -> out.item(dataElement, dataElement,
                    new SourceLocation(file, dataElement, e.line()), Outcome.UNSUPPORTED,
                    List.of("data-availability triggers have no mapping; the tasks run on the time schedule only."
                            + " Add a check task if the data must be present first")));
        }
        String frequency = resolve(app.attribute("frequency").orElse(""), properties);
        String zoneText = resolve(app.attribute("timezone").orElse("UTC"), properties);
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new MalformedSourceException(new SourceLocation(file, "coordinator-app/@timezone", app.line()),
                    "timezone '" + zoneText + "' is not a known zone id such as UTC or America/Los_Angeles", e);
        }
        List<String> notes = new ArrayList<>();
        Instant start = time(app.attribute("start").orElse(""), properties, "start", notes);
        Instant end = time(app.attribute("end").orElse(""), properties, "end", notes);
        Optional<Crons.Result> cron = frequency(frequency, start == null
                ? Instant.EPOCH.atZone(zone).toLocalDate().atStartOfDay(zone) : start.atZone(zone), notes);
        if (cron.isEmpty()) {
            notes.add("frequency '" + frequency + "' has no cron equivalent; the tasks are converted as manually"
                    + " triggered. Set a schedule in the target");
            out.item(name, "coordinator", at, Outcome.FAILED, notes);
            return null;
        }
        cron.get().note().ifPresent(notes::add);
        notes.add("frequency '" + frequency + "' in " + zone + " becomes cron '" + cron.get().cron() + "'");
        extensions.put("oozie.coordinator.frequency", frequency);
        out.item(name, "coordinator", at, Outcome.CONVERTED, notes);
        return new Schedule(cron.get().cron(), zone, start, end, false);
    }

    private static @Nullable Instant time(String raw, Map<String, String> properties, String what, List<String> notes) {
        String text = Placeholders.resolve(raw, properties).text().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, OOZIE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                notes.add(what + " '" + text + "' is not a static time; the schedule has no " + what + " bound");
                return null;
            }
        }
    }

    private static Optional<Crons.Result> frequency(String frequency, ZonedDateTime anchor, List<String> notes) {
        String text = frequency.trim();
        if (text.matches("\\d+")) {
            return Crons.every(Duration.ofMinutes(Long.parseLong(text)), anchor);
        }
        Matcher el = EL_FREQUENCY.matcher(text);
        if (el.matches()) {
            int n = Integer.parseInt(el.group(2));
            if (n <= 0) {
                return Optional.empty();
            }
            return switch (el.group(1)) {
                case "minutes" -> Crons.every(Duration.ofMinutes(n), anchor);
                case "hours" -> Crons.every(Duration.ofHours(n), anchor);
                case "days" -> Crons.every(Duration.ofDays(n), anchor);
                case "months" -> Optional.of(Crons.everyMonths(n, anchor));
                case "endOfDays" -> Crons.every(Duration.ofDays(n), anchor.toLocalDate().atStartOfDay(anchor.getZone()));
                default -> Optional.of(Crons.everyMonths(n, anchor.withDayOfMonth(1).toLocalDate()
                        .atStartOfDay(anchor.getZone())));
            };
        }
        String cron = Crons.normalise(text);
        if (cron.split("\\s+").length == 5 && Crons.problem(cron).isEmpty()) {
            return Optional.of(new Crons.Result(cron, Optional.empty()));
        }
        if (!text.isEmpty()) {
            Crons.problem(cron).ifPresent(p -> notes.add("not a cron expression either: " + p));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- workflow

    /** A node of the workflow graph. */
    private record Node(String kind, String name, XmlElement element, List<Edge> success, @Nullable Edge error) {
        String label() {
            return "start".equals(kind) ? "start" : kind + "[name=" + name + "]";
        }
    }

    /** A transition; {@code condition} is the decision predicate that guards it, if any. */
    private record Edge(String target, String element, int line, @Nullable String condition) {
    }

    private String workflow(String dir, Map<String, String> inherited, @Nullable Schedule schedule,
            Map<String, String> inheritedExtensions, int depth) {
        String file = dir + "workflow.xml";
        XmlElement app = XmlElement.parse(tree.readText(file, SourceLocation.ofFile(file)), file);
        String version = version(app, file, "workflow-app", WORKFLOW_NS, WORKFLOW_VERSIONS);
        Map<String, String> properties = new LinkedHashMap<>(inherited);
        for (XmlElement property : app.child("parameters").map(p -> p.all("property")).orElse(List.of())) {
            property.childText("name").ifPresent(n -> properties.putIfAbsent(n, property.childText("value").orElse("")));
        }
        String appName = resolve(app.attribute("name").orElseThrow(() -> new MalformedSourceException(
                new SourceLocation(file, "workflow-app", app.line()), "the workflow-app has no name attribute", null)),
                properties);
        String folder = Names.folder("oozie", appName);
        converted.put(dir, folder);
        Map<String, String> global = new LinkedHashMap<>();
        app.child("global").ifPresent(g -> {
            g.childText("job-tracker").or(() -> g.childText("resource-manager"))
                    .ifPresent(v -> global.put("oozie.job-tracker", v));
            g.childText("name-node").ifPresent(v -> global.put("oozie.name-node", v));
            configuration(g, global);
        });
        app.child("info").ifPresent(i -> sla(file, "workflow-app/info", i));
        app.all("action").forEach(a -> a.child("info").ifPresent(i -> sla(file,
                "action[name=" + a.attribute("name").orElse("") + "]/info", i)));
        app.child("credentials").ifPresent(c -> out.item("credentials", "credentials",
                new SourceLocation(file, "credentials", c.line()), Outcome.UNSUPPORTED,
                List.of("credentials (Kerberos, HCatalog, Hive) are not migrated; configure them in the target")));

        Map<String, Node> nodes = new LinkedHashMap<>();
        Node start = null;
        for (XmlElement element : app.children()) {
            String kind = element.name();
            if (IGNORED.contains(kind)) {
                continue;
            }
            Node node = node(element, file);
            if ("start".equals(kind)) {
                if (start != null) {
                    throw new MalformedSourceException(new SourceLocation(file, "start", element.line()),
                            "the workflow has more than one start node", null);
                }
                start = node;
                continue;
            }
            if (nodes.put(node.name, node) != null) {
                throw new MalformedSourceException(new SourceLocation(file, node.label(), element.line()),
                        "node name '" + node.name + "' is used twice", null);
            }
        }
        if (start == null) {
            throw new MalformedSourceException(new SourceLocation(file, "workflow-app", app.line()),
                    "the workflow has no start node", null);
        }
        if (nodes.size() > out.options().maxNodes()) {
            throw new SourceLimitException(SourceLocation.ofFile(file), "maxNodes", out.options().maxNodes(),
                    nodes.size());
        }
        List<Node> all = new ArrayList<>();
        all.add(start);
        all.addAll(nodes.values());
        for (Node node : all) {
            List<Edge> edges = new ArrayList<>(node.success);
            if (node.error != null) {
                edges.add(node.error);
            }
            for (Edge edge : edges) {
                if (!nodes.containsKey(edge.target)) {
                    throw new UnknownNodeException(new SourceLocation(file, edge.element, edge.line), edge.target);
                }
            }
        }
        checkAcyclic(file, start, nodes);

        // Which actions follow each node on success paths, through control nodes.
        Map<String, TaskDraft> drafts = new LinkedHashMap<>();
        Map<String, String> libs = libResources(dir, folder);
        Set<String> reachable = reachable(start, nodes);
        for (Node node : nodes.values()) {
            if ("action".equals(node.kind)) {
                TaskDraft draft = out.task(folder, Names.clean(node.name), "action",
                        new SourceLocation(file, node.label(), node.element.line()));
                draft.schedule = depth == 0 ? schedule : null;
                draft.modifiedAt = tree.modifiedAt(file);
                draft.extensions.putAll(inheritedExtensions);
                draft.extensions.put("oozie.workflow", appName);
                draft.extensions.put("oozie.workflow.schema", version);
                action(node, draft, dir, file, properties, global, depth);
                draft.resources.addAll(libs.keySet());
                if (!reachable.contains(node.name)) {
                    draft.notes.add("not reachable from the start node; Oozie never runs it");
                }
                drafts.put(node.name, draft);
            }
        }
        Map<String, Set<String>> successUpstream = new HashMap<>();
        Map<String, List<String>> conditions = new HashMap<>();
        for (Node from : all) {
            if (!"action".equals(from.kind) && !"start".equals(from.kind)) {
                continue;
            }
            for (Map.Entry<String, List<String>> next : following(from.success, nodes).entrySet()) {
                if ("action".equals(from.kind)) {
                    successUpstream.computeIfAbsent(next.getKey(), k -> new LinkedHashSet<>()).add(from.name);
                }
                conditions.computeIfAbsent(next.getKey(), k -> new ArrayList<>()).addAll(next.getValue());
            }
        }
        for (Node from : nodes.values()) {
            if (!"action".equals(from.kind) || from.error == null) {
                continue;
            }
            TaskDraft source = drafts.get(from.name);
            Node target = nodes.get(from.error.target);
            source.extensions.put("oozie.error-to", target.name);
            if ("kill".equals(target.kind)) {
                String message = target.element.childText("message").map(m -> resolve(m, properties)).orElse("");
                source.extensions.put("oozie.error-to.kill-message", message);
                continue;
            }
            Set<String> handlers = following(List.of(from.error), nodes).keySet();
            for (String handler : handlers) {
                TaskDraft h = drafts.get(handler);
                String previous = h.extensions.get("oozie.failure-handler-of");
                h.extensions.put("oozie.failure-handler-of", previous == null ? from.name : previous + "," + from.name);
            }
            source.notes.add("error transition to '" + target.name + "' is a failure path: kept in extension"
                    + " oozie.error-to, not as a dependency");
        }
        for (Map.Entry<String, TaskDraft> entry : drafts.entrySet()) {
            TaskDraft draft = entry.getValue();
            Set<String> upstream = successUpstream.getOrDefault(entry.getKey(), Set.of());
            upstream.forEach(u -> draft.upstream.add(drafts.get(u).key));
            List<String> guards = conditions.getOrDefault(entry.getKey(), List.of());
            if (!guards.isEmpty()) {
                draft.extensions.put("oozie.condition", String.join("; ", new LinkedHashSet<>(guards)));
            }
            String handlerOf = draft.extensions.get("oozie.failure-handler-of");
            if (handlerOf != null) {
                if (upstream.isEmpty()) {
                    draft.notes.add("reached only through the error transition of " + handlerOf + "; it has no"
                            + " upstream dependency" + (draft.schedule != null ? " and its schedule is paused" : "")
                            + " so that it never runs on success. Wire it as a failure alert in the target");
                    if (draft.schedule != null) {
                        draft.schedule = draft.schedule.withPaused(true);
                    }
                } else {
                    draft.notes.add("also the failure handler of " + handlerOf + "; only its success upstream is kept");
                }
            }
        }
        return appName;
    }

    private void sla(String file, String element, XmlElement info) {
        out.item(element, "sla", new SourceLocation(file, element, info.line()), Outcome.UNSUPPORTED,
                List.of("SLA definitions (sla:info) have no mapping; set alerts or baselines in the target"));
    }

    private static String version(XmlElement root, String file, String expected, String prefix, List<String> known) {
        if (!expected.equals(root.name())) {
            throw new MalformedSourceException(new SourceLocation(file, root.name(), root.line()),
                    "the root element is <" + root.name() + ">, expected <" + expected + ">", null);
        }
        if (!root.namespace().startsWith(prefix)) {
            throw new UnsupportedVersionException(new SourceLocation(file, expected + "/@xmlns", root.line()),
                    root.namespace().isEmpty() ? "(no namespace)" : root.namespace(),
                    known.stream().map(v -> prefix + v).toList());
        }
        String version = root.namespace().substring(prefix.length());
        if (!known.contains(version)) {
            throw new UnsupportedVersionException(new SourceLocation(file, expected + "/@xmlns", root.line()),
                    root.namespace(), known.stream().map(v -> prefix + v).toList());
        }
        return version;
    }

    private static Node node(XmlElement element, String file) {
        String kind = element.name();
        String name = element.attribute("name").orElse("start".equals(kind) ? "start" : "");
        if (name.isBlank()) {
            throw new MalformedSourceException(new SourceLocation(file, kind, element.line()),
                    "the <" + kind + "> node has no name attribute", null);
        }
        String label = "start".equals(kind) ? "start" : kind + "[name=" + name + "]";
        List<Edge> success = new ArrayList<>();
        Edge error = null;
        switch (kind) {
            case "start" -> success.add(edge(element, "to", label, file, null));
            case "join" -> success.add(edge(element, "to", label, file, null));
            case "end", "kill" -> {
                // terminal
            }
            case "fork" -> {
                for (XmlElement path : element.all("path")) {
                    success.add(edge(path, "start", label + "/path", file, null));
                }
                if (success.size() < 2) {
                    throw new MalformedSourceException(new SourceLocation(file, label, element.line()),
                            "a fork needs at least two paths", null);
                }
            }
            case "decision" -> {
                XmlElement sw = element.child("switch").orElseThrow(() -> new MalformedSourceException(
                        new SourceLocation(file, label, element.line()), "the decision has no <switch>", null));
                for (XmlElement c : sw.all("case")) {
                    success.add(edge(c, "to", label + "/switch/case", file, name + ": " + c.text()));
                }
                XmlElement def = sw.child("default").orElseThrow(() -> new MalformedSourceException(
                        new SourceLocation(file, label + "/switch", sw.line()), "the switch has no <default>", null));
                success.add(edge(def, "to", label + "/switch/default", file, name + ": default"));
            }
            case "action" -> {
                XmlElement ok = element.child("ok").orElseThrow(() -> new MalformedSourceException(
                        new SourceLocation(file, label, element.line()), "the action has no <ok> transition", null));
                success.add(edge(ok, "to", label + "/ok", file, null));
                XmlElement err = element.child("error").orElseThrow(() -> new MalformedSourceException(
                        new SourceLocation(file, label, element.line()), "the action has no <error> transition", null));
                error = edge(err, "to", label + "/error", file, null);
            }
            default -> throw new MalformedSourceException(new SourceLocation(file, kind, element.line()),
                    "<" + kind + "> is not a workflow node (expected start, end, kill, decision, fork, join or action)",
                    null);
        }
        return new Node(kind, name, element, success, error);
    }

    private static Edge edge(XmlElement element, String attribute, String label, String file,
            @Nullable String condition) {
        String target = element.attribute(attribute).orElseThrow(() -> new MalformedSourceException(
                new SourceLocation(file, label, element.line()), "the transition has no '" + attribute + "' attribute",
                null));
        return new Edge(target, label, element.line(), condition);
    }

    private static void checkAcyclic(String file, Node start, Map<String, Node> nodes) {
        Map<String, List<String>> edges = new HashMap<>();
        List<Node> all = new ArrayList<>(nodes.values());
        all.add(0, start);
        for (Node node : all) {
            List<String> targets = new ArrayList<>();
            node.success.forEach(e -> targets.add(e.target));
            if (node.error != null) {
                targets.add(node.error.target);
            }
            edges.put(node.name, targets);
        }
        List<String> names = all.stream().map(Node::name).toList();
        Graphs.findCycle(names, edges).ifPresent(cycle -> {
            Node first = nodes.get(cycle.get(0));
            throw new DependencyCycleException(new SourceLocation(file, first.label(), first.element.line()), cycle);
        });
    }

    private static Set<String> reachable(Node start, Map<String, Node> nodes) {
        Set<String> seen = new HashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Node node = queue.pop();
            List<Edge> edges = new ArrayList<>(node.success);
            if (node.error != null) {
                edges.add(node.error);
            }
            for (Edge edge : edges) {
                if (seen.add(edge.target)) {
                    queue.push(nodes.get(edge.target));
                }
            }
        }
        return seen;
    }

    /**
     * The actions that come next along success edges, walking through control nodes; each with
     * the decision predicates passed on the way. Each control node is walked once per call, so
     * deeply nested decisions and forks stay linear (a node reached on two paths keeps the
     * predicates of the first).
     */
    private static Map<String, List<String>> following(List<Edge> edges, Map<String, Node> nodes) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Deque<Map.Entry<Edge, List<String>>> queue = new ArrayDeque<>();
        edges.forEach(e -> queue.add(Map.entry(e, List.of())));
        Set<String> visitedControl = new HashSet<>();
        while (!queue.isEmpty()) {
            Map.Entry<Edge, List<String>> entry = queue.poll();
            Edge edge = entry.getKey();
            List<String> guards = new ArrayList<>(entry.getValue());
            if (edge.condition != null) {
                guards.add(edge.condition);
            }
            Node target = nodes.get(edge.target);
            if ("action".equals(target.kind)) {
                found.computeIfAbsent(target.name, k -> new ArrayList<>()).addAll(guards);
            } else if (CONTROL.contains(target.kind) && visitedControl.add(target.name)) {
                target.success.forEach(e -> queue.add(Map.entry(e, guards)));
            }
        }
        return found;
    }

    private Map<String, String> libResources(String dir, String folder) {
        Map<String, String> libs = new LinkedHashMap<>();
        for (String file : tree.files()) {
            if (file.startsWith(dir + "lib/")) {
                libs.put(out.resource(file, Names.folder(folder, "lib"), SourceLocation.ofFile(file)), file);
            }
        }
        return libs;
    }

    // ---------------------------------------------------------------- actions

    private void action(Node node, TaskDraft draft, String dir, String file, Map<String, String> properties,
            Map<String, String> global, int depth) {
        XmlElement action = node.element.children().stream()
                .filter(c -> !"ok".equals(c.name()) && !"error".equals(c.name()) && !"info".equals(c.name()))
                .findFirst().orElseThrow(() -> new MalformedSourceException(
                        new SourceLocation(file, node.label(), node.element.line()), "the action has no action element",
                        null));
        String type = action.name();
        draft.extensions.put("oozie.action", type);
        if (!action.namespace().isEmpty()) {
            draft.extensions.put("oozie.action.schema", action.namespace());
        }
        node.element.attribute("retry-max").ifPresent(r -> draft.retries = integer(resolve(r, properties), draft,
                "retry-max"));
        node.element.attribute("retry-interval").ifPresent(r -> draft.extensions.put("oozie.retry-interval",
                resolve(r, properties)));
        node.element.attribute("cred").ifPresent(c -> draft.extensions.put("oozie.cred", c));
        NodeType nodeType = ACTION_TYPES.get(type);
        String label = node.label() + "/" + type;
        Context cx = new Context(draft, dir, file, label, properties, new LinkedHashSet<>());
        if (nodeType == null) {
            draft.unsupported(NodeType.of("OOZIE_" + type.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_.-]", "_")),
                    "Oozie action type <" + type + "> has no mapping; its definition is kept as the task code."
                            + " Rebuild it by hand");
            draft.code = action.toXml();
            return;
        }
        draft.nodeType = nodeType;
        Map<String, String> parameters = new LinkedHashMap<>(global);
        action.childText("job-tracker").or(() -> action.childText("resource-manager"))
                .ifPresent(v -> parameters.put("oozie.job-tracker", v));
        action.childText("name-node").ifPresent(v -> parameters.put("oozie.name-node", v));
        configuration(action, parameters);
        parameters.forEach((k, v) -> draft.parameters.put(k, cx.text(v)));
        action.all("file").forEach(f -> cx.file(f.text(), "file", f.line()));
        action.all("archive").forEach(f -> cx.file(f.text(), "archive", f.line()));
        draft.code = switch (type) {
            case "shell" -> shell(action, cx);
            case "hive", "hive2", "pig" -> script(action, cx);
            case "spark" -> spark(action, cx);
            case "sqoop" -> action.childText("command").map(c -> "sqoop " + cx.text(c))
                    .orElseGet(() -> command("sqoop", args(action, "arg", cx)));
            case "java" -> java(action, cx);
            case "map-reduce" -> mapReduce(action, draft, cx);
            case "fs" -> fs(action, cx);
            case "email" -> email(action, draft, cx);
            case "ssh" -> command("ssh " + cx.text(action.childText("host").orElse("")) + " "
                    + cx.text(action.childText("command").orElse("")), args(action, action.child("args").isPresent()
                    ? "args" : "arg", cx));
            case "sub-workflow" -> subWorkflow(action, cx, depth);
            default -> command("hadoop distcp" + action.childText("java-opts").map(o -> " " + cx.text(o)).orElse(""),
                    args(action, "arg", cx));
        };
        if (!cx.unresolved.isEmpty()) {
            draft.notes.add("parameters " + cx.unresolved.stream().map(n -> "${" + n + "}").toList()
                    + " are not defined in job.properties or <parameters>; kept as written");
        }
    }

    /** What an action conversion needs: the draft, where it is, and placeholder resolution. */
    private final class Context {
        final TaskDraft draft;
        final String dir;
        final String file;
        final String label;
        final Map<String, String> properties;
        final Set<String> unresolved;

        Context(TaskDraft draft, String dir, String file, String label, Map<String, String> properties,
                Set<String> unresolved) {
            this.draft = draft;
            this.dir = dir;
            this.file = file;
            this.label = label;
            this.properties = properties;
            this.unresolved = unresolved;
        }

        String text(String raw) {
            Placeholders.Result result = Placeholders.resolve(raw, properties);
            unresolved.addAll(result.unresolved());
            return result.text();
        }

        SourceLocation at(String child, int line) {
            return new SourceLocation(file, label + "/" + child, line);
        }

        /** Registers a file the action references; returns its path in the source if it is local. */
        Optional<String> file(String raw, String child, int line) {
            String path = text(raw);
            int hash = path.indexOf('#');
            String bare = hash >= 0 ? path.substring(0, hash) : path;
            if (bare.isBlank()) {
                return Optional.empty();
            }
            if (bare.contains("://") || bare.startsWith("/") || bare.contains("${")) {
                draft.extensions.merge("oozie.external-files", bare, (a, b) -> a + "," + b);
                draft.notes.add(child + " '" + bare + "' lives outside the application directory and is not copied");
                return Optional.empty();
            }
            if (SourceTree.escapes(bare)) {
                throw new MalformedSourceException(at(child, line), "path '" + bare + "' leaves the application directory",
                        null);
            }
            String relative = SourceTree.normalise(dir + bare);
            if (!tree.exists(relative)) {
                throw new MissingFileException(at(child, line), relative);
            }
            String folder = Names.folder(draft.folder, relative.startsWith(dir + "lib/") ? "lib" : "files");
            String inApp = relative.substring(dir.length());
            if (!inApp.startsWith("lib/") && inApp.contains("/")) {
                for (String segment : inApp.substring(0, inApp.lastIndexOf('/')).split("/")) {
                    folder = Names.folder(folder, segment);
                }
            }
            draft.resources.add(out.resource(relative, folder, at(child, line)));
            return Optional.of(relative);
        }
    }

    private static List<String> args(XmlElement action, String child, Context cx) {
        return action.all(child).stream().map(a -> cx.text(a.text())).toList();
    }

    private static String command(String head, List<String> args) {
        StringBuilder line = new StringBuilder(head.strip());
        for (String arg : args) {
            line.append(' ').append(quote(arg));
        }
        return line.toString();
    }

    private static void configuration(XmlElement parent, Map<String, String> into) {
        parent.child("configuration").ifPresent(c -> c.all("property").forEach(p -> p.childText("name")
                .ifPresent(n -> into.put(n, p.childText("value").orElse("")))));
    }

    private String shell(XmlElement action, Context cx) {
        XmlElement exec = action.child("exec").orElseThrow(() -> new MalformedSourceException(
                cx.at("exec", action.line()), "the shell action has no <exec>", null));
        String executable = cx.text(exec.text());
        if (!executable.contains("${") && !executable.startsWith("/") && !SourceTree.escapes(executable)
                && tree.exists(SourceTree.normalise(cx.dir + executable))) {
            cx.file(executable, "exec", exec.line());
        }
        action.all("env-var").forEach(e -> cx.draft.extensions.merge("oozie.env-var", cx.text(e.text()),
                (a, b) -> a + "\n" + b));
        return command(executable, args(action, "argument", cx));
    }

    private String script(XmlElement action, Context cx) {
        for (XmlElement param : action.all("param")) {
            String[] kv = cx.text(param.text()).split("=", 2);
            cx.draft.parameters.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
        }
        action.childText("jdbc-url").ifPresent(u -> cx.draft.extensions.put("oozie.jdbc-url", cx.text(u)));
        if (action.child("password").isPresent()) {
            cx.draft.notes.add("the hive2 password is not migrated; bind a data source in the target");
        }
        List<String> arguments = args(action, "argument", cx);
        if (!arguments.isEmpty()) {
            cx.draft.extensions.put("oozie.arguments", String.join("\n", arguments));
        }
        Optional<XmlElement> query = action.child("query");
        if (query.isPresent()) {
            return cx.text(query.get().text());
        }
        XmlElement script = action.child("script").orElseThrow(() -> new MalformedSourceException(
                cx.at("script", action.line()), "the action has neither <script> nor <query>", null));
        String path = cx.text(script.text());
        if (path.contains("://") || path.startsWith("/") || path.contains("${")) {
            cx.draft.extensions.put("oozie.script", path);
            cx.draft.notes.add("script '" + path + "' lives outside the application directory; its text is not"
                    + " available, so the task code is empty. Paste the script in the target");
            return "";
        }
        if (SourceTree.escapes(path)) {
            throw new MalformedSourceException(cx.at("script", script.line()), "path '" + path
                    + "' leaves the application directory", null);
        }
        cx.draft.extensions.put("oozie.script", path);
        return tree.readText(cx.dir + path, cx.at("script", script.line()));
    }

    private String spark(XmlElement action, Context cx) {
        StringBuilder head = new StringBuilder("spark-submit");
        action.childText("master").ifPresent(v -> head.append(" --master ").append(cx.text(v)));
        action.childText("mode").ifPresent(v -> head.append(" --deploy-mode ").append(cx.text(v)));
        action.childText("name").ifPresent(v -> head.append(" --name ").append(quote(cx.text(v))));
        action.childText("class").ifPresent(v -> head.append(" --class ").append(cx.text(v)));
        action.childText("spark-opts").ifPresent(v -> head.append(' ').append(cx.text(v)));
        action.child("jar").ifPresent(j -> {
            String jar = cx.text(j.text());
            cx.file(jar, "jar", j.line()).ifPresentOrElse(local -> head.append(' ').append(jar),
                    () -> head.append(' ').append(jar));
        });
        return command(head.toString(), args(action, "arg", cx));
    }

    /** Quotes a shell word that has whitespace or quotes, unless it is one runtime EL expression. */
    private static String quote(String value) {
        if (value.matches("\\$\\{[^}]*}")) {
            return value;
        }
        return value.isEmpty() || value.matches("(?s).*[\\s\"'].*") ? "'" + value.replace("'", "'\\''") + "'" : value;
    }

    private static String java(XmlElement action, Context cx) {
        StringBuilder head = new StringBuilder("java");
        action.childText("java-opts").ifPresent(o -> head.append(' ').append(cx.text(o)));
        action.all("java-opt").forEach(o -> head.append(' ').append(cx.text(o.text())));
        head.append(' ').append(cx.text(action.childText("main-class").orElseThrow(() -> new MalformedSourceException(
                cx.at("main-class", action.line()), "the java action has no <main-class>", null))));
        action.childText("capture-output").ifPresent(c -> cx.draft.extensions.put("oozie.capture-output", "true"));
        return command(head.toString(), args(action, "arg", cx));
    }

    private static String mapReduce(XmlElement action, TaskDraft draft, Context cx) {
        for (String special : List.of("streaming", "pipes")) {
            action.child(special).ifPresent(s -> {
                s.children().forEach(c -> draft.extensions.merge("oozie." + special + "." + c.name(),
                        cx.text(c.text()), (a, b) -> a + "\n" + b));
                draft.notes.add("map-reduce " + special + " settings are kept in extensions oozie." + special + ".*");
            });
        }
        StringBuilder code = new StringBuilder();
        draft.parameters.forEach((k, v) -> code.append(k).append('=').append(v).append('\n'));
        return code.toString();
    }

    private static String fs(XmlElement action, Context cx) {
        StringBuilder code = new StringBuilder();
        for (XmlElement op : action.children()) {
            String line = switch (op.name()) {
                case "delete", "mkdir", "touchz" -> op.name() + " " + cx.text(op.attribute("path").orElse(""));
                case "move" -> "move " + cx.text(op.attribute("source").orElse("")) + " "
                        + cx.text(op.attribute("target").orElse(""));
                case "chmod" -> "chmod " + cx.text(op.attribute("path").orElse("")) + " "
                        + op.attribute("permissions").orElse("") + (op.attribute("dir-files").map(d -> " dir-files="
                        + d).orElse("")) + (op.child("recursive").isPresent() ? " recursive" : "");
                case "chgrp" -> "chgrp " + cx.text(op.attribute("path").orElse("")) + " "
                        + op.attribute("group").orElse("") + (op.child("recursive").isPresent() ? " recursive" : "");
                case "setrep" -> "setrep " + cx.text(op.attribute("path").orElse("")) + " "
                        + op.attribute("replication-factor").orElse("");
                default -> null;
            };
            if (line != null) {
                code.append(line).append('\n');
            }
        }
        return code.toString();
    }

    private static String email(XmlElement action, TaskDraft draft, Context cx) {
        for (String field : List.of("to", "cc", "bcc", "subject", "content_type", "attachment")) {
            action.childText(field).ifPresent(v -> draft.parameters.put("email." + field, cx.text(v)));
        }
        return cx.text(action.childText("body").orElse(""));
    }

    private String subWorkflow(XmlElement action, Context cx, int depth) {
        String appPath = cx.text(action.childText("app-path").orElseThrow(() -> new MalformedSourceException(
                cx.at("app-path", action.line()), "the sub-workflow action has no <app-path>", null)));
        cx.draft.extensions.put("oozie.sub-workflow.app-path", appPath);
        action.child("propagate-configuration").ifPresent(p ->
                cx.draft.extensions.put("oozie.sub-workflow.propagate-configuration", "true"));
        String local = appPath.endsWith("/workflow.xml") ? appPath.substring(0, appPath.length() - 12) : appPath;
        if (local.contains("://") || local.startsWith("/") || local.contains("${")) {
            cx.draft.notes.add("sub-workflow '" + appPath + "' lives outside the application directory and is not"
                    + " converted; convert it separately");
            return appPath;
        }
        if (SourceTree.escapes(local)) {
            throw new MalformedSourceException(cx.at("app-path", action.line()), "path '" + local
                    + "' leaves the application directory", null);
        }
        String subDir = SourceTree.normalise(cx.dir + local);
        subDir = subDir.isEmpty() ? "" : subDir + "/";
        if (!tree.exists(subDir + "workflow.xml")) {
            throw new MissingFileException(cx.at("app-path", action.line()), subDir + "workflow.xml");
        }
        if (depth + 1 > out.options().maxNesting()) {
            throw new SourceLimitException(cx.at("app-path", action.line()), "maxNesting", out.options().maxNesting(),
                    depth + 1L);
        }
        String folder = converted.get(subDir);
        if (folder == null) {
            Map<String, String> inherited = new LinkedHashMap<>(cx.properties);
            String subName = workflow(subDir, inherited, null, Map.of(), depth + 1);
            folder = Names.folder("oozie", subName);
        }
        cx.draft.extensions.put("oozie.sub-workflow.folder", folder);
        return appPath;
    }

    private static int integer(String text, TaskDraft draft, String what) {
        try {
            return Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            draft.notes.add(what + " '" + text + "' is not a number; no automatic retries set");
            return 0;
        }
    }

    private static String resolve(String raw, Map<String, String> properties) {
        return Placeholders.resolve(raw, properties).text();
    }
}
