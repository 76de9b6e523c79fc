package dev.assetmigration.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of node a task, query or component runs: SQL, shell, Spark and so on.
 *
 * <p>Platforms have many node types, so this is an open value rather than an enum; the constants
 * below are the ones the library knows how to name files for and convert to. Codes are upper
 * case. Three node types cannot be migrated at all — {@link #DATA_QUALITY}, {@link #COMPOSITE}
 * and {@link #DATA_PUSH} — and {@link #unsupportedReason()} says so.
 *
 * @param code the node type code, for example {@code SQL}
 */
public record NodeType(@NotBlank @Pattern(regexp = "[A-Z0-9_.-]+") String code) {

    /** SQL on the compute engine (MaxCompute SQL, generic SQL). */
    public static final NodeType SQL = new NodeType("SQL");
    /** Hive SQL. */
    public static final NodeType HIVE = new NodeType("HIVE");
    /** A shell script. */
    public static final NodeType SHELL = new NodeType("SHELL");
    /** A Python script. */
    public static final NodeType PYTHON = new NodeType("PYTHON");
    /** A Spark job (submit command or code). */
    public static final NodeType SPARK = new NodeType("SPARK");
    /** A MapReduce job. */
    public static final NodeType MAPREDUCE = new NodeType("MAPREDUCE");
    /** A Java program. */
    public static final NodeType JAVA = new NodeType("JAVA");
    /** A Sqoop transfer. */
    public static final NodeType SQOOP = new NodeType("SQOOP");
    /** A Pig script. */
    public static final NodeType PIG = new NodeType("PIG");
    /** File-system operations (HDFS mkdir, move, delete…). */
    public static final NodeType FS = new NodeType("FS");
    /** A cluster copy (distcp). */
    public static final NodeType DISTCP = new NodeType("DISTCP");
    /** Sends an e-mail. */
    public static final NodeType EMAIL = new NodeType("EMAIL");
    /** Runs a command on a remote host. */
    public static final NodeType SSH = new NodeType("SSH");
    /** Runs another workflow. */
    public static final NodeType SUB_WORKFLOW = new NodeType("SUB_WORKFLOW");
    /** A data-integration (sync) node. */
    public static final NodeType DATA_INTEGRATION = new NodeType("DATA_INTEGRATION");
    /** A zero-load node that only joins or fans out dependencies. */
    public static final NodeType VIRTUAL = new NodeType("VIRTUAL");
    /** A Data Quality node: cannot be migrated. */
    public static final NodeType DATA_QUALITY = new NodeType("DATA_QUALITY");
    /** A composite node (loop / branch container): cannot be migrated. */
    public static final NodeType COMPOSITE = new NodeType("COMPOSITE");
    /** A data push node: cannot be migrated. */
    public static final NodeType DATA_PUSH = new NodeType("DATA_PUSH");

    private static final Set<String> UNSUPPORTED = Set.of("DATA_QUALITY", "COMPOSITE", "DATA_PUSH");

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("SQL", ".sql"), Map.entry("HIVE", ".sql"),
            Map.entry("SHELL", ".sh"), Map.entry("SSH", ".sh"),
            Map.entry("PYTHON", ".py"), Map.entry("PIG", ".pig"),
            Map.entry("SQOOP", ".sh"), Map.entry("DISTCP", ".sh"), Map.entry("FS", ".sh"));

    /**
     * Creates a node type; the code is upper-cased.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public NodeType {
        code = Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT);
    }

    /**
     * Shorthand for {@code new NodeType(code)}.
     *
     * @param code the node type code
     * @return the node type
     */
    public static NodeType of(String code) {
        return new NodeType(code);
    }

    /**
     * Tells why tasks of this node type cannot be migrated.
     *
     * @return "rebuild by hand" advice for Data Quality, composite and data push nodes; empty
     *     for every other node type
     */
    public Optional<String> unsupportedReason() {
        return UNSUPPORTED.contains(code)
                ? Optional.of(code + " nodes cannot be migrated; rebuild by hand in the target")
                : Optional.empty();
    }

    /**
     * Returns the file-name extension under which code of this node type is stored in packages
     * and directory workspaces, so that editors recognise it.
     *
     * @return for example {@code ".sql"}; {@code ".txt"} when there is no natural extension
     */
    public String codeFileExtension() {
        return EXTENSIONS.getOrDefault(code, ".txt");
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
