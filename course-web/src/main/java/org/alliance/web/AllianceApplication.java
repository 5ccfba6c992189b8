package org.alliance.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Alliance web application: Vaadin views over services, with Spring Security. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class AllianceApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(AllianceApplication.class, args);
    }

    /** The one clock every service reads, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
