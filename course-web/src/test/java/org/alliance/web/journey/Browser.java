package org.alliance.web.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver (never Selenium Manager, which would go to the
 * internet), headless, with screenshots of each step under target/screenshots.
 */
final class Browser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    Browser(int port, int width, int height) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("alliance.chromedriver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("alliance.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=en");
        driver = new ChromeDriver(service, options);
        baseUrl = "http://localhost:" + port + "/";
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By by) {
        try {
            // The app layout scrolls its content area; bring the element into view before asking if it shows.
            WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "failed-waiting-for-" + by.toString().replaceAll("[^a-zA-Z0-9-]", "_");
            screenshot(name);
            try {
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw e;
        }
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitForUrlEnding(String suffix) {
        wait.until(d -> d.getCurrentUrl() != null && d.getCurrentUrl().endsWith(suffix));
    }

    /** Scrolls an element to the middle of the window, then clicks it as a user would. */
    void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void click(By by) {
        click(waitFor(by));
    }

    /** Types into the native input inside a Vaadin field. */
    void type(By field, String text) {
        WebElement input = waitFor(field).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
