package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A quiz item. Every item names the objectives and concepts it assesses. */
public sealed interface Item
        permits SingleChoice, MultipleResponse, TrueFalse, Matching, Ordering, ShortText, BestResponseItem {

    String id();

    ItemType type();

    String stem();

    List<String> objectives();

    List<String> concepts();

    /** What the item asks of the student; absent when the author has not said. */
    Optional<Cognitive> cognitive();

    /** Assessment-audit warnings the author accepted on this item, with the reason. */
    Optional<AuditAcceptance> audit();
}
