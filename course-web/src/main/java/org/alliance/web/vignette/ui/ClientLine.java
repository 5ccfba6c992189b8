package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** What the client says, and the non-verbal cue if any. */
class ClientLine extends Div {
    ClientLine(String name, String line, Optional<String> cue) {
        addClassName("client-turn");
        var said = new Paragraph(getTranslation("vignette.says", name, line));
        said.addClassName("client-line");
        add(said);
        cue.ifPresent(c -> {
            var cueText = new Paragraph(c);
            cueText.addClassName("client-cue");
            add(cueText);
        });
    }
}
