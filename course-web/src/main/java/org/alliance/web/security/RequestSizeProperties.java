package org.alliance.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the server reads: {@code maxUpload} for Vaadin's upload and download handlers (the
 * course import), {@code maxBody} for every other request (Vaadin's own messages are small).
 */
@ConfigurationProperties("alliance.http")
public record RequestSizeProperties(DataSize maxBody, DataSize maxUpload) {}
