package org.alliance.core.scoring.branching;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a walk through a branching vignette stands: the node or ending reached, the meter, and the
 * choices taken so far.
 */
public record Trail(String position, int meter, List<Taken> taken) {

    public Trail {
        taken = List.copyOf(taken);
    }

    Trail then(Taken step, String next, int newMeter) {
        var steps = new ArrayList<>(taken);
        steps.add(step);
        return new Trail(next, newMeter, steps);
    }
}
