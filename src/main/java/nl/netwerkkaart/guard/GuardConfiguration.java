package nl.netwerkkaart.guard;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Wires the endpoint's guards. Spring Boot adds every {@link Instrumentation} bean to GraphQL and every
 * {@link WebGraphQlInterceptor} bean to the HTTP handler.
 */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    @Bean
    Instrumentation queryDepthLimit(GuardProperties properties) {
        return new QueryDepthLimit(properties.maxDepth());
    }

    @Bean
    Instrumentation queryComplexityLimit(GuardProperties properties) {
        return new QueryComplexityLimit(properties.maxComplexity());
    }

    @Bean
    Instrumentation executionTimeout(GuardProperties properties) {
        return new ExecutionTimeout(properties.executionTimeout());
    }

    @Bean
    Instrumentation mutationTextGuard() {
        return new MutationTextGuard();
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
}
