/** Views of the catalogue: course cards, and a course's page. */
@NullMarked
package org.alliance.web.catalog.ui;

import org.jspecify.annotations.NullMarked;
