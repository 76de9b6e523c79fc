package dev.assetmigration.cli;

import dev.assetmigration.error.MigrationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The {@code migration} command-line tool over the directory workspace.
 *
 * <pre>
 * java -jar migration-cli/target/migration.jar export --workspace examples/sample-workspace --full --out sample.zip
 * java -jar migration-cli/target/migration.jar inspect sample.zip
 * java -jar migration-cli/target/migration.jar import sample.zip --workspace /tmp/copy --map-data-source sales_mysql=test_mysql
 * java -jar migration-cli/target/migration.jar diff sample.zip /tmp/copy
 * </pre>
 *
 * <p>Exit codes: 0 success; 1 the operation failed or was refused (integrity, validation,
 * conflict under {@code fail}, quota, access, lock; for {@code diff}: the sides differ); 2 usage
 * error. Results go to stdout (a table, or JSON with {@code --json}); progress, warnings and
 * errors to stderr, an error as one paragraph with its code, the stack trace only with
 * {@code --verbose}. The commands are documented in {@code docs/cli.md}.
 */
@Command(name = "migration", mixinStandardHelpOptions = true, version = "Asset Migration CLI 0.1.0",
        description = "Copies development assets between workspaces through migration packages.",
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 success, 1 failed or refused, 2 usage error. See docs/cli.md."})
public final class MigrationCli implements Runnable {

    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code of an operation that failed or was refused. */
    public static final int FAILED = 1;
    /** Exit code of a usage error. */
    public static final int USAGE = 2;

    /** Held so that the level set in {@link #main} is not lost when the logger is collected. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    @CommandLine.Spec
    CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

    private MigrationCli() {
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version on java.util.logging; stderr is for progress and errors.
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err, System.getenv(), System.console() != null));
    }

    /**
     * Runs the tool in-process, without exiting: what {@link #main} does, for tests and for
     * hosts that embed the tool.
     *
     * @param args the command line
     * @param out where results go
     * @param err where progress, warnings and errors go
     * @param env the environment variables (only {@code SOURCE_DATE_EPOCH} is read)
     * @param terminal whether stderr is a terminal (a progress bar instead of lines)
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
        Objects.requireNonNull(args, "args");
        Console console = new Console(out, err, env, terminal);
        CommandLine cli = new CommandLine(new MigrationCli())
                .addSubcommand(new ExportCommand(console))
                .addSubcommand(new ImportCommand(console))
                .addSubcommand(new InspectCommand(console))
                .addSubcommand(new ConvertCommand(console))
                .addSubcommand(new DiffCommand(console));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, args1) -> usageError(e, console));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ParameterException) {
                return usageError((ParameterException) e, console);
            }
            return failure(e, console);
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(Objects.requireNonNull(spec).commandLine(),
                "Missing a command: export, import, inspect, convert or diff.");
    }

    private static int usageError(ParameterException e, Console console) {
        console.err.println("migration: " + e.getMessage());
        console.err.println("Try 'migration " + commandName(e.getCommandLine()) + "--help' for the options.");
        return USAGE;
    }

    private static String commandName(CommandLine commandLine) {
        String qualified = commandLine.getCommandSpec().qualifiedName(" ");
        return qualified.startsWith("migration") ? (qualified.substring("migration".length()).strip() + " ").stripLeading() : "";
    }

    private static int failure(Exception e, Console console) {
        String message;
        if (e instanceof MigrationException) {
            message = "error " + ((MigrationException) e).code() + ": " + e.getMessage();
        } else if (e instanceof CliFailure) {
            message = "error: " + e.getMessage();
        } else {
            message = "unexpected error (" + e.getClass().getName() + "): " + e.getMessage()
                    + (console.verbose ? "" : " Run again with --verbose for the stack trace.");
        }
        console.err.println(message);
        if (console.verbose) {
            e.printStackTrace(console.err);
        }
        return FAILED;
    }
}
