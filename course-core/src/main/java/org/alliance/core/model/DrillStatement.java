package org.alliance.core.model;

import java.util.List;

/**
 * One client statement of a drill. {@code examples} meet the criteria (shown after the student's
 * try); {@code poor} are labelled poor responses written from the drill's "avoid" list, never shown,
 * used only to measure the drill's automatic hints. {@code criteria} empty means all of the drill's.
 */
public record DrillStatement(
        String id,
        String context,
        String tone,
        String client,
        List<String> criteria,
        List<String> examples,
        List<String> poor) {

    public DrillStatement {
        criteria = List.copyOf(criteria);
        examples = List.copyOf(examples);
        poor = List.copyOf(poor);
    }
}
