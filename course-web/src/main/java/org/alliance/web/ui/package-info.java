/**
 * What every feature's views share and no feature owns: how failures reach the user ({@link
 * org.alliance.web.ui.Actions}, the session's error handler, the server error page), router links built from
 * {@link org.alliance.web.navigation.Link}s ({@link org.alliance.web.ui.RouteLinks}), and small components used by
 * several features (the SVG {@link org.alliance.web.ui.BarChart}, {@link org.alliance.web.ui.ProblemText}, {@link
 * org.alliance.web.ui.ContentHashDetails}). It imports no feature.
 */
@NullMarked
package org.alliance.web.ui;

import org.jspecify.annotations.NullMarked;
