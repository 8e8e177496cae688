package nl.netwerkkaart.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sealing runs on a schedule, so the chain catches up with appended events without anyone asking. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {
}
