/** Accounts and roles: registration, passwords, and the admin's account management. */
@NullMarked
package org.alliance.web.account;

import org.jspecify.annotations.NullMarked;
