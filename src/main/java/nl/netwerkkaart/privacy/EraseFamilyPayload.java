package nl.netwerkkaart.privacy;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of {@code eraseFamily}: what was erased, or why nothing was. */
record EraseFamilyPayload(String erasedFamilyId, int erasedPersons, int erasedHelpQuestions, List<UserError> userErrors) {

    static EraseFamilyPayload erased(String familyId, PrivacyRepository.Erased erased) {
        return new EraseFamilyPayload(familyId, erased.persons(), erased.helpQuestions(), List.of());
    }

    static EraseFamilyPayload failed(List<UserError> errors) {
        return new EraseFamilyPayload(null, 0, 0, errors);
    }
}
