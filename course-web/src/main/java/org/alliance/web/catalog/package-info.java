/** Published courses: bundled courses loaded as versions, the catalogue, offerings and enrolment. */
@NullMarked
package org.alliance.web.catalog;

import org.jspecify.annotations.NullMarked;
