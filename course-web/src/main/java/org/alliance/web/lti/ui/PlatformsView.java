package org.alliance.web.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.alliance.web.account.Roles;
import org.alliance.web.lti.LtiPlatforms;
import org.alliance.web.lti.Platform;
import org.alliance.web.lti.ToolKeys;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.jspecify.annotations.Nullable;

/**
 * The admin registers LMSs (docs/integration.md lists what to copy from Moodle and Canvas into each field) and reads
 * the tool's own addresses to give the LMS: login, launch and key set.
 */
@Route(Routes.LTI_PLATFORMS)
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.lti", order = 85, icon = "vaadin:connect")
public class PlatformsView extends Div implements HasDynamicTitle {
    final Grid<Platform> grid = new Grid<>();
    final TextField name = field("lti.platform.name");
    final TextField issuer = field("lti.platform.issuer");
    final TextField clientId = field("lti.platform.client-id");
    final TextArea deployments = new TextArea();
    final TextField authUrl = field("lti.platform.auth-url");
    final TextField tokenUrl = field("lti.platform.token-url");
    final TextField jwksUrl = field("lti.platform.jwks-url");
    final Checkbox iframe = new Checkbox();
    final Button save = new Button();
    private final Paragraph error = new Paragraph();
    private @Nullable Long editing;
    private final transient LtiPlatforms platforms;

    PlatformsView(LtiPlatforms platforms, ToolKeys keys) {
        this.platforms = platforms;
        addClassName("page");
        setId("lti-platforms");
        add(new H1(getTranslation("lti.platforms.title")));
        add(toolAddresses());
        grid.addColumn(Platform::name)
                .setHeader(getTranslation("lti.platform.name"))
                .setAutoWidth(true);
        grid.addColumn(Platform::issuer)
                .setHeader(getTranslation("lti.platform.issuer"))
                .setAutoWidth(true);
        grid.addColumn(Platform::clientId)
                .setHeader(getTranslation("lti.platform.client-id"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.iframe() ? "lti.platform.iframe.yes" : "lti.platform.iframe.no"))
                .setHeader(getTranslation("lti.platform.opens"));
        grid.addComponentColumn(p -> {
                    var edit = new Button(getTranslation("lti.platform.edit"), e -> edit(p));
                    edit.setAriaLabel(getTranslation("lti.platform.edit-named", p.name()));
                    var remove = new Button(getTranslation("lti.platform.delete"), e -> remove(p));
                    remove.setAriaLabel(getTranslation("lti.platform.delete-named", p.name()));
                    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    return new FlexLayout(edit, remove);
                })
                .setHeader(getTranslation("lti.platform.actions"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("lti.platforms.title"));
        add(new H2(getTranslation("lti.platforms.registered")), grid);

        deployments.setLabel(getTranslation("lti.platform.deployments"));
        deployments.setWidthFull();
        deployments.setHelperText(getTranslation("lti.platform.deployments.help"));
        iframe.setLabel(getTranslation("lti.platform.iframe"));
        save.setText(getTranslation("lti.platform.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var form = new Div(name, issuer, clientId, deployments, authUrl, tokenUrl, jwksUrl, iframe, error, save);
        form.addClassName("stacked-form");
        add(new H2(getTranslation("lti.platforms.register")), form);

        var rotated = new Paragraph();
        rotated.getElement().setAttribute("role", "status");
        var rotate = new Button(
                getTranslation("lti.keys.rotate"),
                e -> Actions.run("failure.lti", () -> {
                    String what = keys.rotateNow();
                    rotated.setText(getTranslation("lti.keys.rotated", what));
                }));
        add(new H2(getTranslation("lti.keys.title")), new Paragraph(getTranslation("lti.keys.text")), rotate, rotated);
        refresh();
    }

    private Div toolAddresses() {
        var request = VaadinRequest.getCurrent();
        String base = request == null
                ? ""
                : request.getHeader("Host") == null
                        ? ""
                        : (request.isSecure() ? "https://" : "http://") + request.getHeader("Host");
        var box = new Div();
        box.addClassName("tool-addresses");
        box.add(new Paragraph(getTranslation("lti.tool.intro")));
        for (String[] row : new String[][] {
            {"lti.tool.login", base + "/lti/login"},
            {"lti.tool.launch", base + "/lti/launch"},
            {"lti.tool.jwks", base + "/lti/jwks"},
            {"lti.tool.deep-link", base + "/lti/launch"}
        }) {
            var p = new Paragraph(getTranslation(row[0]) + ": ");
            var code = new com.vaadin.flow.component.html.Code(row[1]);
            p.add(code);
            box.add(p);
        }
        return box;
    }

    private TextField field(String key) {
        var f = new TextField(getTranslation(key));
        f.setWidthFull();
        return f;
    }

    private void save() {
        error.setText("");
        var platform = new Platform(
                editing,
                name.getValue(),
                issuer.getValue(),
                clientId.getValue(),
                authUrl.getValue(),
                tokenUrl.getValue(),
                jwksUrl.getValue(),
                iframe.getValue(),
                Arrays.stream(deployments.getValue().split("[\\s,]+")).toList());
        try {
            platforms.save(platform);
            clear();
            refresh();
        } catch (org.alliance.web.lti.LtiException e) {
            error.setText(getTranslation(e.key()));
        }
    }

    private void edit(Platform p) {
        editing = p.id();
        name.setValue(p.name());
        issuer.setValue(p.issuer());
        clientId.setValue(p.clientId());
        deployments.setValue(String.join("\n", p.deploymentIds()));
        authUrl.setValue(p.authUrl());
        tokenUrl.setValue(p.tokenUrl());
        jwksUrl.setValue(p.jwksUrl());
        iframe.setValue(p.iframe());
        name.focus();
    }

    private void remove(Platform p) {
        Actions.run("failure.lti", () -> {
            platforms.delete(p.id() == null ? -1 : p.id());
            refresh();
        });
    }

    private void clear() {
        editing = null;
        for (var f : new TextField[] {name, issuer, clientId, authUrl, tokenUrl, jwksUrl}) {
            f.clear();
        }
        deployments.clear();
        iframe.clear();
    }

    private void refresh() {
        grid.setItems(platforms.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.platforms.title") + " · " + getTranslation("app.name");
    }
}
