package org.alliance.web;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The Alliance web application: Vaadin views over services, with Spring Security. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AllianceApplication.class, args);
    }

    /** The one clock every service reads, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
