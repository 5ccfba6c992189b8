package org.alliance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the limit before it is read: a declared Content-Length over the limit gets 413
 * at once, and a body of unknown length (chunked) stops being read at the limit. Vaadin's in-memory upload
 * handler and its message handling read a whole body into memory, so this is what keeps the heap safe.
 */
public class RequestSizeLimit extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);
    /** Where Vaadin serves element request handlers such as {@code UploadHandler}. */
    static final String UPLOAD_PATH = "/VAADIN/dynamic/resource/";

    private final RequestSizeProperties limits;

    public RequestSizeLimit(RequestSizeProperties limits) {
        this.limits = limits;
    }

    long limitFor(HttpServletRequest request) {
        boolean upload = request.getRequestURI().startsWith(request.getContextPath() + UPLOAD_PATH);
        return (upload ? limits.maxUpload() : limits.maxBody()).toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, declared + " bytes declared");
            return;
        }
        var capped = new Capped(request, limit);
        try {
            chain.doFilter(capped, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // Whoever read the body may have wrapped the refusal in its own exception.
            if (!capped.overLimit()) {
                throw e;
            }
        }
        if (capped.overLimit()) {
            refuse(request, response, "more than " + limit + " bytes sent");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
            throws IOException {
        log.warn(
                "Refused a request body over the limit: {} {} ({})", request.getMethod(), request.getRequestURI(), why);
        if (!response.isCommitted()) {
            // The unread body is not worth keeping the connection for.
            // Answered here, not through an error page: an error dispatch would meet sign-in rules again.
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Request body too large\n");
            response.flushBuffer();
        }
    }

    /** Thrown by the capped stream when a body goes past the limit; an IOException so readers give up. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes");
        }
    }

    /** A request whose body cannot be read past the limit, through its stream or its reader. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private @Nullable CappedStream stream;
        private @Nullable BufferedReader reader;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        boolean overLimit() {
            return stream != null && stream.overLimit();
        }
    }

    /** Counts what is read and fails once the count passes the limit. */
    static final class CappedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        CappedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        boolean overLimit() {
            return count > limit;
        }

        private void counted(int n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
