package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestSizeLimitTest {
    private static final String UPLOAD = "/VAADIN/dynamic/resource/3/4c1e/upload";
    private final RequestSizeLimit filter =
            new RequestSizeLimit(new RequestSizeProperties(DataSize.ofKilobytes(4), DataSize.ofKilobytes(64)));

    @Test
    void a_declared_length_over_the_limit_is_refused_with_413_without_reading_a_byte() throws Exception {
        var body = new Tripwire();
        var request = declaring(new MockHttpServletRequest("POST", UPLOAD), 200L * 1024 * 1024, body);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("nothing behind the filter ran").isNull();
        assertThat(body.read).as("bytes of the body read").hasValue(0);
    }

    @Test
    void a_body_of_unknown_length_stops_being_read_at_the_limit_and_is_refused() throws Exception {
        var body = new Endless();
        var request = declaring(new MockHttpServletRequest("POST", UPLOAD), -1, body);
        var response = new MockHttpServletResponse();

        // Like Vaadin's in-memory upload handler: read everything there is.
        filter.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());

        assertThat(response.getStatus()).isEqualTo(413);
        // At most one read buffer past the limit.
        assertThat(body.read.get()).as("bytes read").isLessThanOrEqualTo(64 * 1024 + 16 * 1024);
    }

    @Test
    void a_reader_is_capped_too_and_an_exception_that_wraps_the_refusal_still_gives_413() throws Exception {
        var request = declaring(new MockHttpServletRequest("POST", "/"), -1, new Endless());
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            try {
                req.getReader().transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                throw new IllegalStateException("a framework wrapping the failure", e);
            }
        });

        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void other_failures_are_not_mistaken_for_a_large_body() {
        var request = new MockHttpServletRequest("POST", "/");
        request.setContent(new byte[10]);

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                    throw new IllegalStateException("something else");
                }))
                .hasMessage("something else");
    }

    @Test
    void a_body_within_the_limit_reaches_the_application_whole() throws Exception {
        var request = new MockHttpServletRequest("POST", UPLOAD);
        request.setContent(new byte[60 * 1024]);
        var response = new MockHttpServletResponse();
        var received = new AtomicLong();

        filter.doFilter(
                request,
                response,
                (req, res) -> received.set(req.getInputStream().readAllBytes().length));

        assertThat(received).hasValue(60 * 1024);
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void only_uploads_may_be_larger_than_an_ordinary_request() throws Exception {
        var ordinary = new MockHttpServletRequest("POST", "/");
        ordinary.setContent(new byte[5 * 1024]);
        var response = new MockHttpServletResponse();

        filter.doFilter(ordinary, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(filter.limitFor(new MockHttpServletRequest("POST", UPLOAD))).isEqualTo(64 * 1024);
        assertThat(filter.limitFor(new MockHttpServletRequest("POST", "/VAADIN/other")))
                .isEqualTo(4 * 1024);
    }

    /** A request that declares a length and whose body is the given stream. */
    private static HttpServletRequest declaring(MockHttpServletRequest request, long length, CountingBody body) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return length;
            }

            @Override
            public int getContentLength() {
                return length > Integer.MAX_VALUE ? -1 : (int) length;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
    }

    private abstract static class CountingBody extends InputStream {
        final AtomicLong read = new AtomicLong();
    }

    /** Counts every byte anyone reads. */
    private static final class Tripwire extends CountingBody {
        private final InputStream bytes = new ByteArrayInputStream(new byte[1024]);

        @Override
        public int read() throws IOException {
            read.incrementAndGet();
            return bytes.read();
        }
    }

    /** A body that never ends, as a chunked request can be. */
    private static final class Endless extends CountingBody {
        @Override
        public int read() {
            read.incrementAndGet();
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read.addAndGet(length);
            return length;
        }
    }
}
