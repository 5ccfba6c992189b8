package org.alliance.web.bench.analytics;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gradebook page opened in Debian's headless Chromium (never Selenium Manager): signed in once as the demo
 * instructor, then each run navigates to the page and stops the clock when the grid shows its first student.
 */
final class PageRoundTrip implements AutoCloseable {
    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    PageRoundTrip(int port) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("alliance.chromedriver", "/usr/bin/chromedriver")))
                .build();
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("alliance.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900");
        driver = new ChromeDriver(service, options);
        base = "http://localhost:" + port + "/";
        wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(10));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    void signIn(String username, String password) {
        driver.get(base + "login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")))
                .findElement(By.cssSelector("input"))
                .sendKeys(username);
        var field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginPassword")))
                .findElement(By.cssSelector("input"));
        field.sendKeys(password);
        field.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-role")));
    }

    /** Navigation to the gradebook until its first student's row is in the page. */
    void openGradebook(String courseId, String firstStudent) {
        driver.get(base + "teaching/" + courseId + "/gradebook");
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='" + firstStudent
                                + "']"))
                .isEmpty());
    }

    /** The page's CSV link followed in the browser (its session, its cookies): the bytes received. */
    long downloadCsv() {
        Object bytes = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('gradebook-csv').href)
                    .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                    .then(b => done(b.byteLength), e => done(-1));""");
        return ((Number) bytes).longValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
