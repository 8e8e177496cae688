package nl.netwerkkaart.ladder;

import java.util.List;

/** The whole ladder of one help question, each step ranked best first. */
record SupportOptions(String helpQuestionId, List<SupportOption> network, List<SupportOption> community,
                      List<SupportOption> firstLine, List<SupportOption> specialist) {
}
