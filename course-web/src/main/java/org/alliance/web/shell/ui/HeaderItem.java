package org.alliance.web.shell.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the navbar of every signed-in page, before the user menu ({@code grading}'s notice
 * bell). Each is a prototype-scoped bean, so every layout gets its own component, and the frame needs to know no
 * feature that contributes one.
 */
public interface HeaderItem {

    /** The item's component, new for each layout. */
    Component component();
}
