/**
 * Where every page of the app lives: the route templates ({@link org.alliance.web.navigation.Routes}) that the
 * views' {@code @Route} annotations use, and typed links to them ({@link org.alliance.web.navigation.Links}). A
 * feature links to another feature's page through here, never through the other feature's view class, so features
 * do not import each other's views. This package imports no feature and no framework.
 */
@NullMarked
package org.alliance.web.navigation;

import org.jspecify.annotations.NullMarked;
