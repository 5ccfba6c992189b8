/** Exports other systems read: a taught course's quiz items as Moodle XML and GIFT, for a question bank. */
@NullMarked
package org.alliance.web.interop;

import org.jspecify.annotations.NullMarked;
