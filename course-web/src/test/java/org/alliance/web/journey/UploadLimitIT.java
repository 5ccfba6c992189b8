package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed-in instructor's real upload address, sent far more than a course zip: three 200 MB bodies
 * declared in parallel and one chunked body of unknown length. The server answers 413 before reading a
 * declared body (none of it has been sent when the answer comes), stops reading a chunked one near the limit,
 * stores nothing, and its heap stays where it was. The heap figures are printed for the operations note.
 */
class UploadLimitIT extends Journey {
    private static final long MB = 1024 * 1024;
    private static final long DECLARED = 200 * MB;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_oversized_upload_is_refused_before_its_body_is_read_and_stores_nothing() throws Exception {
        browser.signIn("instructor", "cedar-desk-lamp-marking");
        browser.open("teaching/import");
        String target = browser.waitFor(By.id("import-upload")).getDomProperty("target");
        assertThat(target).as("the upload's address").contains("VAADIN/dynamic/resource/");
        String path = "/" + target.replaceFirst("^https?://[^/]+/", "");
        String cookie = "JSESSIONID="
                + browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        long versionsBefore = courseVersions();

        long heapBefore = usedHeapAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        List<String> answers;
        try (var pool = Executors.newFixedThreadPool(3)) {
            Callable<String> declared = () -> declaredPost(path, cookie);
            List<Future<String>> futures = pool.invokeAll(List.of(declared, declared, declared));
            answers = futures.stream().map(UploadLimitIT::get).toList();
        }
        long chunkedSent = chunkedPost(path, cookie);

        long peak = peakHeap();
        long heapAfter = usedHeapAfterGc();
        System.out.printf(
                "Upload limit: used heap after GC %d MB before, %d MB after; peak during %d MB;"
                        + " chunked body sent before the server stopped reading: %d MB%n",
                heapBefore / MB, heapAfter / MB, peak / MB, chunkedSent / MB);

        assertThat(answers)
                .as("status lines, answered before any body byte was sent")
                .allMatch(line -> line.startsWith("HTTP/1.1 413"));
        assertThat(chunkedSent)
                .as("bytes the server took of a 200 MB chunked body")
                .isLessThan(64 * MB);
        assertThat(heapAfter - heapBefore).as("heap growth").isLessThan(64 * MB);
        assertThat(courseVersions()).as("course versions stored").isEqualTo(versionsBefore);
    }

    /** Sends only the headers of a 200 MB upload and reads the answer: none of the body is ever sent. */
    private String declaredPost(String path, String cookie) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            write(socket.getOutputStream(), headers(path, cookie, "Content-Length: " + DECLARED));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    /** Sends a 200 MB chunked body until the server stops taking it; returns how much it took. */
    private long chunkedPost(String path, String cookie) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        byte[] frame = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        long sent = 0;
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            write(out, headers(path, cookie, "Transfer-Encoding: chunked"));
            while (sent < DECLARED) {
                out.write(frame);
                out.write(chunk);
                out.write('\r');
                out.write('\n');
                sent += chunk.length;
            }
            write(out, "0\r\n\r\n");
        } catch (IOException closedByServer) {
            // Expected: the server closes the connection once it refused the body.
        }
        return sent;
    }

    private String headers(String path, String cookie, String length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + cookie
                + "\r\nContent-Type: application/zip\r\nX-Filename: big.zip\r\n" + length + "\r\n\r\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long courseVersions() {
        return jdbc.sql("select count(*) from course_version").query(Long.class).single();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The sum of each heap pool's peak since the reset: an upper bound of the heap's peak. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
