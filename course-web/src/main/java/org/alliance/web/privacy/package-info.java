/**
 * "My data": a student's export of everything stored about them, and deleting their account. Each feature
 * contributes its own {@link org.alliance.web.privacy.PersonalData} bean over its own tables.
 */
@NullMarked
package org.alliance.web.privacy;

import org.jspecify.annotations.NullMarked;
