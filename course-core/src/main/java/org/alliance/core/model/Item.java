package org.alliance.core.model;

import java.util.List;

/** A quiz item. Every item names the objectives and concepts it assesses. */
public sealed interface Item
        permits SingleChoice, MultipleResponse, TrueFalse, Matching, Ordering, ShortText, BestResponseItem {

    String id();

    ItemType type();

    String stem();

    List<String> objectives();

    List<String> concepts();
}
