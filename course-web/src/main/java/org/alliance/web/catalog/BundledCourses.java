package org.alliance.web.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.ReadResult;
import org.alliance.web.account.AccountService;
import org.alliance.web.persistence.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, reads every course bundled in the content module ({@code classpath:courses/<id>/}) and publishes
 * it, owned by the system library account. A course that does not validate is reported and skipped; the
 * content module's build should already have refused it.
 */
@Component
@Order(10)
class BundledCourses implements StartupTask {
    static final String LIBRARY_ACCOUNT = "library";
    private static final Logger log = LoggerFactory.getLogger(BundledCourses.class);

    private final CourseVersions versions;
    private final AccountService accounts;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    BundledCourses(CourseVersions versions, AccountService accounts) {
        this.versions = versions;
        this.accounts = accounts;
    }

    @Override
    public void run() {
        try {
            publishAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publishAll() throws IOException {
        accounts.ensureSystemAccount(LIBRARY_ACCOUNT, "Alliance library");
        Resource[] found = resources.getResources("classpath*:courses/*/course.yaml");
        log.info("Found {} bundled courses", found.length);
        for (Resource courseFile : found) {
            String root = courseFile.getURL().toString().replaceFirst("course\\.yaml$", "");
            Map<String, String> files = readTree(root);
            ReadResult read = CourseReader.fromFiles(files);
            if (read.course().isEmpty()) {
                log.error("Bundled course at {} does not validate and was not loaded: {}", root, read.errors());
                continue;
            }
            versions.publish(files, read.course().get(), read.contentHash().orElseThrow(), LIBRARY_ACCOUNT);
        }
    }

    private Map<String, String> readTree(String root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Resource file : resources.getResources(root + "**/*")) {
            if (!file.isReadable()) {
                continue;
            }
            String url = file.getURL().toString();
            if (url.endsWith("/")) {
                continue;
            }
            try (var in = file.getInputStream()) {
                files.put(url.substring(root.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }
}
