/**
 * Who is asking: the signed-in user as every service reads it ({@link org.alliance.web.identity.CurrentUser}).
 * A leaf: it depends on Spring Security only, so any feature may use it without a cycle.
 */
@NullMarked
package org.alliance.web.identity;

import org.jspecify.annotations.NullMarked;
