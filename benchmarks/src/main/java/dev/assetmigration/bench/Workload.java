package dev.assetmigration.bench;

import dev.assetmigration.model.AssetMeta;
import dev.assetmigration.model.LifecycleState;
import dev.assetmigration.model.ManuallyTriggeredTask;
import dev.assetmigration.model.NodeType;
import dev.assetmigration.model.TaskDefinition;
import dev.assetmigration.pkg.PackageHeader;
import dev.assetmigration.spi.WorkspaceInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark workload: SQL tasks of about 2 KB of text each, generated deterministically from
 * their index, so every run and every fork writes the same bytes.
 */
public final class Workload {

    /** The header every benchmark package is written with. */
    public static final PackageHeader HEADER = PackageHeader.full(
            new WorkspaceInfo("dataworks-2024", "bench", "cn-shanghai", "bench_ws"), Instant.parse("2026-11-20T00:00:00Z"), true);

    private static final String[] WORDS = {
        "SELECT", "FROM", "WHERE", "JOIN", "ON", "GROUP BY", "ORDER BY", "INSERT OVERWRITE TABLE", "PARTITION",
        "ds = '${bizdate}'", "COUNT(*)", "SUM(amount)", "customer_id", "order_id", "ods_orders", "dwd_orders_di",
        "dim_customer", "AND", "OR", "CASE WHEN", "THEN", "ELSE", "END", "AS", "LEFT JOIN", "status = 'PAID'",
        "COALESCE(discount, 0)", "CAST(price AS DECIMAL(18,2))", "region", "channel", "sku_id", "UNION ALL",
    };

    private Workload() {
    }

    /**
     * Returns task number {@code i}: about 2 KB of SQL in folder {@code flow_<i % 100>}.
     *
     * @param i the index
     * @return the task
     */
    public static ManuallyTriggeredTask task(int i) {
        SplittableRandom random = new SplittableRandom(i);
        StringBuilder code = new StringBuilder(2200).append("-- task ").append(i).append('\n');
        while (code.length() < 2048) {
            code.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "\n" : " ");
            if (random.nextInt(6) == 0) {
                code.append("col_").append(random.nextInt(500)).append(", ");
            }
        }
        AssetMeta meta = new AssetMeta("t-" + i, "task_" + i, "flow_" + (i % 100), "owner_" + (i % 7),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), LifecycleState.DEPLOYED, List.of(),
                Map.of("dataworks.nodeId", String.valueOf(700_000 + i)));
        return new ManuallyTriggeredTask(meta, TaskDefinition.of(NodeType.SQL, code.toString()));
    }
}
