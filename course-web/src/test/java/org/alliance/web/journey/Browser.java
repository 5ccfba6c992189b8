package org.alliance.web.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver (never Selenium Manager, which would go to the
 * internet), headless, with screenshots of each step under target/screenshots.
 */
final class Browser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Below this width the viewport is emulated (see {@link #resize}). */
    private static final int PHONE_MAX = 500;

    final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    Browser(int port, int width, int height) {
        this("http", port, width, height);
    }

    /** {@code scheme} "https": the app runs with a test certificate of its own, which this browser accepts. */
    Browser(String scheme, int port, int width, int height) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("alliance.chromedriver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("alliance.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height,
                "--lang=en");
        // The console is kept so a journey can check that the Content-Security-Policy blocked nothing.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setAcceptInsecureCerts("https".equals(scheme));
        driver = new ChromeDriver(service, options);
        baseUrl = scheme + "://localhost:" + port + "/";
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        if (width < PHONE_MAX) {
            resize(width, height);
        }
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
        } catch (TimeoutException e) {
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

    /** Waits until at least one element matches, and returns all that do (visible or not). */
    List<WebElement> waitUntilPresent(By by) {
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(by));
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
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

    ChromeDriver driver() {
        return driver;
    }

    /** Waits until Vaadin has no request in flight, so the page shows what the server last sent. */
    void waitForIdle() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                return !!flow && Object.values(flow.clients || {})
                    .every(c => typeof c.isActive !== 'function' || !c.isActive());""")));
    }

    /** Opens a file in the course editor and waits until the editor shows it (as a form or as text). */
    void openEditorFile(String path) {
        click(By.xpath("//vaadin-item[normalize-space(.)='" + path + "']"));
        waitForEditorFile(path);
    }

    /** Switches the editor between "Form" and "Text". */
    void editAs(String mode) {
        click(By.xpath(
                "//vaadin-radio-group[@id='editor-mode']//vaadin-radio-button[normalize-space(.)='" + mode + "']"));
        waitForIdle();
    }

    /** Waits until the editor's file list marks this file as the open one and the server is done. */
    void waitForEditorFile(String path) {
        waitUntil(d -> String.valueOf(
                        driver.executeScript("const s = [...document.querySelectorAll('.editor-files vaadin-item')]"
                                + ".find(i => i.hasAttribute('selected'));"
                                + "return s ? s.textContent.trim() : '';"))
                .equals(path));
        waitForIdle();
    }

    /** Signs in through the login form and waits for the home page. */
    void signIn(String username, String password) {
        open("login");
        type(By.id("vaadinLoginUsername"), username);
        type(By.id("vaadinLoginPassword"), password);
        waitFor(By.id("vaadinLoginPassword"))
                .findElement(By.cssSelector("input"))
                .sendKeys(Keys.ENTER);
        waitFor(By.id("home-role"));
    }

    /** Signs out through the user menu, as a person would; ends on the sign-in page. */
    void signOut() {
        click(By.cssSelector(".user-menu vaadin-menu-bar-button"));
        click(By.xpath("//vaadin-menu-bar-item[contains(., 'Log out')]"));
        waitForUrlEnding("/login");
        waitFor(By.id("vaadinLoginUsername"));
    }

    /** Registers a student through the form; ends on the sign-in page. */
    void register(String displayName, String username, String password) {
        open("register");
        type(By.id("register-display-name"), displayName);
        type(By.id("register-username"), username);
        type(By.id("register-password"), password);
        type(By.id("register-confirm"), password);
        click(By.id("register-submit"));
        waitForUrlEnding("/login");
        waitFor(By.id("vaadinLoginUsername"));
    }

    /** Enrols the signed-in student in an open course from the catalogue; ends on the course page. */
    void enrol(String courseId) {
        open("courses");
        click(waitFor(By.id("course-" + courseId)).findElement(By.tagName("vaadin-button")));
        waitFor(By.id("continue-link"));
    }

    /** Waits (up to the usual 30 s) until the condition holds, ignoring elements that went stale meanwhile. */
    void waitUntil(BooleanSupplier condition) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> condition.getAsBoolean());
    }

    /**
     * Phone (390 px) or desktop width; the page keeps its state. Headless Chromium will not make a window
     * narrower than about 500 px, so narrow widths are emulated as a phone's viewport instead.
     */
    void resize(int width, int height) {
        if (width < PHONE_MAX) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(new Dimension(width, height));
        }
    }

    /** The page's own idea of its width, to check that phone emulation took. */
    long viewportWidth() {
        return ((Number) driver.executeScript("return window.innerWidth")).longValue();
    }

    /** Content-Security-Policy violations the browser reported in its console since the last call. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
