package nl.netwerkkaart.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.netwerkkaart.directory.Expertise;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text analysis alone, against the demo taxonomy read from cypher/demo, without a database. */
class NeedsAnalysisTest {

    static final NeedsAnalysis ANALYSIS = new NeedsAnalysis(new NeedsRepository(null) {
        @Override
        List<NeedsAnalysis.Term> taxonomy() {
            return DEMO_TAXONOMY;
        }
    });

    static final List<NeedsAnalysis.Term> DEMO_TAXONOMY = demoTaxonomy();

    static List<NeedsAnalysis.Term> demoTaxonomy() {
        try {
            var source = Files.readString(Path.of("cypher/demo/02-directory.cypher"));
            var matcher = Pattern.compile("\\{id: '([^']+)', name: '([^']+)',(?: broader: '([^']+)',)? domains: \\[([^]]*)],\\s*"
                    + "description: '((?:[^'\\\\]|\\\\.)*)'}").matcher(source);
            var terms = new ArrayList<NeedsAnalysis.Term>();
            var ids = new java.util.HashMap<String, String>();
            var broaderNames = new java.util.HashMap<String, String>();
            while (matcher.find()) {
                var domains = Pattern.compile("'(\\w+)'").matcher(matcher.group(4)).results().map(r -> r.group(1)).sorted().toList();
                ids.put(matcher.group(2), matcher.group(1));
                broaderNames.put(matcher.group(1), matcher.group(3));
                terms.add(new NeedsAnalysis.Term(new Expertise(matcher.group(1), matcher.group(2), matcher.group(5), null, null), domains, List.of()));
            }
            return terms.stream().map(t -> new NeedsAnalysis.Term(t.expertise(), t.domains(),
                    broaderNames.get(t.expertise().id()) == null ? List.of() : List.of(ids.get(broaderNames.get(t.expertise().id())))))
                    .toList();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(String text, String... domains) {
        return ANALYSIS.suggest(text, List.of(), List.of(domains)).stream().map(s -> s.expertise().name()).toList();
    }

    @Test
    void readsTheIssuesExamples() {
        assertThat(DEMO_TAXONOMY).hasSize(73);
        assertThat(names("Ons kind van 10 heeft veel moeite met lezen en spellen", "SCHOOL", "CHILD_DEVELOPMENT"))
                .first().isEqualTo("Leerproblemen en dyslexie");
        assertThat(names("Opa is overleden en de kinderen hebben het er moeilijk mee", "MENTAL_HEALTH"))
                .first().isEqualTo("Rouwverwerking");
        assertThat(names("Onze dochter van 12 zorgt voor haar broertje omdat mama ziek is", "SOCIAL_NETWORK"))
                .contains("Jonge mantelzorgers");
        assertThat(names("Linda wil weer werken, geen oppas", "WORK_AND_EDUCATION"))
                .first().isIn("Re-integratie naar werk", "Werk en inkomen");
    }

    @Test
    void aTextWithoutNeedsSuggestsNothing() {
        assertThat(ANALYSIS.suggest(RankingTest.NEUTRAL, List.of(), List.of())).isEmpty();
    }

    @Test
    void keepsTheWordsThatLedToATerm() {
        var suggestion = ANALYSIS.suggest("Ons kind heeft veel moeite met lezen en spellen", List.of(), List.of("SCHOOL")).get(0);
        assertThat(suggestion.words()).containsExactly("lezen", "spellen");
    }

    @Test
    void splitsCompoundsAndStems() {
        var text = new DutchText(List.of("woning", "corporatie", "schuld", "hulp"), List.of());
        assertThat(text.stems("De woningcorporaties")).contains("woning", "corporatie");
        assertThat(names("", "FINANCES")).isEmpty();
    }
}
