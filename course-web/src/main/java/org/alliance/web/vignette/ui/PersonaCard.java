package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.alliance.core.model.Persona;

/** The fictional client: name, age, a line about them, and a reminder that they are fictional. */
class PersonaCard extends Aside {
    PersonaCard(Persona persona) {
        addClassName("persona-card");
        var name = new H2(persona.age()
                .map(age -> getTranslation("vignette.persona.name-age", persona.name(), age))
                .orElse(persona.name()));
        var fictional = new Span(getTranslation("vignette.persona.fictional"));
        fictional.addClassName("fictional-badge");
        add(fictional, name, new Paragraph(persona.about()));
        getElement().setAttribute("aria-label", getTranslation("vignette.persona.label", persona.name()));
    }
}
