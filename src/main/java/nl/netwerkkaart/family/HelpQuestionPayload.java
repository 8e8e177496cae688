package nl.netwerkkaart.family;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a help question mutation: the help question, or why nothing was written. */
record HelpQuestionPayload(HelpQuestion helpQuestion, List<UserError> userErrors) {

    static HelpQuestionPayload of(HelpQuestion helpQuestion) {
        return new HelpQuestionPayload(helpQuestion, List.of());
    }

    static HelpQuestionPayload failed(List<UserError> errors) {
        return new HelpQuestionPayload(null, errors);
    }
}
