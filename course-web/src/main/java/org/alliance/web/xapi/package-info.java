/**
 * xAPI 1.0.3 statements of learning events: written to an outbox in the transaction of the fact they record,
 * sent in batches to a configured LRS with retries, voided and replaced when a grade changes, exported by an
 * admin for a date range, and part of "My data".
 */
@org.jspecify.annotations.NullMarked
package org.alliance.web.xapi;
