package org.alliance.web.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.security.LoginThrottledException;
import org.alliance.web.ui.RouteLinks;
import org.alliance.web.ui.VisitorPages;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. The form posts to Spring Security; every failure shows one generic message, so the page never
 * tells whether an account exists. During a throttling backoff it says to wait instead.
 */
@Route(value = Routes.LOGIN, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    /** The query parameter that says the last session was ended (see SecurityConfig). */
    public static final String SESSION_ENDED = "ended";

    final LoginForm form = new LoginForm();
    final Paragraph sessionEnded = new Paragraph();
    /** Why the user is here again, after an idle sign-out ({@code ?idle}, set by the shell's IdleSignOut). */
    final Paragraph signedOutIdle = new Paragraph();

    LoginI18n shown;

    public LoginView() {
        addClassName("auth-page");
        form.setAction(Routes.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        show(i18n(false));
        var title = new H1(getTranslation("app.name"));
        title.addClassName("auth-brand");
        var tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("auth-tagline");
        var register = new Paragraph(getTranslation("login.no-account") + " ");
        register.add(RouteLinks.to(getTranslation("login.register"), Links.register()));
        var forgot = new Paragraph(getTranslation("login.forgot"));
        forgot.addClassName("hint");
        reasonNotice(sessionEnded, "session-ended", "login.session-ended");
        reasonNotice(signedOutIdle, "signed-out-idle", "login.idle");
        var card = new Div(title, tagline, sessionEnded, signedOutIdle, form, register, forgot);
        card.addClassName("auth-card");
        add(card);
    }

    /** Why a signed-out user is here; a status, announced when shown: they did not ask to leave. */
    private void reasonNotice(Paragraph notice, String id, String textKey) {
        notice.setId(id);
        notice.setText(getTranslation(textKey));
        notice.addClassName("auth-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
    }

    private void show(LoginI18n i18n) {
        shown = i18n;
        form.setI18n(i18n);
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(throttled ? "login.throttled.text" : "login.error.text"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VisitorPages.sendSignedInUsersHome(event);
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        sessionEnded.setVisible(!failed && parameters.containsKey(SESSION_ENDED));
        signedOutIdle.setVisible(!failed && parameters.containsKey("idle"));
        if (failed) {
            show(i18n(lastFailureWasThrottled()));
        }
        form.setError(failed);
    }

    /** Spring Security keeps the last sign-in failure in the session; only its kind is read here. */
    private static boolean lastFailureWasThrottled() {
        var request = VaadinServletRequest.getCurrent();
        HttpSession session =
                request == null ? null : request.getHttpServletRequest().getSession(false);
        return session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
