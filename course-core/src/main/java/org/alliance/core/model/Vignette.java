package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A case vignette. The fields every kind shares live in its {@link VignetteHeader}. */
public sealed interface Vignette extends Activity
        permits BestResponseVignette, RateOptionsVignette, FreeTextVignette, BranchingVignette {

    VignetteHeader header();

    VignetteKind vignetteKind();

    @Override
    default String id() {
        return header().id();
    }

    @Override
    default String title() {
        return header().title();
    }

    @Override
    default ActivityKind kind() {
        return ActivityKind.VIGNETTE;
    }

    default List<String> objectives() {
        return header().objectives();
    }

    default List<String> concepts() {
        return header().concepts();
    }

    default List<String> dimensions() {
        return header().dimensions();
    }

    default Optional<String> contentNote() {
        return header().contentNote();
    }

    /** What the vignette asks of the student; absent when the author has not said. */
    default Optional<Cognitive> cognitive() {
        return header().cognitive();
    }

    /** Assessment-audit warnings the author accepted on this vignette, with the reason. */
    default Optional<AuditAcceptance> audit() {
        return header().audit();
    }
}
