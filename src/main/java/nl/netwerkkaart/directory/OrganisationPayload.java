package nl.netwerkkaart.directory;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of an organisation mutation: the organisation, or why nothing was written. */
record OrganisationPayload(Organisation organisation, List<UserError> userErrors) {

    static OrganisationPayload of(Organisation organisation) {
        return new OrganisationPayload(organisation, List.of());
    }

    static OrganisationPayload failed(List<UserError> errors) {
        return new OrganisationPayload(null, errors);
    }
}
