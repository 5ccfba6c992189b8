package org.alliance.bench.probe;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (never Selenium Manager, which would download one),
 * started and warmed on a blank page before the app starts, so its own start-up is not in the figures.
 */
final class SignInBrowser implements AutoCloseable {
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;

    SignInBrowser(int port, Duration limit) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("bench.chromedriver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("bench.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=en");
        driver = new ChromeDriver(service, options);
        driver.get("about:blank");
        wait = new WebDriverWait(driver, limit, Duration.ofMillis(20));
        baseUrl = "http://localhost:" + port + "/";
    }

    /** Signs in through the Vaadin login form and waits until the browser has left the sign-in page. */
    void signIn(String user, String password) {
        driver.get(baseUrl + "login");
        type("vaadinLoginUsername", user);
        WebElement passwordInput = type("vaadinLoginPassword", password);
        passwordInput.sendKeys(Keys.ENTER);
        wait.until(d -> {
            String url = d.getCurrentUrl();
            if (url != null && url.contains("error")) {
                throw new IllegalStateException("Sign-in refused for " + user);
            }
            return url != null && !url.contains("/login");
        });
    }

    /** Opens /courses and waits until the page shows every expected title. */
    void awaitCatalogue(List<String> titles) {
        driver.get(baseUrl + "courses");
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const text = document.body ? document.body.textContent : '';"
                        + "return arguments[0].every(t => text.includes(t));",
                titles)));
    }

    private WebElement type(String fieldId, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(fieldId)));
        WebElement input = field.findElement(By.cssSelector("input"));
        input.sendKeys(text);
        return input;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
