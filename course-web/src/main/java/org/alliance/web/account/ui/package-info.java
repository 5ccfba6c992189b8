/** Views of the account feature: registration, own account, and the admin's account management. */
@NullMarked
package org.alliance.web.account.ui;

import org.jspecify.annotations.NullMarked;
