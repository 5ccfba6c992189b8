package org.alliance.bench.bare;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bare reference app: what Spring Boot, Vaadin, Spring Security, JPA and Flyway cost on their own, measured
 * beside Alliance by bench/startup.sh. Lumo, as Alliance's shell loads it, so both pages bring the same styles.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
public class BareApp implements AppShellConfigurator {
    public static void main(String[] args) {
        SpringApplication.run(BareApp.class, args);
    }
}
