package dev.assetmigration.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.validation.DependencyCycleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DependencyGraph")
class DependencyGraphTest {

    private static AssetRef task(String id) {
        return AssetRef.of(AssetType.AUTO_TRIGGERED_TASK, id);
    }

    @Test
    @DisplayName("orders dependencies first and groups ready assets by type")
    void topologicalOrder() {
        AssetRef ds = AssetRef.of(AssetType.DATA_SOURCE, "ds");
        AssetRef res = AssetRef.of(AssetType.RESOURCE, "r");
        AssetRef fn = AssetRef.of(AssetType.FUNCTION, "f");
        AssetRef query = AssetRef.of(AssetType.AD_HOC_QUERY, "q");
        DependencyGraph graph = DependencyGraph.builder()
                .add(query, List.of())
                .add(task("c"), List.of(task("a"), task("b")))
                .add(task("b"), List.of(task("a"), fn))
                .add(task("a"), List.of(ds, AssetRef.of(AssetType.TABLE_METADATA, "external")))
                .add(fn, List.of(res))
                .add(res, List.of())
                .add(ds, List.of())
                .build();
        assertEquals(List.of(ds, res, fn, task("a"), task("b"), task("c"), query), graph.topologicalOrder());
    }

    @Test
    @DisplayName("a cycle is rejected with its members named in dependency order")
    void cycle() {
        DependencyGraph graph = DependencyGraph.builder()
                .add(task("x"), List.of())
                .add(task("a"), List.of(task("b")))
                .add(task("b"), List.of(task("c")))
                .add(task("c"), List.of(task("a"), task("x")))
                .build();
        DependencyCycleException e = assertThrows(DependencyCycleException.class, graph::topologicalOrder);
        assertEquals(List.of(task("a"), task("b"), task("c")), e.cycle());
        assertTrue(e.getMessage().contains("AUTO_TRIGGERED_TASK/a -> AUTO_TRIGGERED_TASK/b -> AUTO_TRIGGERED_TASK/c -> AUTO_TRIGGERED_TASK/a"),
                e.getMessage());
    }

    @Test
    @DisplayName("a self-dependency is a cycle of one")
    void selfCycle() {
        DependencyGraph graph = DependencyGraph.builder().add(task("a"), List.of(task("a"))).build();
        assertEquals(List.of(task("a")), assertThrows(DependencyCycleException.class, graph::topologicalOrder).cycle());
    }

    @Test
    @DisplayName("reach follows edges breadth-first up to the depth limit")
    void reachWithDepth() {
        DependencyGraph graph = DependencyGraph.builder()
                .add(task("d"), List.of(task("c")))
                .add(task("c"), List.of(task("b")))
                .add(task("b"), List.of(task("a")))
                .add(task("a"), List.of())
                .build();
        assertEquals(Set.of(task("d"), task("c")), DependencyGraph.reach(List.of(task("d")), graph::dependenciesOf, 1));
        assertEquals(Set.of(task("d"), task("c"), task("b"), task("a")),
                DependencyGraph.reach(List.of(task("d")), graph::dependenciesOf, Integer.MAX_VALUE));
        assertEquals(Set.of(task("a"), task("b")), DependencyGraph.reach(List.of(task("a")), graph::dependentsOf, 1));
    }

    @Test
    @DisplayName("a long chain of 200,000 tasks is ordered without recursion")
    void longChain() {
        DependencyGraph.Builder builder = DependencyGraph.builder();
        List<AssetRef> expected = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            expected.add(task("t" + i));
        }
        for (int i = expected.size() - 1; i >= 0; i--) {
            builder.add(expected.get(i), i == 0 ? List.of() : List.of(expected.get(i - 1)));
        }
        assertEquals(expected, builder.build().topologicalOrder());
    }

    @Test
    @DisplayName("a cycle at the end of a long chain is still found")
    void cycleInLongChain() {
        DependencyGraph.Builder builder = DependencyGraph.builder();
        for (int i = 1; i < 100_000; i++) {
            builder.add(task("t" + i), List.of(task("t" + (i - 1))));
        }
        builder.add(task("t0"), List.of(task("t99999")));
        assertEquals(100_000, assertThrows(DependencyCycleException.class, builder.build()::topologicalOrder).cycle().size());
    }
}
