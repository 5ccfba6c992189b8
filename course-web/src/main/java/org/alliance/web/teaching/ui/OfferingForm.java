package org.alliance.web.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.EnrolmentMode;
import org.alliance.web.catalog.Offerings;
import org.alliance.web.ui.Actions;
import org.jspecify.annotations.Nullable;

/** Enrolment mode, key and dates of one course's offering. Dates are entered and shown in the server's zone. */
class OfferingForm extends FormLayout {
    final Select<EnrolmentMode> mode = new Select<>();
    final PasswordField key = new PasswordField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final Button save = new Button();

    OfferingForm(String courseId, Offerings offerings, Offerings.Settings settings) {
        mode.setLabel(getTranslation("offering.mode"));
        mode.setItems(EnrolmentMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("offering.mode." + m.name()));
        mode.setValue(settings.mode());
        key.setLabel(getTranslation("offering.key"));
        key.setHelperText(getTranslation(settings.keySet() ? "offering.key.set" : "offering.key.unset"));
        opens.setLabel(getTranslation("offering.opens"));
        closes.setLabel(getTranslation("offering.closes"));
        if (settings.opensAt() != null) {
            opens.setValue(LocalDateTime.ofInstant(settings.opensAt(), ZoneId.systemDefault()));
        }
        if (settings.closesAt() != null) {
            closes.setValue(LocalDateTime.ofInstant(settings.closesAt(), ZoneId.systemDefault()));
        }
        save.setText(getTranslation("offering.save"));
        save.setId("offering-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> Actions.run("failure.offering", () -> {
            try {
                offerings.update(
                        courseId,
                        mode.getValue(),
                        key.getValue(),
                        instant(opens.getValue()),
                        instant(closes.getValue()));
                key.clear();
                Notification.show(getTranslation("offering.saved"));
            } catch (CatalogException ex) {
                Notification.show(getTranslation(ex.messageKey()));
            }
        }));
        add(mode, key, opens, closes, save);
        setColspan(save, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32rem", 2));
    }

    private static java.time.@Nullable Instant instant(@Nullable LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
