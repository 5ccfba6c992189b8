package org.alliance.core.model;

import java.util.List;

/**
 * An author's acceptance of assessment-audit warnings on one element ({@code audit: {accept: [code],
 * why: "..."}}): the warnings stay listed, marked as accepted with the reason, and are counted apart.
 *
 * @param codes the stable problem codes accepted, e.g. {@code key-longest}
 * @param why the author's reason, shown next to each accepted warning
 */
public record AuditAcceptance(List<String> codes, String why) {
    public AuditAcceptance {
        codes = List.copyOf(codes);
    }
}
