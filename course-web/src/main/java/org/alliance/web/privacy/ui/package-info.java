/** "Your data" on My account (download, delete), and the sign-in page a deleted account lands on. */
@NullMarked
package org.alliance.web.privacy.ui;

import org.jspecify.annotations.NullMarked;
