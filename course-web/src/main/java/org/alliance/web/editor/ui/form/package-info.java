/**
 * Forms over a quiz or vignette file: each field edits one key of the file's YAML tree and knows the model
 * path problems use, so the one validator's findings show at the field they concern.
 */
package org.alliance.web.editor.ui.form;
