package dev.assetmigration.pkg;

import dev.assetmigration.model.AdHocQuery;
import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetMeta;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.AutoTriggeredTask;
import dev.assetmigration.model.Column;
import dev.assetmigration.model.Component;
import dev.assetmigration.model.ComponentParameter;
import dev.assetmigration.model.Content;
import dev.assetmigration.model.DataSource;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.model.ManuallyTriggeredTask;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.RerunPolicy;
import dev.assetmigration.model.Resource;
import dev.assetmigration.model.ResourceKind;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.model.Secret;
import dev.assetmigration.model.TableMetadata;
import dev.assetmigration.model.TaskDefinition;
import dev.assetmigration.model.UserFunction;
import dev.assetmigration.spi.WorkspaceInfo;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** One asset of every type, built with the model constructors, plus package headers. */
final class Fixtures {

    static final String SECRET = "s3cr3t-Pa55w0rd!";
    static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
    static final WorkspaceInfo SOURCE = new WorkspaceInfo("dataworks-2024", "acme", "cn-shanghai", "etl_prod");
    static final PackageHeader HEADER = PackageHeader.full(SOURCE, CREATED, true);

    static final AssetRef DS = AssetRef.of(AssetType.DATA_SOURCE, "ds-1");
    static final AssetRef TABLE = AssetRef.of(AssetType.TABLE_METADATA, "t-1");
    static final AssetRef JAR = AssetRef.of(AssetType.RESOURCE, "r-1");
    static final AssetRef UDF = AssetRef.of(AssetType.FUNCTION, "f-1");
    static final AssetRef COMPONENT = AssetRef.of(AssetType.COMPONENT, "c-1");
    static final AssetRef LOAD = AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, "1042");
    static final AssetRef BACKFILL = AssetRef.of(AssetType.MANUALLY_TRIGGERED_TASK, "2001");
    static final AssetRef QUERY = AssetRef.of(AssetType.AD_HOC_QUERY, "q-1");

    private Fixtures() {
    }

    static AssetMeta meta(AssetRef ref, String name, String folder, AssetRef... dependencies) {
        return new AssetMeta(ref.id(), name, folder, "alice", Instant.parse("2026-11-0" + (1 + ref.type().ordinal()) + "T10:15:30.123456789Z"),
                LifecycleState.DEPLOYED, List.of(dependencies),
                Map.of("dataworks.nodeId", "7000" + ref.id(), "z.last", "ünïcødé ✓", "a.first", ""));
    }

    static byte[] binary() {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + (i >> 7));
        }
        return bytes;
    }

    static DataSource dataSource() {
        return new DataSource(meta(DS, "prod_mysql", "sources"), "mysql",
                Map.of("host", "db.internal", "port", "3306"),
                Map.of("password", new Secret.Value(SECRET), "token", new Secret.Placeholder("vault.token")));
    }

    static TableMetadata table() {
        return new TableMetadata(meta(TABLE, "ods_orders", "tables/ods"),
                List.of(new Column("id", "BIGINT", "primary key"), new Column("amount", "DECIMAL(18,2)", null)),
                List.of(new Column("ds", "STRING", "partition day")), "orders from the shop", 365,
                "CREATE TABLE ods_orders (id BIGINT, amount DECIMAL(18,2)) PARTITIONED BY (ds STRING);");
    }

    static Resource jar() {
        return new Resource(meta(JAR, "udf-lib", "lib"), ResourceKind.JAR, "udf-1.2.jar", Content.ofBytes(binary()));
    }

    static UserFunction function() {
        return new UserFunction(meta(UDF, "to_cents", "lib", JAR), "com.acme.udf.ToCents", "MATH", "to_cents(x)", null);
    }

    static Component component() {
        return new Component(meta(COMPONENT, "dedupe", "templates"), NodeType.SQL,
                "SELECT DISTINCT * FROM @@{input_table};\n",
                List.of(new ComponentParameter("input_table", "STRING", "table to dedupe")),
                List.of(new ComponentParameter("rows", "BIGINT", null)));
    }

    static AutoTriggeredTask load() {
        TaskDefinition definition = new TaskDefinition(NodeType.SQL,
                "-- load orders 中文\nINSERT OVERWRITE TABLE ods_orders PARTITION (ds='${bizdate}')\nSELECT * FROM src;\n",
                Map.of("bizdate", "$[yyyymmdd-1]"), RerunPolicy.ON_FAILURE_ONLY, 3, "rg-etl", "prod_mysql", "odps_prod");
        return new AutoTriggeredTask(meta(LOAD, "load_orders", "etl/daily", DS, TABLE, UDF, COMPONENT), definition,
                new Schedule("0 30 2 * * ?", ZoneId.of("Asia/Shanghai"), Instant.parse("2026-01-01T00:00:00Z"), null, true));
    }

    static ManuallyTriggeredTask backfill() {
        return new ManuallyTriggeredTask(meta(BACKFILL, "backfill.orders", "etl/manual", LOAD),
                TaskDefinition.of(NodeType.SHELL, "#!/bin/sh\necho backfill\n"));
    }

    static AdHocQuery query() {
        return new AdHocQuery(meta(QUERY, "top customers", ""), NodeType.SQL, "SELECT 1;", null);
    }

    /** Every asset type, in import order (dependencies first). */
    static List<Asset> everyType() {
        return List.of(dataSource(), table(), jar(), function(), component(), load(), backfill(), query());
    }

    /** Writes the assets into an in-memory package. */
    static byte[] pkg(List<? extends Asset> assets) {
        return pkg(assets, HEADER, WriterOptions.defaults());
    }

    static byte[] pkg(List<? extends Asset> assets, PackageHeader header, WriterOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PackageWriter writer = PackageWriter.open(out, header, options)) {
            assets.forEach(writer::write);
            writer.finish();
        }
        return out.toByteArray();
    }
}
