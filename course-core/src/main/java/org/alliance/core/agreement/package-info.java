/** Agreement between instructors who rate the same free-text answers, and which score is released. */
@org.jspecify.annotations.NullMarked
package org.alliance.core.agreement;
