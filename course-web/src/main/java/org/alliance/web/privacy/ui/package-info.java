/** The page a deleted account lands on: the sign-in form with a notice that the account is gone. */
@NullMarked
package org.alliance.web.privacy.ui;

import org.jspecify.annotations.NullMarked;
