package nl.netwerkkaart.consent;

import java.util.List;

import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.family.Family;

/** Result of a consent mutation: the consent and its family, or why nothing was written. */
record ConsentPayload(Consent consent, Family family, List<UserError> userErrors) {

    static ConsentPayload of(Consent consent, Family family) {
        return new ConsentPayload(consent, family, List.of());
    }

    static ConsentPayload failed(List<UserError> errors) {
        return new ConsentPayload(null, null, errors);
    }
}
