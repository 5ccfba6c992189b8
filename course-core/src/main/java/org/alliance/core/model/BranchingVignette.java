package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A directed acyclic graph of client turns (nodes) and endings, with a visible alliance meter.
 * Replay is a new attempt, never a loop.
 */
public record BranchingVignette(
        VignetteHeader header, String start, AllianceMeter alliance, List<Node> nodes, List<Ending> endings)
        implements Vignette {

    public BranchingVignette {
        nodes = List.copyOf(nodes);
        endings = List.copyOf(endings);
    }

    @Override
    public VignetteKind vignetteKind() {
        return VignetteKind.BRANCHING;
    }

    public Optional<Node> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public Optional<Ending> ending(String endingId) {
        return endings.stream().filter(e -> e.id().equals(endingId)).findFirst();
    }
}
