package nl.netwerkkaart.ops;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** What operators meet: the gate that holds requests until the service is ready. */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    /** First of all filters: a request that cannot be served yet needs no sign-in, rate limit or audit. */
    @Bean
    FilterRegistrationBean<StartingGate> startingGate(ApplicationAvailability availability) {
        var registration = new FilterRegistrationBean<>(new StartingGate(availability));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
