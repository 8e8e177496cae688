package nl.netwerkkaart.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tentDays how many days after a tent session its participants may still read the family's data
 */
@ConfigurationProperties("netwerkkaart.access")
public record AccessProperties(@DefaultValue("14") int tentDays) {
}
