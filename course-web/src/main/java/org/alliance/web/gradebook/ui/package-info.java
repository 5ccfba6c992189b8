/** Teacher views: the gradebook with its student drill-down and CSV export, and the analysis page. */
@NullMarked
package org.alliance.web.gradebook.ui;

import org.jspecify.annotations.NullMarked;
