package org.alliance.web.editor.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.alliance.web.editor.Drift;

/**
 * Asks before a draft is published over a version published since it began (after a rollback, say): says in
 * words, file by file, what publishing would undo, and publishes only when the author confirms.
 */
class DriftDialog extends ConfirmDialog {
    final UnorderedList undone = new UnorderedList();

    DriftDialog(Drift drift, Runnable publish) {
        setHeader(getTranslation("editor.drift.title"));
        undone.setId("editor-drift");
        drift.undone()
                .forEach(u -> undone.add(new ListItem(
                        getTranslation("editor.drift." + u.effect().name(), u.path(), drift.baseNumber()))));
        setText(new Div(
                new Paragraph(getTranslation("editor.drift.intro", drift.baseNumber(), drift.currentNumber())),
                undone,
                new Paragraph(getTranslation("editor.drift.question"))));
        setCancelable(true);
        setCancelText(getTranslation("common.cancel"));
        setConfirmText(getTranslation("editor.drift.publish"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> publish.run());
    }
}
