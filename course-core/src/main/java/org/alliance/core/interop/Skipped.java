package org.alliance.core.interop;

/** Something the export left out or changed, with why; shown to the instructor with the download. */
public record Skipped(String id, Reason reason) {

    public enum Reason {
        /** Rate-options and branching vignettes have no Moodle or GIFT question type. */
        VIGNETTE_KIND_HAS_NO_QUESTION_TYPE,
        /** GIFT has no ordering question. */
        ORDERING_NOT_IN_GIFT,
        /** GIFT cannot escape "->" inside a matching prompt. */
        ARROW_IN_GIFT_MATCHING,
        /** Kept, but a credit was rounded to the nearest grade Moodle accepts. */
        GRADE_ROUNDED,
        /** Kept, but Moodle and GIFT compare typed answers ignoring case only, not punctuation. */
        PUNCTUATION_NOT_IGNORED
    }

    /** Whether the item is still in the export (only changed), not left out. */
    public boolean kept() {
        return reason == Reason.GRADE_ROUNDED || reason == Reason.PUNCTUATION_NOT_IGNORED;
    }
}
