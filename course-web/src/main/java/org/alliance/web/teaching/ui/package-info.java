/** Instructor-facing views: the instructor home and a taught course's page. */
@NullMarked
package org.alliance.web.teaching.ui;

import org.jspecify.annotations.NullMarked;
