package nl.netwerkkaart.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The matching evaluation of docs/matching.md over {@code eval/matching/questions.tsv}: each labelled question is
 * recorded as a help question of a demo family, ranked with {@code matchProfessionals}, and deleted again. A
 * professional fits when they hold one of the question's labelled expertise terms. Reports, for the tune, dev and holdout
 * halves and per life domain: the share of questions whose first professional fits, precision at 5 over the questions
 * for which at least five fitting professionals exist (besides the family's coach), and the mean reciprocal rank of
 * the first fitting professional (0 when none in the first {@value #DEPTH}).
 */
public final class MatchingEvaluation {

    /** Gezin Vossen, coached by the demo coach Anouk Verheijen; it declined nobody. */
    public static final String FAMILY = "c7dd5887-da24-5ccf-8e7b-0d5b6a264915";
    /** Anouk Verheijen, the demo coach (account {@code coach}). */
    public static final String COACH = "91834f95-c4d1-5584-8e5e-177d8e0830e2";
    public static final Path QUESTIONS = Path.of("eval/matching/questions.tsv");
    static final int DEPTH = 10;

    /** Answers one GraphQL field: the value of {@code field} in the answer's data, as maps and lists. */
    public interface Client {
        Object field(String document, Map<String, Object> variables, String field);
    }

    public record Question(String id, String split, List<String> lifeDomains, Set<String> expertises, String text) {
    }

    /** One question's ranking: the expertise names of the professionals ranked, best first. */
    public record Outcome(Question question, List<String> names, List<Boolean> fits, int fittingExisting, List<String> suggested) {

        /** Whether the first term read from the text is one of the question's labelled terms. */
        boolean firstReadLabelled() {
            return !suggested.isEmpty() && question.expertises().stream().anyMatch(name -> suggested.get(0).startsWith(name + " ["));
        }

        boolean firstFits() {
            return !fits.isEmpty() && fits.get(0);
        }

        Double precisionAt5() {
            return fittingExisting < 5 ? null : fits.stream().limit(5).filter(f -> f).count() / 5.0;
        }

        double reciprocalRank() {
            int rank = fits.indexOf(true);
            return rank < 0 ? 0 : 1.0 / (rank + 1);
        }
    }

    /** Figures for a group of questions. */
    public record Figures(int questions, double firstFits, int withFive, double precisionAt5, double mrr, int firstReadLabelled) {

        static Figures of(List<Outcome> outcomes) {
            int n = outcomes.size();
            var p5 = outcomes.stream().map(Outcome::precisionAt5).filter(p -> p != null).toList();
            return new Figures(n,
                    n == 0 ? 0 : outcomes.stream().filter(Outcome::firstFits).count() / (double) n,
                    p5.size(), p5.isEmpty() ? Double.NaN : p5.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    n == 0 ? 0 : outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0),
                    (int) outcomes.stream().filter(Outcome::firstReadLabelled).count());
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-22s %3d  first fits %.2f  P@5 %s (%d with five)  MRR %.2f  first read labelled %d",
                    label, questions, firstFits, Double.isNaN(precisionAt5) ? " n/a" : String.format(Locale.ROOT, "%.2f", precisionAt5),
                    withFive, mrr, firstReadLabelled);
        }
    }

    private MatchingEvaluation() {
    }

    public static List<Question> questions() {
        try {
            var questions = new ArrayList<Question>();
            for (var line : Files.readAllLines(QUESTIONS)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                var p = line.split("\t");
                if (!SPLITS.contains(p[1])) {
                    throw new IllegalArgumentException(p[0] + ": split must be one of " + SPLITS + ", not " + p[1]);
                }
                questions.add(new Question(p[0], p[1], List.of(p[2].split(",")), new LinkedHashSet<>(List.of(p[3].split("\\|"))), p[4]));
            }
            return questions;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every question through {@code client}, signed in as the family's coach. */
    @SuppressWarnings("unchecked")
    public static List<Outcome> run(Client client, String familyId, List<Question> questions) {
        var family = (Map<String, Object>) client.field("""
                query ($id: ID!) { family(id: $id) { coach { id } } }""", Map.of("id", familyId), "family");
        var coachId = ((Map<String, Object>) family.get("coach")).get("id");
        // every professional with their expertise names, to count who fits at all
        var holders = new HashMap<String, Set<String>>();
        String after = null;
        do {
            var variables = new HashMap<String, Object>();
            variables.put("after", after);
            var page = (Map<String, Object>) client.field("""
                    query ($after: String) { professionals(first: 100, after: $after) {
                      edges { cursor node { id expertises { expertise { name } } } } pageInfo { hasNextPage } } }""",
                    variables, "professionals");
            var edges = (List<Map<String, Object>>) page.get("edges");
            for (var edge : edges) {
                var node = (Map<String, Object>) edge.get("node");
                holders.put((String) node.get("id"), names(node));
                after = (String) edge.get("cursor");
            }
            if (!Boolean.TRUE.equals(((Map<String, Object>) page.get("pageInfo")).get("hasNextPage"))) {
                after = null;
            }
        } while (after != null);
        holders.remove(coachId);

        var outcomes = new ArrayList<Outcome>();
        for (var question : questions) {
            // the stored question's suggestions come with it: what the ranking reads, its family's names taken out
            var created = (Map<String, Object>) client.field("""
                    mutation ($input: CreateHelpQuestionInput!) { createHelpQuestion(input: $input) {
                      helpQuestion { id suggestedExpertises { expertise { name } words } } userErrors { field message } } }""",
                    Map.of("input", Map.of("familyId", familyId, "text", question.text(), "lifeDomains", question.lifeDomains())),
                    "createHelpQuestion");
            var helpQuestion = (Map<String, Object>) created.get("helpQuestion");
            var id = (String) helpQuestion.get("id");
            try {
                var ranked = (List<Map<String, Object>>) client.field("""
                        query ($id: ID!, $first: Int) { matchProfessionals(helpQuestionId: $id, first: $first) {
                          professional { id name expertises { expertise { name } } } } }""",
                        Map.of("id", id, "first", DEPTH), "matchProfessionals");
                var names = new ArrayList<String>();
                var fits = new ArrayList<Boolean>();
                for (var match : ranked) {
                    var professional = (Map<String, Object>) match.get("professional");
                    boolean fit = names(professional).stream().anyMatch(question.expertises()::contains);
                    // a professional who does not fit is shown with what they hold, to see why they ranked there
                    names.add(professional.get("name") + (fit ? "" : " " + names(professional)));
                    fits.add(fit);
                }
                int existing = (int) holders.values().stream().filter(held -> held.stream().anyMatch(question.expertises()::contains)).count();
                var suggested = new ArrayList<String>();
                for (var s : (List<Map<String, Object>>) helpQuestion.get("suggestedExpertises")) {
                    suggested.add(((Map<String, Object>) s.get("expertise")).get("name") + " " + s.get("words"));
                }
                outcomes.add(new Outcome(question, names, fits, existing, suggested));
            }
            finally {
                client.field("""
                        mutation ($id: ID!) { deleteHelpQuestion(input: {id: $id}) { userErrors { message } } }""",
                        Map.of("id", id), "deleteHelpQuestion");
            }
        }
        return outcomes;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> names(Map<String, Object> professional) {
        var names = new LinkedHashSet<String>();
        for (var held : (List<Map<String, Object>>) professional.get("expertises")) {
            names.add((String) ((Map<String, Object>) held.get("expertise")).get("name"));
        }
        return names;
    }

    /** The halves of the set: {@code tune} and {@code dev} may guide changes, {@code holdout} is only measured. */
    public static final List<String> SPLITS = List.of("tune", "dev", "holdout");

    /** Figures per split ({@code tune}, {@code dev}, {@code holdout}, {@code all}). */
    public static Map<String, Figures> bySplit(List<Outcome> outcomes) {
        var figures = new TreeMap<String, Figures>();
        figures.put("all", Figures.of(outcomes));
        for (var split : SPLITS) {
            figures.put(split, Figures.of(outcomes.stream().filter(o -> o.question().split().equals(split)).toList()));
        }
        return figures;
    }

    /** The report: each half, then per life domain within each half, then the questions whose first did not fit. */
    public static String report(List<Outcome> outcomes) {
        var report = new StringBuilder();
        for (var split : SPLITS) {
            var half = outcomes.stream().filter(o -> o.question().split().equals(split)).toList();
            report.append(Figures.of(half).line(split)).append('\n');
            var domains = new TreeMap<String, List<Outcome>>();
            half.forEach(o -> o.question().lifeDomains().forEach(d -> domains.computeIfAbsent(d, k -> new ArrayList<>()).add(o)));
            domains.forEach((domain, list) -> report.append("  ").append(Figures.of(list).line(domain)).append('\n'));
        }
        report.append(Figures.of(outcomes).line("all")).append('\n');
        // a batch of questions by id (-Dmatching.eval.batch=regex), e.g. the newest dev questions measured blind
        var batch = System.getProperty("matching.eval.batch");
        if (batch != null && !batch.isBlank()) {
            report.append(Figures.of(outcomes.stream().filter(o -> o.question().id().matches(batch)).toList()).line("batch " + batch)).append('\n');
        }
        // the misses of the halves that may guide changes; holdout misses are counted above, not listed
        var listed = outcomes.stream().filter(o -> !o.question().split().equals("holdout")).toList();
        for (var outcome : listed) {
            if (!outcome.firstFits()) {
                report.append("first does not fit: ").append(outcome.question().id()).append(' ').append(outcome.question().split())
                        .append(' ').append(outcome.question().expertises()).append(" <- ")
                        .append(outcome.names().stream().limit(3).toList()).append(" | read: ").append(outcome.suggested()).append('\n');
            }
        }
        for (var outcome : listed) {
            var precision = outcome.precisionAt5();
            if (precision != null && precision < 1) {
                var top = new ArrayList<String>();
                for (int i = 0; i < Math.min(5, outcome.names().size()); i++) {
                    top.add(outcome.names().get(i) + (outcome.fits().get(i) ? "" : " (past niet)"));
                }
                report.append("P@5 ").append(String.format(Locale.ROOT, "%.1f", precision)).append(": ")
                        .append(outcome.question().id()).append(' ').append(outcome.question().split()).append(' ')
                        .append(outcome.question().expertises()).append(" <- ").append(top).append(" | read: ").append(outcome.suggested()).append('\n');
            }
        }
        return report.toString();
    }
}
