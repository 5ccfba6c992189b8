package org.alliance.web.account.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to "My account", below the password form ({@code privacy}'s "My data"). Each is a
 * prototype-scoped bean, so every page gets its own component, and the account page needs to know no feature that
 * contributes one.
 */
public interface AccountPageSection {

    /** The section's component, new for each page. */
    Component component();
}
