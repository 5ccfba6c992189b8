package org.alliance.web.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for localhost, made with the JDK's keytool, so a journey can run the app over TLS as
 * iframe mode requires ({@code Secure} cookies are only set over https).
 */
final class TestTls {
    static final String PASSWORD = "journey-only";
    private static Path keystore;

    private TestTls() {}

    static synchronized Path keystore() {
        if (keystore != null) {
            return keystore;
        }
        try {
            Path dir = Files.createTempDirectory("alliance-tls");
            Path store = dir.resolve("localhost.p12");
            var keytool =
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            var process = new ProcessBuilder(List.of(
                            keytool,
                            "-genkeypair",
                            "-alias",
                            "localhost",
                            "-keyalg",
                            "RSA",
                            "-keysize",
                            "2048",
                            "-validity",
                            "2",
                            "-dname",
                            "CN=localhost",
                            "-ext",
                            "SAN=dns:localhost,ip:127.0.0.1",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            store.toString(),
                            "-storepass",
                            PASSWORD,
                            "-keypass",
                            PASSWORD,
                            "-noprompt"))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(store)) {
                throw new IllegalStateException("keytool could not make the test certificate: " + output);
            }
            keystore = store;
            return store;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
