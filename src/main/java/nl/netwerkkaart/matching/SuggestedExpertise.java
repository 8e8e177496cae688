package nl.netwerkkaart.matching;

import java.util.List;

import nl.netwerkkaart.directory.Expertise;

/** The GraphQL type {@code SuggestedExpertise}. */
public record SuggestedExpertise(Expertise expertise, double score, List<String> words, boolean confirmed) {
}
