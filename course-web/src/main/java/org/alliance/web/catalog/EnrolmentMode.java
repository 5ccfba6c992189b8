package org.alliance.web.catalog;

/** How students join an offering. */
public enum EnrolmentMode {
    /** Anyone signed in may enrol while the offering is open. */
    OPEN,
    /** Enrolment needs the key the instructor gives out. */
    KEY,
    /** Only an instructor enrols students. */
    INSTRUCTOR
}
