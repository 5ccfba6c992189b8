/**
 * "My data": a student's export of everything stored about them, and deleting their account. Each feature
 * contributes its own {@link org.alliance.web.account.PersonalData} bean over its own tables; its section on "My account" is
 * an {@link org.alliance.web.account.ui.AccountPageSection}.
 */
@NullMarked
package org.alliance.web.privacy;

import org.jspecify.annotations.NullMarked;
