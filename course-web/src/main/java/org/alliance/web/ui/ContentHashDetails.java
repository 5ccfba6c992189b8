package org.alliance.web.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A version's content hash behind a disclosure: useful to an author comparing exports or imports, never the
 * first thing a page shows.
 */
public class ContentHashDetails extends Details {

    public ContentHashDetails(String contentHash) {
        setSummaryText(getTranslation("teaching.content-hash"));
        var hash = new Span(contentHash);
        hash.addClassName("content-hash");
        add(new Paragraph(getTranslation("teaching.content-hash.text")), hash);
        addClassName("content-hash-details");
    }
}
