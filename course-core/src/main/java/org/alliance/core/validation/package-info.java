/** Checks a course and reports every problem at once, each with file, line, column, model path, code and hint. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.validation;
