package dev.assetmigration.cli;

import dev.assetmigration.export.ExportReport;
import dev.assetmigration.export.FullExport;
import dev.assetmigration.schedulers.AirflowWorkspace;
import dev.assetmigration.schedulers.AzkabanWorkspace;
import dev.assetmigration.schedulers.ConversionReport;
import dev.assetmigration.schedulers.OozieWorkspace;
import dev.assetmigration.schedulers.SchedulerWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migration convert}: Oozie, Azkaban or Airflow jobs to a package. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Convert Oozie, Azkaban or Airflow job definitions into a migration package.",
            "INPUT: oozie - an application directory (workflow.xml, coordinator.xml, job.properties);",
            "azkaban - a project directory or zip (.job/.properties or Flow 2.0 .flow/.project);",
            "airflow - serialized-DAG JSON or the REST API's DAG + tasks JSON.",
            "Every source item appears in the report; items without a mapping are UNSUPPORTED."})
final class ConvertCommand extends BaseCommand {

    @Option(names = "--from", required = true, paramLabel = "SCHEDULER", description = "oozie, azkaban or airflow.")
    String from = "";

    @Parameters(index = "0", paramLabel = "INPUT", description = "The job definitions to read.")
    @Nullable Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package file to write (replaced).")
    @Nullable Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the conversion report as JSON to FILE.")
    @Nullable Path report;

    @Mixin
    GovernanceOptions governance = new GovernanceOptions();

    ConvertCommand(Console console) {
        super(console);
    }

    @Override
    int run() {
        String scheduler = from.toLowerCase(Locale.ROOT);
        if (!scheduler.equals("oozie") && !scheduler.equals("azkaban") && !scheduler.equals("airflow")) {
            throw usage("--from '" + from + "' is not one of oozie, azkaban, airflow.");
        }
        if (!Files.exists(input)) {
            throw new CliFailure("Input " + input + " does not exist.");
        }
        governance.quota().ifPresent(guard -> guard.checkSchedulerMigration());
        SchedulerWorkspace source = read(scheduler, input);
        FullExport export = governance.export(source).full().progress(ProgressPrinter.of(console));
        Clock clock = ExportCommand.sourceDateEpoch(console);
        if (clock != null) {
            export = export.clock(clock);
        }
        ExportReport exported = export.toPackage(out);
        ConversionReport conversion = source.report();
        String json = conversion.toJson();
        if (report != null) {
            Json.toFile(report, json);
        }
        if (common.json) {
            console.out.println(json);
        } else {
            console.out.print(conversion);
            console.out.print(exported);
            console.out.println("Package written to " + out);
        }
        return conversion.items(ConversionReport.Outcome.FAILED).isEmpty() ? 0 : 1;
    }

    private static SchedulerWorkspace read(String scheduler, Path input) {
        if (scheduler.equals("oozie")) {
            return OozieWorkspace.read(input);
        }
        if (scheduler.equals("azkaban")) {
            return AzkabanWorkspace.read(input);
        }
        return AirflowWorkspace.read(input);
    }
}
