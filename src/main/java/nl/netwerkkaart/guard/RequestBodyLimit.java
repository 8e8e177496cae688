package nl.netwerkkaart.guard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The largest request body the service reads: {@code maxBytes} anywhere, more on the upload paths that allow more.
 * A body announced as larger (Content-Length) is refused with 413 before any of it is read; a body without a length
 * (chunked) is cut off once it passes the limit, and the handler's read failure is answered with the same 413 by
 * {@link Resolver}. Multipart uploads are parsed by the servlet container, whose limits are set to match.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final Map<String, Long> uploadLimits;

    /**
     * @param maxBytes     largest body on every path but the uploads
     * @param uploadLimits largest body per upload path (servlet path, e.g. {@code /hsds/import})
     */
    RequestBodyLimit(long maxBytes, Map<String, Long> uploadLimits) {
        this.maxBytes = maxBytes;
        this.uploadLimits = Map.copyOf(uploadLimits);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = uploadLimits.getOrDefault(request.getServletPath(), maxBytes);
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(response, "The request body is " + length + " bytes; at most " + limit + " are allowed.");
            return;
        }
        chain.doFilter(length < 0 ? new LimitedRequest(request, limit) : request, response);
    }

    /**
     * Answers a chunked body that passed the limit with 413, whatever the handler made of its failed read (Spring MVC
     * wraps it in a 400 error). Ordered before Spring MVC's own resolvers.
     */
    static final class Resolver implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                             Exception ex) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTooLargeException tooLarge) {
                    try {
                        refuse(response, tooLarge.getMessage());
                        return new ModelAndView();
                    }
                    catch (IOException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }

    /**
     * Sends the refusal at once: Tomcat then reads a little of the unread body (server.tomcat.max-swallow-size) before it
     * closes the connection, and a client waiting to send its body (Expect: 100-continue) must not wait for that.
     */
    private static void refuse(HttpServletResponse response, String message) throws IOException {
        var body = """
                {"errors":[{"message":"%s","extensions":{"classification":"PAYLOAD_TOO_LARGE"}}]}""".formatted(message)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** Thrown by a limited body's stream when it passes the limit; an IOException, as stream failures are. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(long limit) {
            super("The request body is larger than " + limit + " bytes, the most allowed.");
        }
    }

    /** A request whose body stream fails once more than {@code limit} bytes have been read from it. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            var encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
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
