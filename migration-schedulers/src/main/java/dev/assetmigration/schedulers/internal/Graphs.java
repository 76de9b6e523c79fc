package dev.assetmigration.schedulers.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Graph helpers shared by the readers. */
public final class Graphs {

    private Graphs() {
    }

    /**
     * Finds a cycle with an iterative depth-first search (no recursion, so deep graphs cannot
     * overflow the stack).
     *
     * @param nodes every node, in the order to start searches from
     * @param edges the successors of each node; missing entries mean none
     * @param <N> the node type
     * @return a cycle as a path whose last node repeats its first, or empty if the graph is
     *     acyclic
     */
    public static <N> Optional<List<N>> findCycle(Collection<N> nodes, Map<N, ? extends Collection<N>> edges) {
        Map<N, Integer> state = new HashMap<>();
        for (N start : nodes) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<N> path = new ArrayDeque<>();
            Deque<Iterator<N>> iterators = new ArrayDeque<>();
            state.put(start, 1);
            path.push(start);
            iterators.push(successors(edges, start));
            while (!iterators.isEmpty()) {
                Iterator<N> next = iterators.peek();
                if (next.hasNext()) {
                    N child = next.next();
                    Integer s = state.get(child);
                    if (s == null) {
                        state.put(child, 1);
                        path.push(child);
                        iterators.push(successors(edges, child));
                    } else if (s == 1) {
                        List<N> cycle = new ArrayList<>();
                        List<N> onPath = new ArrayList<>(path);
                        java.util.Collections.reverse(onPath);
                        cycle.addAll(onPath.subList(onPath.indexOf(child), onPath.size()));
                        cycle.add(child);
                        return Optional.of(cycle);
                    }
                } else {
                    iterators.pop();
                    state.put(path.pop(), 2);
                }
            }
        }
        return Optional.empty();
    }

    private static <N> Iterator<N> successors(Map<N, ? extends Collection<N>> edges, N node) {
        Collection<N> next = edges.get(node);
        return next == null ? java.util.Collections.emptyIterator() : next.iterator();
    }
}
