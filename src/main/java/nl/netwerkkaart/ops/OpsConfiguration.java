package nl.netwerkkaart.ops;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** What operators meet: the gate that holds requests until the service is ready. */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    /** A page's request during the background warm-up waits for, or takes over, the warm-up of its document. */
    @Bean
    WebGraphQlInterceptor warmUpClaim(StartupWarming warming) {
        return (request, chain) -> {
            warming.claim(request.getOperationName());
            return chain.next(request);
        };
    }

    /** First of all filters: a request that cannot be served yet needs no sign-in, rate limit or audit. */
    @Bean
    FilterRegistrationBean<StartingGate> startingGate(ApplicationAvailability availability) {
        var registration = new FilterRegistrationBean<>(new StartingGate(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
