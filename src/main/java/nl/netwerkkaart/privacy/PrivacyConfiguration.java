package nl.netwerkkaart.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention check runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyConfiguration {
}
