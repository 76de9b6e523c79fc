package dev.assetmigration.internal.graph;

import dev.assetmigration.model.AssetRef;
import dev.assetmigration.model.AssetType;
import dev.assetmigration.validation.DependencyCycleException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A directed graph of assets: each node lists the assets it depends on. Edges to assets that are
 * not nodes (external references) are kept but play no part in ordering.
 *
 * <p>Every operation is linear in nodes + edges. Iteration orders are deterministic: they follow
 * the order in which nodes and edges were added.
 */
public final class DependencyGraph {

    private final Map<AssetRef, List<AssetRef>> dependencies;
    private Map<AssetRef, List<AssetRef>> dependents;

    private DependencyGraph(Map<AssetRef, List<AssetRef>> dependencies) {
        this.dependencies = dependencies;
    }

    /**
     * Starts an empty graph.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects nodes and their dependencies. Not thread-safe. */
    public static final class Builder {
        private final Map<AssetRef, List<AssetRef>> dependencies = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a node with its dependencies; adding the same node again replaces its edges.
         *
         * @param node the asset
         * @param dependsOn what it depends on
         * @return this builder
         */
        public Builder add(AssetRef node, Collection<AssetRef> dependsOn) {
            dependencies.put(node, List.copyOf(new LinkedHashSet<>(dependsOn)));
            return this;
        }

        /**
         * Builds the graph.
         *
         * @return the graph
         */
        public DependencyGraph build() {
            return new DependencyGraph(new LinkedHashMap<>(dependencies));
        }
    }

    /**
     * Returns the nodes in insertion order.
     *
     * @return the nodes
     */
    public Set<AssetRef> nodes() {
        return dependencies.keySet();
    }

    /**
     * Tells whether an asset is a node.
     *
     * @param ref the asset
     * @return {@code true} if it was added
     */
    public boolean contains(AssetRef ref) {
        return dependencies.containsKey(ref);
    }

    /**
     * Returns what a node depends on, including external references.
     *
     * @param ref the node
     * @return its dependencies; empty for unknown nodes
     */
    public List<AssetRef> dependenciesOf(AssetRef ref) {
        return dependencies.getOrDefault(ref, List.of());
    }

    /**
     * Returns the nodes that depend on a node.
     *
     * @param ref the node
     * @return its dependents, in insertion order
     */
    public List<AssetRef> dependentsOf(AssetRef ref) {
        if (dependents == null) {
            Map<AssetRef, List<AssetRef>> reverse = new HashMap<>();
            dependencies.forEach((node, deps) -> {
                for (AssetRef dep : deps) {
                    reverse.computeIfAbsent(dep, k -> new ArrayList<>()).add(node);
                }
            });
            dependents = reverse;
        }
        return dependents.getOrDefault(ref, List.of());
    }

    /**
     * Returns everything reachable from the roots by repeatedly following {@code next}, roots
     * included, at most {@code maxDepth} steps away.
     *
     * @param roots where to start
     * @param next the neighbours of a node to follow
     * @param maxDepth how many steps to follow at most; {@code Integer.MAX_VALUE} for no limit
     * @return the reachable set, in breadth-first order
     */
    public static Set<AssetRef> reach(Collection<AssetRef> roots, Function<AssetRef, ? extends Collection<AssetRef>> next,
            int maxDepth) {
        Set<AssetRef> seen = new LinkedHashSet<>(roots);
        Deque<AssetRef> frontier = new ArrayDeque<>(seen);
        for (int depth = 0; depth < maxDepth && !frontier.isEmpty(); depth++) {
            Deque<AssetRef> following = new ArrayDeque<>();
            for (AssetRef node : frontier) {
                for (AssetRef neighbour : next.apply(node)) {
                    if (seen.add(neighbour)) {
                        following.add(neighbour);
                    }
                }
            }
            frontier = following;
        }
        return seen;
    }

    /**
     * Orders the nodes so that each comes after every node it depends on. Among nodes that are
     * ready at the same time, lower {@link AssetType}s come first (data sources before tables
     * before resources … before tasks before ad-hoc queries), then insertion order.
     *
     * @return every node, dependencies first
     * @throws DependencyCycleException if the nodes depend on each other in a circle; it names
     *     the members of one cycle
     */
    public List<AssetRef> topologicalOrder() {
        Map<AssetRef, Integer> pending = new HashMap<>(dependencies.size() * 2);
        List<Deque<AssetRef>> ready = new ArrayList<>();
        for (int i = 0; i < AssetType.values().length; i++) {
            ready.add(new ArrayDeque<>());
        }
        dependencies.forEach((node, deps) -> {
            int count = 0;
            for (AssetRef dep : deps) {
                if (dep.equals(node)) {
                    throw new DependencyCycleException(List.of(node));
                }
                if (dependencies.containsKey(dep)) {
                    count++;
                }
            }
            pending.put(node, count);
            if (count == 0) {
                ready.get(node.type().ordinal()).add(node);
            }
        });
        List<AssetRef> order = new ArrayList<>(dependencies.size());
        int lowest = 0;
        while (lowest < ready.size()) {
            Deque<AssetRef> queue = ready.get(lowest);
            if (queue.isEmpty()) {
                lowest++;
                continue;
            }
            AssetRef node = queue.poll();
            order.add(node);
            for (AssetRef dependent : dependentsOf(node)) {
                int now = pending.merge(dependent, -1, Integer::sum);
                if (now == 0) {
                    int slot = dependent.type().ordinal();
                    ready.get(slot).add(dependent);
                    lowest = Math.min(lowest, slot);
                }
            }
        }
        if (order.size() < dependencies.size()) {
            throw new DependencyCycleException(findCycle().orElseThrow());
        }
        return order;
    }

    /**
     * Finds one dependency cycle among the nodes, if there is one.
     *
     * @return the members of a cycle, each depending on the next and the last on the first
     */
    public Optional<List<AssetRef>> findCycle() {
        Map<AssetRef, Integer> state = new HashMap<>();
        // 1 = on the current path, 2 = finished
        for (AssetRef start : dependencies.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<AssetRef> path = new ArrayDeque<>();
            Deque<Iterator<AssetRef>> iterators = new ArrayDeque<>();
            path.push(start);
            iterators.push(dependenciesOf(start).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                Iterator<AssetRef> it = iterators.peek();
                if (!it.hasNext()) {
                    state.put(path.pop(), 2);
                    iterators.pop();
                    continue;
                }
                AssetRef next = it.next();
                if (!dependencies.containsKey(next)) {
                    continue;
                }
                Integer seen = state.get(next);
                if (seen == null) {
                    state.put(next, 1);
                    path.push(next);
                    iterators.push(dependenciesOf(next).iterator());
                } else if (seen == 1) {
                    List<AssetRef> cycle = new ArrayList<>();
                    for (Iterator<AssetRef> back = path.descendingIterator(); back.hasNext(); ) {
                        AssetRef member = back.next();
                        if (!cycle.isEmpty() || member.equals(next)) {
                            cycle.add(member);
                        }
                    }
                    return Optional.of(cycle);
                }
            }
        }
        return Optional.empty();
    }
}
