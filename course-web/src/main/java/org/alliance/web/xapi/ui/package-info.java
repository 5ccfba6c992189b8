/** The admin's xAPI page: how sending goes, and the statements of a date range as a JSON download. */
@org.jspecify.annotations.NullMarked
package org.alliance.web.xapi.ui;
