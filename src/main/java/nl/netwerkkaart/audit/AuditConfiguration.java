package nl.netwerkkaart.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

/**
 * Sealing runs on a schedule, so the chain catches up with appended events without anyone asking. The audit keys and
 * the checkpoint file are set up at start-up, so a missing key or an unwritable file stops the start, not a request.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    /** Makes method security publish its refusals (only refusals), which {@link AuthorizationDenialAuditor} records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    AuditKeyRing auditKeyRing(AuditProperties properties, Environment environment) {
        return AuditKeyRing.load(properties, environment.acceptsProfiles(Profiles.of("prod")));
    }

    @Bean
    AuditCheckpointLog auditCheckpointLog(AuditProperties properties, AuditKeyRing keys) {
        return new AuditCheckpointLog(properties.checkpointFile(), keys, properties.sourceId());
    }
}
