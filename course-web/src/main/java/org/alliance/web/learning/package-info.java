/** Learning from a course: lessons rendered safely, and each student's lesson progress. */
@NullMarked
package org.alliance.web.learning;

import org.jspecify.annotations.NullMarked;
