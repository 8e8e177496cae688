package nl.netwerkkaart.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/** Sealing runs on a schedule, so the chain catches up with appended events without anyone asking. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    /** Makes method security publish its refusals (only refusals), which {@link AuthorizationDenialAuditor} records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
