/** The quiz overview, the quiz player and the review page. */
@NullMarked
package org.alliance.web.assessment.ui;

import org.jspecify.annotations.NullMarked;
