package org.alliance.core.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Node;

/** Whether a branching graph can be walked at all; the validator reports why not. */
final class Graphs {

    private Graphs() {}

    /** The start is a node, every target is a node or an ending, and there is no cycle. */
    static boolean walkable(BranchingVignette b) {
        Map<String, Node> nodes = new HashMap<>();
        b.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
        Set<String> endings = new HashSet<>(b.endings().stream().map(Ending::id).toList());
        if (!nodes.containsKey(b.start()) || endings.isEmpty()) {
            return false;
        }
        for (Node n : b.nodes()) {
            for (Choice c : n.choices()) {
                for (Branch branch : c.next()) {
                    if (!nodes.containsKey(branch.go()) && !endings.contains(branch.go())) {
                        return false;
                    }
                }
            }
        }
        return acyclic(nodes, b.start(), new HashSet<>(), new HashSet<>());
    }

    private static boolean acyclic(Map<String, Node> nodes, String id, Set<String> onPath, Set<String> done) {
        Node node = nodes.get(id);
        if (node == null || done.contains(id)) {
            return true;
        }
        if (!onPath.add(id)) {
            return false;
        }
        for (Choice c : node.choices()) {
            for (Branch branch : c.next()) {
                if (!acyclic(nodes, branch.go(), onPath, done)) {
                    return false;
                }
            }
        }
        onPath.remove(id);
        done.add(id);
        return true;
    }
}
