package org.alliance.web.lti.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import org.alliance.web.lti.LaunchFailure.Reason;
import org.alliance.web.navigation.Routes;

/**
 * Where a refused LMS launch lands: what was wrong, in words, and what to do (usually: ask the LMS admin), with the
 * reason's code to quote. The launch endpoint has already logged it; nothing of the launch was kept.
 */
@Route(value = Routes.LTI_REFUSED, autoLayout = false)
@AnonymousAllowed
public class LaunchRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public LaunchRefusedView() {
        addClassName("page");
        setId("lti-refused");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("reason")
                .orElse("");
        var reason = Arrays.stream(Reason.values())
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElse(Reason.BAD_TOKEN);
        removeAll();
        var detail = new Paragraph(getTranslation("lti.refused." + reason.code()));
        detail.setId("lti-refused-reason");
        add(
                new H1(getTranslation("lti.refused.title")),
                detail,
                new Paragraph(getTranslation("lti.refused.what-to-do", reason.code())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.refused.title") + " · " + getTranslation("app.name");
    }
}
