/** The Alliance web application: its entry point and app shell. */
@NullMarked
package org.alliance.web;

import org.jspecify.annotations.NullMarked;
