package dev.assetmigration.cli;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.Column;
import dev.assetmigration.model.ComponentParameter;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.RerunPolicy;
import dev.assetmigration.model.ResourceKind;
import dev.assetmigration.model.Secret;
import dev.assetmigration.spi.Workspace;
import dev.assetmigration.testkit.fixtures.AssetBuilder;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import dev.assetmigration.workspace.DirectoryWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Generates {@code examples/sample-workspace}: a small but realistic retail data platform with
 * all eight asset types, written through {@link DirectoryWorkspace} so it is always in the real
 * layout. Deterministic: the same run writes the same bytes. Run {@link #main} from the
 * repository root to regenerate; {@code SampleWorkspaceTest} checks the committed copy is current.
 */
public final class SampleWorkspace {

    /** Where the sample lives, relative to the repository root. */
    public static final String LOCATION = "examples/sample-workspace";

    private static final Instant BASE = Instant.parse("2026-11-02T01:00:00Z");

    private final List<Asset> assets = new ArrayList<>();
    private int tick;

    private SampleWorkspace() {
    }

    /**
     * Regenerates the sample under the current directory's {@value #LOCATION}; the directory is
     * replaced.
     *
     * @param args ignored
     * @throws IOException if the directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : LOCATION);
        deleteTree(target);
        write(target);
        System.out.println("wrote " + assets().size() + " assets to " + target.toAbsolutePath());
    }

    /**
     * Writes the sample into a directory, which must not hold assets yet.
     *
     * @param directory the workspace directory
     */
    public static void write(Path directory) {
        Workspace ws = DirectoryWorkspace.builder(directory).createIfMissing().open();
        for (Asset asset : assets()) {
            ws.provider(asset.type()).create(asset);
        }
    }

    /**
     * Returns the sample's assets, in write order.
     *
     * @return the assets
     */
    public static List<Asset> assets() {
        SampleWorkspace sample = new SampleWorkspace();
        sample.build();
        return List.copyOf(sample.assets);
    }

    private <B extends AssetBuilder<B, A>, A extends Asset> A add(AssetBuilder<B, A> builder, String id) {
        A asset = builder.id(id).owner("data-team").modifiedAt(BASE.plusSeconds(3600L * tick++))
                .lifecycle(LifecycleState.SUBMITTED).build();
        assets.add(asset);
        return asset;
    }

    private static AssetRef ref(Asset asset) {
        return asset.ref();
    }

    private void build() {
        // Data sources: secrets only as placeholders, as a workspace in git must hold them.
        Asset mysql = add(AssetFixtures.dataSource("sales_mysql").kind("mysql").clearProperties()
                .property("jdbcUrl", "jdbc:mysql://sales-db.internal:3306/sales").property("username", "etl_reader")
                .secret("password", new Secret.Placeholder("sales_mysql.password")), "ds-sales-mysql");
        Asset odps = add(AssetFixtures.dataSource("warehouse_odps").kind("odps").clearProperties()
                .property("endpoint", "http://service.cn-shanghai.maxcompute.aliyun.com/api").property("project", "retail_dw")
                .secret("accessKeyId", new Secret.Placeholder("warehouse_odps.accessKeyId"))
                .secret("accessKeySecret", new Secret.Placeholder("warehouse_odps.accessKeySecret")), "ds-warehouse-odps");

        // Table metadata, ODS -> DWD -> DWS -> ADS.
        Column dt = new Column("dt", "STRING", "business date, yyyymmdd");
        Asset odsOrders = add(table("ods_orders", "raw orders synced from the sales database", odps, dt,
                new Column("order_id", "BIGINT", "order key"), new Column("customer_id", "BIGINT", null),
                new Column("amount", "DECIMAL(18,2)", "order amount in CNY"), new Column("city", "STRING", null)), "tbl-ods-orders");
        Asset odsCustomers = add(table("ods_customers", "raw customers synced from the sales database", odps, dt,
                new Column("customer_id", "BIGINT", null), new Column("phone", "STRING", "personal data: mask on read"),
                new Column("city", "STRING", null)), "tbl-ods-customers");
        Asset dwdOrders = add(table("dwd_order_detail", "cleaned orders joined with customers", odps, dt,
                new Column("order_id", "BIGINT", null), new Column("customer_id", "BIGINT", null),
                new Column("amount", "DECIMAL(18,2)", null), new Column("city", "STRING", "normalised city name")),
                "tbl-dwd-order-detail");
        Asset dwsDaily = add(table("dws_daily_sales", "daily sales per city", odps, dt,
                new Column("city", "STRING", null), new Column("orders", "BIGINT", null),
                new Column("revenue", "DECIMAL(18,2)", null)), "tbl-dws-daily-sales");
        Asset adsReport = add(table("ads_sales_report", "the dashboard's sales report", odps, dt,
                new Column("city", "STRING", null), new Column("revenue", "DECIMAL(18,2)", null),
                new Column("rank", "INT", null)), "tbl-ads-sales-report");

        // Resources: a real (tiny) jar, a Python file and a CSV.
        Asset udfJar = add(AssetFixtures.resource("retail_udf").folder("libs").kind(ResourceKind.JAR)
                .fileName("retail-udf-1.0.jar").content(tinyJar()), "res-retail-udf");
        Asset cleaner = add(AssetFixtures.resource("campaign_cleaner").folder("libs").kind(ResourceKind.PYTHON)
                .fileName("campaign_cleaner.py").text("import sys\n\n\ndef clean(line):\n    return line.strip().lower()\n\n\n"
                        + "if __name__ == '__main__':\n    for line in sys.stdin:\n        print(clean(line))\n"), "res-campaign-cleaner");
        Asset holidays = add(AssetFixtures.resource("holidays").folder("libs").kind(ResourceKind.FILE)
                .fileName("holidays_2026.csv").text("date,name\n20260101,New Year\n20260217,Spring Festival\n"
                        + "20261001,National Day\n"), "res-holidays");

        // Functions.
        Asset maskPhone = add(AssetFixtures.function("mask_phone").folder("udf").className("com.example.retail.udf.MaskPhone")
                .category("STRING").usage("mask_phone(phone STRING) -> STRING")
                .description("Keeps the first three and last four digits of a phone number.").dependsOn(udfJar), "fn-mask-phone");
        Asset normCity = add(AssetFixtures.function("normalize_city").folder("udf").className("com.example.retail.udf.NormalizeCity")
                .category("STRING").usage("normalize_city(city STRING) -> STRING")
                .description("Maps city spellings to one canonical name.").dependsOn(udfJar), "fn-normalize-city");

        // A component: a reusable de-duplication template.
        Asset dedupe = add(AssetFixtures.component("dedupe_by_key").folder("templates").nodeType(NodeType.SQL)
                .code("INSERT OVERWRITE TABLE @@{output_table} PARTITION (dt='${bizdate}')\n"
                        + "SELECT * FROM (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY @@{key} ORDER BY @@{order_by} DESC) AS rn\n"
                        + "  FROM @@{input_table} WHERE dt = '${bizdate}'\n) t WHERE rn = 1;\n")
                .inputs(new ComponentParameter("input_table", "TABLE", "the table to de-duplicate"),
                        new ComponentParameter("key", "STRING", "the business key"),
                        new ComponentParameter("order_by", "STRING", "the column that picks the latest row"))
                .outputs(new ComponentParameter("output_table", "TABLE", "where the unique rows go")), "cmp-dedupe-by-key");

        // Business flow 1: sales/daily. start fans out to two syncs, which fan in to the detail
        // table, which fans out to the daily aggregate, the report and a Data Quality check; the
        // aggregate and the report fan in to the publish step.
        String sales = "sales/daily";
        Asset start = add(auto("start_sales", sales, NodeType.VIRTUAL, "", "00 30 00 * * ?"), "task-sales-00");
        Asset syncOrders = add(auto("sync_orders", sales, NodeType.DATA_INTEGRATION,
                "{\"reader\": {\"datasource\": \"sales_mysql\", \"table\": \"orders\", \"where\": \"gmt_modified >= '${bizdate}'\"},\n"
                        + " \"writer\": {\"datasource\": \"warehouse_odps\", \"table\": \"ods_orders\", \"partition\": \"dt=${bizdate}\"}}\n",
                "00 00 01 * * ?").dataSource("sales_mysql").dependsOn(ref(start), ref(mysql), ref(odps), ref(odsOrders)),
                "task-sales-01");
        Asset syncCustomers = add(auto("sync_customers", sales, NodeType.DATA_INTEGRATION,
                "{\"reader\": {\"datasource\": \"sales_mysql\", \"table\": \"customers\"},\n"
                        + " \"writer\": {\"datasource\": \"warehouse_odps\", \"table\": \"ods_customers\", \"partition\": \"dt=${bizdate}\"}}\n",
                "00 00 01 * * ?").dataSource("sales_mysql").dependsOn(ref(start), ref(mysql), ref(odps), ref(odsCustomers)),
                "task-sales-02");
        Asset detail = add(auto("build_order_detail", sales, NodeType.SQL,
                "INSERT OVERWRITE TABLE dwd_order_detail PARTITION (dt='${bizdate}')\n"
                        + "SELECT o.order_id, o.customer_id, o.amount, normalize_city(c.city)\n"
                        + "FROM ods_orders o JOIN ods_customers c ON o.customer_id = c.customer_id AND c.dt = '${bizdate}'\n"
                        + "WHERE o.dt = '${bizdate}';\n", "00 00 02 * * ?").dataSource("warehouse_odps")
                .dependsOn(ref(syncOrders), ref(syncCustomers), ref(odsOrders), ref(odsCustomers), ref(dwdOrders), ref(normCity),
                        ref(odps)), "task-sales-03");
        Asset daily = add(auto("aggregate_daily_sales", sales, NodeType.SQL,
                "INSERT OVERWRITE TABLE dws_daily_sales PARTITION (dt='${bizdate}')\n"
                        + "SELECT city, COUNT(*), SUM(amount) FROM dwd_order_detail WHERE dt = '${bizdate}' GROUP BY city;\n",
                "00 30 02 * * ?").dataSource("warehouse_odps").dependsOn(ref(detail), ref(dwdOrders), ref(dwsDaily), ref(odps)),
                "task-sales-04");
        Asset report = add(auto("build_sales_report", sales, NodeType.SQL,
                "INSERT OVERWRITE TABLE ads_sales_report PARTITION (dt='${bizdate}')\n"
                        + "SELECT city, revenue, RANK() OVER (ORDER BY revenue DESC) FROM dws_daily_sales WHERE dt = '${bizdate}';\n",
                "00 45 02 * * ?").dataSource("warehouse_odps").dependsOn(ref(detail), ref(dwsDaily), ref(adsReport), ref(odps)),
                "task-sales-05");
        add(auto("check_order_detail", sales, NodeType.DATA_QUALITY,
                "{\"table\": \"dwd_order_detail\", \"rules\": [{\"column\": \"amount\", \"check\": \"not_null\"},"
                        + " {\"check\": \"row_count_change\", \"max\": 0.3}]}\n", "00 15 02 * * ?").dependsOn(ref(detail), ref(dwdOrders)),
                "task-sales-06");
        add(auto("publish_report", sales, NodeType.SHELL,
                "#!/bin/sh\nset -eu\necho \"publishing sales report for ${bizdate}\"\ncurl -fsS -X POST \"$DASHBOARD_URL/refresh?dt=${bizdate}\"\n",
                "00 00 03 * * ?").resourceGroup("shell_group").dependsOn(ref(daily), ref(report)), "task-sales-07");

        // Business flow 2: marketing/weekly. Two extracts fan in to the attribution join, which
        // fans out to scoring and segment export; both fan in to the notification.
        String marketing = "marketing/weekly";
        Asset mStart = add(auto("start_marketing", marketing, NodeType.VIRTUAL, "", "0 4 * * 1"), "task-mkt-00");
        Asset campaigns = add(auto("extract_campaigns", marketing, NodeType.PYTHON,
                "import subprocess\nsubprocess.run(['python', 'campaign_cleaner.py'], check=True)\n", "0 5 * * 1")
                .dependsOn(ref(mStart), ref(cleaner)), "task-mkt-01");
        Asset clicks = add(auto("extract_clicks", marketing, NodeType.SPARK,
                "spark-submit --class com.example.retail.Clicks --conf spark.sql.shuffle.partitions=64 clicks.jar ${bizdate}\n",
                "0 5 * * 1").computeEngine("retail_dw").dependsOn(ref(mStart)), "task-mkt-02");
        Asset attribution = add(auto("join_attribution", marketing, NodeType.HIVE,
                "INSERT OVERWRITE TABLE attribution PARTITION (dt='${bizdate}')\n"
                        + "SELECT c.campaign_id, k.customer_id FROM campaigns c JOIN clicks k ON c.campaign_id = k.campaign_id;\n",
                "0 6 * * 1").dependsOn(ref(campaigns), ref(clicks), ref(holidays)), "task-mkt-03");
        Asset scoring = add(auto("score_customers", marketing, NodeType.SQL,
                "SELECT customer_id, mask_phone(phone) AS phone, COUNT(*) AS touches\n"
                        + "FROM attribution a JOIN ods_customers c USING (customer_id) GROUP BY customer_id, phone;\n",
                "0 7 * * 1").dataSource("warehouse_odps").dependsOn(ref(attribution), ref(maskPhone), ref(odsCustomers), ref(odps)),
                "task-mkt-04");
        Asset segments = add(auto("export_segments", marketing, NodeType.SHELL,
                "#!/bin/sh\nset -eu\nodpscmd -e \"tunnel download attribution/dt=${bizdate} segments.csv\"\n", "0 7 * * 1")
                .dependsOn(ref(attribution)), "task-mkt-05");
        add(auto("notify_marketing", marketing, NodeType.SHELL,
                "#!/bin/sh\necho \"weekly marketing data ready for ${bizdate}\" | mail -s 'marketing data' marketing@example.com\n",
                "0 8 * * 1").dependsOn(ref(scoring), ref(segments)), "task-mkt-06");

        // Manual tasks.
        add(AssetFixtures.manualTask("backfill_orders").folder("maintenance").nodeType(NodeType.SQL)
                .code("INSERT OVERWRITE TABLE dwd_order_detail PARTITION (dt='${bizdate}')\n"
                        + "SELECT order_id, customer_id, amount, normalize_city(city) FROM ods_orders WHERE dt = '${bizdate}';\n")
                .parameter("bizdate", "$[yyyymmdd-1]").dataSource("warehouse_odps")
                .dependsOn(ref(odsOrders), ref(dwdOrders), ref(normCity), ref(odps)), "manual-backfill-orders");
        add(AssetFixtures.manualTask("rebuild_city_dimension").folder("maintenance").nodeType(NodeType.SHELL)
                .code("#!/bin/sh\nset -eu\nodpscmd -f rebuild_city_dimension.sql\n").resourceGroup("shell_group"),
                "manual-rebuild-city");

        // Ad-hoc queries.
        add(AssetFixtures.adHocQuery("top_customers").folder("analysis").nodeType(NodeType.SQL).dataSource("warehouse_odps")
                .code("SELECT customer_id, SUM(amount) AS spent FROM dwd_order_detail\n"
                        + "WHERE dt >= '20261101' GROUP BY customer_id ORDER BY spent DESC LIMIT 20;\n")
                .dependsOn(ref(dwdOrders), ref(odps)), "query-top-customers");
        add(AssetFixtures.adHocQuery("orders_by_city").folder("analysis").nodeType(NodeType.SQL).dataSource("warehouse_odps")
                .code("SELECT city, SUM(orders) FROM dws_daily_sales WHERE dt >= '20261101' GROUP BY city;\n")
                .dependsOn(ref(dwsDaily), ref(odps)), "query-orders-by-city");
        add(AssetFixtures.adHocQuery("source_freshness").folder("analysis").nodeType(NodeType.SQL).dataSource("sales_mysql")
                .code("SELECT MAX(gmt_modified) FROM orders;\n").dependsOn(ref(mysql)), "query-source-freshness");
    }

    private static AssetFixtures.TableBuilder table(String name, String comment, Asset dataSource, Column partition,
            Column... columns) {
        return AssetFixtures.table(name).folder("warehouse").columns(columns).partitions(partition).comment(comment)
                .lifecycleDays(365).ddl("CREATE TABLE IF NOT EXISTS " + name + " (...) PARTITIONED BY (dt STRING);")
                .dependsOn(dataSource.ref());
    }

    private static AssetFixtures.AutoTaskBuilder auto(String name, String folder, NodeType type, String code, String cron) {
        return AssetFixtures.autoTask(name).folder(folder).nodeType(type).code(code).parameter("bizdate", "$[yyyymmdd-1]")
                .rerun(RerunPolicy.ON_FAILURE_ONLY, 2).cron(cron);
    }

    /** A real jar: a manifest and a properties file, with fixed entry times so the bytes never change. */
    private static byte[] tinyJar() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Implementation-Title", "retail-udf");
        manifest.getMainAttributes().putValue("Implementation-Version", "1.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FileTime time = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            JarEntry manifestEntry = new JarEntry("META-INF/MANIFEST.MF");
            manifestEntry.setLastModifiedTime(time);
            jar.putNextEntry(manifestEntry);
            manifest.write(jar);
            jar.closeEntry();
            JarEntry functions = new JarEntry("com/example/retail/udf/functions.properties");
            functions.setLastModifiedTime(time);
            jar.putNextEntry(functions);
            jar.write(("mask_phone=com.example.retail.udf.MaskPhone\n"
                    + "normalize_city=com.example.retail.udf.NormalizeCity\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
