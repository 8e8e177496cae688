package nl.netwerkkaart.directory;

import java.util.List;

/** The {@code filter} argument of {@code professionals}; every field is optional and the fields combine with AND. */
record ProfessionalFilter(String text, List<String> expertiseIds, List<LifeDomainCode> lifeDomains, List<String> areaIds,
                          List<String> languages, Boolean acceptingClients, List<String> organisationIds, Boolean coach) {
}
