package nl.netwerkkaart.ladder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the support ladder.
 *
 * @param maxPerStep          how many options each step lists at most
 * @param neighbourDistanceKm how far (between the centres, in km) another kern of the family's municipality may lie to
 *                            count as a neighbouring kern
 */
@ConfigurationProperties("netwerkkaart.ladder")
public record LadderProperties(@DefaultValue("10") int maxPerStep, @DefaultValue("5.0") double neighbourDistanceKm) {
}
