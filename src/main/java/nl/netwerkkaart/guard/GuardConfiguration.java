package nl.netwerkkaart.guard;

import java.util.Map;

import graphql.execution.instrumentation.Instrumentation;
import jakarta.servlet.MultipartConfigElement;
import nl.netwerkkaart.hsds.HsdsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Wires the endpoint's guards. Spring Boot adds every {@link Instrumentation} bean to GraphQL (the guards are one, so
 * graphql-java does not chain them around every field) and every {@link WebGraphQlInterceptor} bean to the HTTP
 * handler.
 */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    private static final String HSDS_UPLOAD_PATH = "/hsds/import";
    /** Room for the multipart boundaries and part headers around an uploaded file. */
    private static final long MULTIPART_WRAPPING = 64 * 1024;

    /** One instrumentation for all execution guards, see {@link GuardInstrumentation}. */
    @Bean
    Instrumentation guards(GuardProperties properties) {
        return new GuardInstrumentation(OperationLimit.depth(properties.maxDepth()),
                OperationLimit.cost(properties.maxComplexity()), new ExecutionTimeout(properties.executionTimeout()),
                new MutationTextGuard(), new ReadAdmission(properties.readLimit(),
                        // waiting for a turn leaves at least half the deadline for the query's own work
                        properties.executionTimeout().dividedBy(2)));
    }

    @Bean
    WebGraphQlInterceptor documentLengthLimit(GuardProperties properties) {
        return new DocumentLengthLimit(properties.maxDocumentLength());
    }

    /** Left at the lowest precedence so it runs after any security filter and sees the authenticated user. */
    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(GuardProperties properties,
                                                            @Value("${spring.graphql.http.path:/graphql}") String path) {
        var registration = new FilterRegistrationBean<>(new RateLimitFilter(new ClientRateLimiter(properties.rateLimit())));
        registration.addUrlPatterns(path);
        return registration;
    }

    /**
     * First of all filters, so an over-large body is refused before security or anything else reads it. The HSDS file
     * upload may be as large as its configured file limit plus the multipart wrapping around the file.
     */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(GuardProperties properties, HsdsProperties hsds) {
        var limits = Map.of(HSDS_UPLOAD_PATH, hsds.maxUploadBytes() + MULTIPART_WRAPPING);
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(properties.maxBodySize().toBytes(), limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    RequestBodyLimit.Resolver requestBodyLimitResolver() {
        return new RequestBodyLimit.Resolver();
    }

    /**
     * The servlet container's multipart limits, which also bound chunked uploads: the HSDS file limit for the file, as
     * the request body filter allows. Replaces Spring Boot's defaults (1 MB a file), under which the HSDS upload could
     * never reach its documented 20 MB.
     */
    @Bean
    MultipartConfigElement multipartConfig(HsdsProperties hsds) {
        return new MultipartConfigElement(null, hsds.maxUploadBytes(), hsds.maxUploadBytes() + MULTIPART_WRAPPING, 0);
    }
}
