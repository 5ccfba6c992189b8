package org.alliance.core.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Node;
import org.alliance.core.model.Vignette;

/**
 * A branching vignette is a directed acyclic graph from its start node to its endings. Conditions
 * on the meter are ignored here: every branch counts as possible.
 */
final class GraphChecks {

    private GraphChecks() {}

    static void run(Checking c) {
        for (Vignette v : c.course().vignettes()) {
            if (v instanceof BranchingVignette b) {
                check(c, "vignettes[" + b.id() + "]", b);
            }
        }
    }

    private static void check(Checking c, String path, BranchingVignette b) {
        Set<String> endings = new HashSet<>(b.endings().stream().map(Ending::id).toList());
        Map<String, Node> nodes = new LinkedHashMap<>();
        b.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
        if (b.endings().isEmpty()) {
            c.report(ProblemCode.NO_ENDING, c.sources().has(path + ".endings") ? path + ".endings" : path);
        }
        if (!b.start().isEmpty() && !nodes.containsKey(b.start())) {
            c.report(ProblemCode.UNKNOWN_NODE, path + ".start", "id", b.start());
        }
        Map<String, List<String>> edges = new LinkedHashMap<>();
        Map<String, String> edgePath = new HashMap<>();
        for (Node n : b.nodes()) {
            List<String> targets = edges.computeIfAbsent(n.id(), k -> new ArrayList<>());
            for (Choice choice : n.choices()) {
                String choicePath = path + ".nodes[" + n.id() + "].choices[" + choice.id() + "]";
                List<Branch> next = choice.next();
                if (!next.isEmpty() && next.getLast().when().isPresent()) {
                    c.report(ProblemCode.NO_DEFAULT_BRANCH, choicePath + ".next");
                }
                for (int i = 0; i < next.size(); i++) {
                    String go = next.get(i).go();
                    String goPath = next.size() == 1
                                    && next.get(i).when().isEmpty()
                                    && !c.sources().has(choicePath + ".next[#0]")
                            ? choicePath + ".next"
                            : choicePath + ".next[#" + i + "].go";
                    if (!nodes.containsKey(go) && !endings.contains(go)) {
                        if (!go.isEmpty()) {
                            c.report(ProblemCode.UNKNOWN_NODE, goPath, "id", go);
                        }
                        continue;
                    }
                    targets.add(go);
                    edgePath.putIfAbsent(n.id() + ">" + go, goPath);
                }
            }
        }
        if (!cycles(c, b, edges, edgePath) && nodes.containsKey(b.start())) {
            reachability(c, path, b, edges, endings);
        }
    }

    /** Reports one problem per back edge; true when the graph has a cycle. */
    private static boolean cycles(
            Checking c, BranchingVignette b, Map<String, List<String>> edges, Map<String, String> edgePath) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        boolean found = false;
        for (String root : edges.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            // Iterative depth-first search so a long chain cannot overflow the stack.
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> iterators = new ArrayDeque<>();
            path.push(root);
            iterators.push(edges.getOrDefault(root, List.of()).iterator());
            state.put(root, 1);
            while (!path.isEmpty()) {
                Iterator<String> it = iterators.peek();
                if (it.hasNext()) {
                    String next = it.next();
                    Integer s = state.get(next);
                    if (s == null) {
                        if (edges.containsKey(next)) {
                            state.put(next, 1);
                            path.push(next);
                            iterators.push(edges.get(next).iterator());
                        } else {
                            state.put(next, 2);
                        }
                    } else if (s == 1) {
                        List<String> cycle = new ArrayList<>();
                        for (String step : path) {
                            cycle.addFirst(step);
                            if (step.equals(next)) {
                                break;
                            }
                        }
                        cycle.add(next);
                        c.report(
                                ProblemCode.CYCLE,
                                edgePath.get(path.peek() + ">" + next),
                                "cycle",
                                String.join(" -> ", cycle));
                        found = true;
                    }
                } else {
                    state.put(path.pop(), 2);
                    iterators.pop();
                }
            }
        }
        return found;
    }

    private static void reachability(
            Checking c, String path, BranchingVignette b, Map<String, List<String>> edges, Set<String> endings) {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(b.start()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (reached.add(id)) {
                queue.addAll(edges.getOrDefault(id, List.of()));
            }
        }
        for (Node n : b.nodes()) {
            if (!reached.contains(n.id())) {
                c.report(ProblemCode.UNREACHABLE_NODE, path + ".nodes[" + n.id() + "]", "id", n.id());
            }
        }
        for (Ending e : b.endings()) {
            if (!reached.contains(e.id())) {
                c.report(ProblemCode.UNREACHABLE_NODE, path + ".endings[" + e.id() + "]", "id", e.id());
            }
        }
        if (endings.isEmpty()) {
            return;
        }
        // Nodes that can reach an ending, by walking the edges backwards from the endings.
        Map<String, List<String>> reverse = new HashMap<>();
        edges.forEach((from, tos) -> tos.forEach(
                to -> reverse.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
        Set<String> leads = new HashSet<>();
        Deque<String> back = new ArrayDeque<>(endings);
        while (!back.isEmpty()) {
            String id = back.poll();
            if (leads.add(id)) {
                back.addAll(reverse.getOrDefault(id, List.of()));
            }
        }
        for (Node n : b.nodes()) {
            if (reached.contains(n.id()) && !leads.contains(n.id())) {
                c.report(ProblemCode.NO_PATH_TO_ENDING, path + ".nodes[" + n.id() + "]", "id", n.id());
            }
        }
    }
}
