package org.alliance.web.journey;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Copies every HTTP response body the server sends while recording is on (a tee, not a buffer): the page,
 * Vaadin's init and UIDL JSON, static files. It sits outside every other filter and reads what the servlet
 * wrote, so it does not depend on the browser's devtools protocol (which changes with each Chromium release).
 */
final class ResponseRecorder extends OncePerRequestFilter {

    /** One response: what was asked, what came back. */
    record Recorded(
            String method,
            String uri,
            @Nullable String query,
            @Nullable String contentType,
            int status,
            String body) {
        /**
         * Generated for this user and moment (page, init or UIDL JSON), as opposed to the static files every
         * visitor gets alike; the JS bundle and styles.css name words like "credit" or "correctness" anyway.
         */
        boolean dynamic() {
            return !uri.startsWith("/VAADIN/")
                    && !uri.endsWith(".css")
                    && !uri.endsWith(".js")
                    && contentType != null
                    && (contentType.contains("json") || contentType.contains("html"));
        }

        @Override
        public String toString() {
            return method + " " + uri + (query == null ? "" : "?" + query) + " -> " + status + " " + contentType + " ("
                    + body.length() + " chars)";
        }
    }

    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();
    private volatile boolean on;

    /** Forgets what was recorded and starts recording. */
    void start() {
        recorded.clear();
        on = true;
    }

    void stop() {
        on = false;
    }

    /** Everything recorded since {@link #start()}, oldest first. */
    List<Recorded> all() {
        return List.copyOf(recorded);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!on) {
            chain.doFilter(request, response);
            return;
        }
        var tee = new Tee(response);
        try {
            chain.doFilter(request, tee);
        } finally {
            tee.flushWriter();
            recorded.add(new Recorded(
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getQueryString(),
                    response.getContentType(),
                    response.getStatus(),
                    tee.copy.toString(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Passes every byte on to the real response as it is written and keeps a copy. Unlike a caching wrapper it
     * leaves flushing, content length and commit timing to the servlet, so the app behaves as without it.
     */
    private static final class Tee extends HttpServletResponseWrapper {
        final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private @Nullable ServletOutputStream stream;
        private @Nullable PrintWriter writer;

        Tee(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        real.write(b);
                        copy.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        real.write(b, off, len);
                        copy.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            flushWriter();
            super.flushBuffer();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }
    }

    /** Registers the recorder before every other filter (Spring Security's included), for all paths. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        ResponseRecorder responseRecorder() {
            return new ResponseRecorder();
        }

        @Bean
        FilterRegistrationBean<ResponseRecorder> responseRecorderRegistration(ResponseRecorder recorder) {
            var registration = new FilterRegistrationBean<>(recorder);
            registration.addUrlPatterns("/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
