package nl.netwerkkaart.tent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tent feature.
 *
 * @param maxPerOrganisation the most professionals of one organisation {@code suggestTentParticipants} proposes, so a
 *                           tent is filled by expertise and never by one organisation
 */
@ConfigurationProperties("netwerkkaart.tent")
public record TentProperties(@DefaultValue("2") int maxPerOrganisation) {
}
