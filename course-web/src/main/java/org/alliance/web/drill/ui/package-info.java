/** The drill pages: a round of statements, the student's tries with the checklist and examples, the practice log. */
@org.jspecify.annotations.NullMarked
package org.alliance.web.drill.ui;
