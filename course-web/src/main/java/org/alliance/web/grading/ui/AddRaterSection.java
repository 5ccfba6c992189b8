package org.alliance.web.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * For the course's owner (or an admin) while two raters disagree beyond the threshold: add an existing
 * instructor, by username, as a rater of this course only, so that they can give the resolution rating.
 */
class AddRaterSection extends Section {
    final TextField username = new TextField();
    final Button add = new Button();

    AddRaterSection(Consumer<String> addRater) {
        setId("grading-add-rater");
        username.setLabel(getTranslation("grading.add-rater.username"));
        username.setHelperText(getTranslation("grading.add-rater.help"));
        username.setId("add-rater-username");
        add.setText(getTranslation("grading.add-rater.button"));
        add.setId("add-rater");
        add.addClickListener(e -> {
            if (username.getValue().isBlank()) {
                username.setErrorMessage(getTranslation("grading.add-rater.username-required"));
                username.setInvalid(true);
                return;
            }
            addRater.accept(username.getValue());
        });
        add(
                new H2(getTranslation("grading.add-rater")),
                new Paragraph(getTranslation("grading.add-rater.intro")),
                username,
                add);
    }
}
