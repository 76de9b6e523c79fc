package dev.assetmigration.testkit.internal;

import dev.assetmigration.model.Asset;
import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.model.Column;
import dev.assetmigration.model.ComponentParameter;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.RerunPolicy;
import dev.assetmigration.model.ResourceKind;
import dev.assetmigration.model.Schedule;
import dev.assetmigration.model.Secret;
import dev.assetmigration.testkit.fixtures.AssetBuilder;
import dev.assetmigration.testkit.fixtures.AssetFixtures;
import dev.assetmigration.testkit.fixtures.TaskBuilder;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The assets the conformance kit writes: every optional field filled, so that a provider that
 * drops one is caught.
 */
public final class KitAssets {

    /** A modification instant with milliseconds, as most stores can keep. */
    public static final Instant MODIFIED_AT = Instant.parse("2026-03-04T05:06:07.123Z");

    private KitAssets() {
    }

    /**
     * Builds an asset of a type with every field set to a non-default value, extensions and
     * dependencies on assets of other types included.
     *
     * @param type the type
     * @param name the name
     * @param folder the folder
     * @return the asset; its id is {@code kit-<name>}
     */
    public static Asset rich(AssetType type, String name, String folder) {
        return switch (type) {
            case AUTO_TRIGGERED_TASK -> task(common(AssetFixtures.autoTask(name), name, folder))
                    .schedule(new Schedule("0 15 3 ? * MON-FRI", ZoneId.of("Europe/Berlin"),
                            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), true))
                    .build();
            case MANUALLY_TRIGGERED_TASK -> task(common(AssetFixtures.manualTask(name), name, folder)).build();
            case RESOURCE -> common(AssetFixtures.resource(name), name, folder)
                    .kind(ResourceKind.ARCHIVE).fileName(name + ".tar.gz").content(everyByteValue()).build();
            case FUNCTION -> common(AssetFixtures.function(name), name, folder)
                    .className("com.example.udf.Kit$Inner").category("MATH").usage(name + "(x, y)")
                    .description("Adds x to y.\nSecond line: ünïcödé ✓").build();
            case DATA_SOURCE -> common(AssetFixtures.dataSource(name), name, folder)
                    .kind("postgresql").property("jdbcUrl", "jdbc:postgresql://db:5432/kit?ssl=true")
                    .property("username", "kit")
                    .secret("password", "p@ss wörd\"'\\")
                    .secret("token", new Secret.Value(""))
                    .build();
            case TABLE_METADATA -> common(AssetFixtures.table(name), name, folder)
                    .columns(new Column("id", "bigint", "key"), new Column("amount", "decimal(18,2)", null),
                            new Column("note", "string", "free text, ünïcödé"))
                    .partitions(new Column("ds", "string", null), new Column("hh", "string", "hour"))
                    .comment("Kit table").lifecycleDays(400).ddl("CREATE TABLE " + name + " (id bigint);").build();
            case AD_HOC_QUERY -> common(AssetFixtures.adHocQuery(name), name, folder)
                    .nodeType(NodeType.HIVE).code("SELECT '✓', \"q\" FROM t\r\nWHERE a <> 'b';\n").dataSource("kit_ds").build();
            case COMPONENT -> common(AssetFixtures.component(name), name, folder)
                    .nodeType(NodeType.PYTHON).code("print('@@{source}')\n")
                    .inputs(new ComponentParameter("source", "string", null), new ComponentParameter("limit", "int", "rows"))
                    .outputs(new ComponentParameter("result", "table", null))
                    .build();
        };
    }

    private static <B extends AssetBuilder<B, ?>> B common(B builder, String name, String folder) {
        return builder.id("kit-" + name).folder(folder).owner("kit-owner ✓").modifiedAt(MODIFIED_AT)
                .lifecycle(LifecycleState.SUBMITTED)
                .dependsOn(AssetRef.of(AssetType.DATA_SOURCE, "kit-dep-ds"), AssetRef.of(AssetType.RESOURCE, "kit-dep-res"))
                .extension("platform.nodeId", "700001")
                .extension("platform.note", "ünïcödé, spaces and \"quotes\"")
                .extension("z.empty", "");
    }

    private static <B extends TaskBuilder<B, ?>> B task(B builder) {
        return builder.nodeType(NodeType.SHELL).code("#!/bin/bash\necho \"ünïcödé ✓\" && exit 0\n")
                .parameter("region", "cn-shanghai").parameter("env", "prod")
                .rerun(RerunPolicy.ON_FAILURE_ONLY, 2).resourceGroup("kit_group").dataSource("kit_ds")
                .computeEngine("kit_project");
    }

    /**
     * Returns the 256 byte values, each once, in an order that is not sorted.
     *
     * @return the bytes
     */
    public static byte[] everyByteValue() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 167 + 13);
        }
        return bytes;
    }
}
