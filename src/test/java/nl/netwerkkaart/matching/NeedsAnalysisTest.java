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

    @Test
    void splitsACompoundOnlyIntoThePartsItIsMadeOf() {
        var text = new DutchText(List.of("eten", "even", "club", "kinderopvang", "opvang", "toeslag", "vriend"), List.of());
        // no vocabulary word found just anywhere inside a word
        assertThat(text.stems("moeten hoeven")).doesNotContain("eten", "even");
        assertThat(text.stems("vriendinnen")).doesNotContain("vriend");
        // a linking s between the parts, an ending on the last one
        assertThat(text.stems("kinderopvangtoeslag")).contains("kinderopvang", "opvang", "toeslag");
        assertThat(text.stems("kunstclubje")).contains("club");
    }

    @Test
    void whatTheTextDeniesBeforeMaarIsNotANeed() {
        assertThat(NeedsAnalysis.withoutDenied("Geen schulden gelukkig, maar we redden het niet")).doesNotContain("schulden");
        assertThat(NeedsAnalysis.withoutDenied("Schulden hebben we niet, maar de post stapelt zich op")).doesNotContain("Schulden");
        // a denial without "maar" is what the family lacks
        assertThat(NeedsAnalysis.withoutDenied("Linda wil weer werken, geen oppas")).contains("geen oppas");
        // a need before "maar" that denies nothing stays
        assertThat(NeedsAnalysis.withoutDenied("Ze wil op voetbal, maar we kunnen het niet betalen")).contains("voetbal");
        // a stated problem before "maar" is no denial: a bare "geen" or "niet" says what is wrong
        assertThat(NeedsAnalysis.withoutDenied("We hebben geen geld, maar de kinderen willen sporten")).contains("geen geld");
        assertThat(NeedsAnalysis.withoutDenied("Slapen lukt niet, maar overdag gaat het wel")).contains("Slapen");
        assertThat(NeedsAnalysis.withoutDenied("Geen geldproblemen, maar hij zit de hele dag binnen")).doesNotContain("geldproblemen");
        assertThat(names("Geen schulden gelukkig, maar sinds mijn man z'n werk kwijt is redden we het niet", "FINANCES"))
                .doesNotContain("Schuldhulpverlening");
        assertThat(names("Onze dochter zit alleen maar thuis en heeft geen hobby's", "DAYTIME_ACTIVITIES"))
                .first().isEqualTo("Participatie en vrije tijd");
    }

    @Test
    void readsTheChildrensAges() {
        assertThat(NeedsAnalysis.ages("de drie kinderen van 3, 5 en 7")).containsExactlyInAnyOrder(3, 5, 7);
        assertThat(NeedsAnalysis.ages("De kleine is 5 weken")).containsExactly(0);
        assertThat(NeedsAnalysis.ages("Dat kost 200 euro per jaar, hij zit in groep 5")).isEmpty();
        // counts and durations are no ages
        assertThat(NeedsAnalysis.ages("Ik ben moeder van 3 kinderen")).isEmpty();
        assertThat(NeedsAnalysis.ages("We hebben al 5 jaar schulden en zijn 10 jaar getrouwd")).isEmpty();
        assertThat(NeedsAnalysis.ages("Onze zoon is 15 jaar oud")).containsExactly(15);
        // a term for young children counts less when every child named is older
        assertThat(NeedsAnalysis.ageFactor(new int[] {0, 4}, java.util.Set.of(8, 11))).isEqualTo(NeedsAnalysis.OTHER_AGE);
        assertThat(NeedsAnalysis.ageFactor(new int[] {0, 4}, java.util.Set.of(3, 8))).isEqualTo(1);
        assertThat(NeedsAnalysis.ageFactor(new int[] {0, 4}, java.util.Set.of())).isEqualTo(1);
    }

    private static NeedsAnalysis.Reading read(String text, List<String> names, String... domains) {
        return ANALYSIS.read(DEMO_TAXONOMY, text, List.of(), List.of(domains), names);
    }

    private static String id(String name) {
        return DEMO_TAXONOMY.stream().filter(t -> t.expertise().name().equals(name)).findFirst().orElseThrow().expertise().id();
    }

    @Test
    void aShortNameIsNotReadAsTheWordItStemsLike() {
        // "Daan" stems to "dan" as "dans" does: a stem that short counts only for the very word of the vocabulary
        var daan = read("Daan zit de hele dag op zijn kamer en wil nergens meer heen", List.of(), "DAYTIME_ACTIVITIES");
        assertThat(daan.pointed()).doesNotContain(id("Cultuur en creativiteit"));
        assertThat(daan.suggestions()).noneMatch(s -> s.expertise().name().equals("Cultuur en creativiteit"));
        assertThat(names("Onze dochter wil graag dans of toneel", "DAYTIME_ACTIVITIES")).first().isEqualTo("Cultuur en creativiteit");
    }

    @Test
    void theNamesOfTheFamilyAreTakenOutOfTheText() {
        // "post" is a word families use for Thuisadministratie; here it is the father's family name
        var text = "Meneer Post kan sinds zijn ongeluk niet meer werken";
        assertThat(read(text, List.of()).pointed()).contains(id("Thuisadministratie"));
        var withNames = read(text, List.of("Jan", "Post"));
        assertThat(withNames.pointed()).doesNotContain(id("Thuisadministratie"));
        assertThat(withNames.suggestions()).noneMatch(s -> s.words().contains("post"));
    }

    @Test
    void theKindsOfSupportAskedForComeFromTheSameVocabulary() {
        var reading = read("Wie kan er oppassen als ik naar het ziekenhuis moet? En ik heb niemand om mee te praten.", List.of());
        assertThat(reading.asked()).containsEntry("CHILDCARE", "oppassen").containsEntry("EMOTIONAL", "praten");
        // a need helped by a kind of support shares a word of the vocabulary with it
        assertThat(ANALYSIS.supportTypes(DEMO_TAXONOMY, id("Respijtzorg"))).contains("CHILDCARE");
        assertThat(ANALYSIS.supportTypes(DEMO_TAXONOMY, id("Praktische ondersteuning thuis"))).contains("PRACTICAL");
        assertThat(ANALYSIS.supportTypes(DEMO_TAXONOMY, id("Schuldhulpverlening"))).contains("FINANCIAL");
    }

    @Test
    void aTermWhoseWordsAlreadyLedToABetterTermOfItsFieldIsNotSuggested() {
        // "school" points to Onderwijs en leren too, but Thuiszitters of the same field explains it better
        assertThat(names("Onze dochter gaat al weken niet meer naar school, ze blijft op haar kamer", "SCHOOL"))
                .contains("Thuiszitters").doesNotContain("Onderwijs en leren", "Passend onderwijs");
    }

    @Test
    void readsAlleenAsOnlyUnlessItEndsTheClause() {
        assertThat(NeedsAnalysis.withoutDenied("Hij zegt alleen losse woordjes")).doesNotContain("alleen");
        assertThat(NeedsAnalysis.withoutDenied("Ze durft niet alleen te slapen")).doesNotContain("alleen");
        assertThat(NeedsAnalysis.withoutDenied("Ze zit alleen nog op haar kamer")).doesNotContain("alleen");
        assertThat(NeedsAnalysis.withoutDenied("Ik voel me zo alleen, niemand komt langs")).contains("alleen");
        assertThat(NeedsAnalysis.withoutDenied("Ik sta er alleen voor met drie kinderen")).contains("alleen");
        assertThat(NeedsAnalysis.withoutDenied("Ik voel me vaak alleen en somber")).contains("alleen");
        assertThat(names("Sinds de verhuizing voel ik me zo alleen", "SOCIAL_NETWORK")).first().asString().contains("enzaam");
    }

    @Test
    void readsAWishToDieInItsIdiom() {
        assertThat(names("Hij schreef dat hij er niet meer wil zijn", "MENTAL_HEALTH", "SAFETY"))
                .first().isEqualTo("Suïcidepreventie jeugd");
    }

    @Test
    void bringsVerbFormsParticiplesAndDiminutivesToTheirWord() {
        assertThat(DutchWordForms.candidates("dreigt")).contains("dreigen");
        assertThat(DutchWordForms.candidates("gedreigd")).contains("dreigen");
        assertThat(DutchWordForms.candidates("clubje")).contains("club");
        var text = new DutchText(List.of("dreigen", "bedreigen", "club"), List.of());
        assertThat(text.stems("hij dreigt")).isEqualTo(text.stems("dreigen"));
        assertThat(text.stems("ze wordt bedreigd")).isEqualTo(text.stems("bedreigen"));
        assertThat(text.stems("een clubje")).isEqualTo(text.stems("club"));
        assertThat(names("Haar vriend dreigt haar iets aan te doen", "SAFETY", "DOMESTIC_RELATIONS"))
                .first().asString().startsWith("Veiligheid");
    }

    @Test
    void readsAgesInWordsAndAgeNouns() {
        assertThat(NeedsAnalysis.ages("onze dochter van vijftien liegt")).containsExactly(15);
        assertThat(NeedsAnalysis.ages("ze is drie en praat weinig")).containsExactly(3);
        assertThat(NeedsAnalysis.ages("we hebben twee kinderen")).isEmpty();
        assertThat(NeedsAnalysis.ages("onze puber luistert niet")).containsExactly(14);
        assertThat(NeedsAnalysis.ages("de peuter slaapt slecht")).containsExactly(3);
        assertThat(NeedsAnalysis.ageFactor(new int[] {11, 18}, java.util.Set.of(15))).isEqualTo(NeedsAnalysis.SAME_AGE);
        assertThat(NeedsAnalysis.ageFactor(new int[] {11, 18}, java.util.Set.of(4, 15))).isEqualTo(1.0);
        assertThat(NeedsAnalysis.ageFactor(new int[] {0, 4}, java.util.Set.of(15))).isEqualTo(NeedsAnalysis.OTHER_AGE);
    }

    @Test
    void readsWhatDatesTheTroubleAsContext() {
        assertThat(NeedsAnalysis.withoutSince("Sinds de scheiding zit ik in de schulden").getValue()).containsExactly("Sinds de scheiding");
        assertThat(NeedsAnalysis.withoutSince("sinds corona geen werk").getValue()).containsExactly("sinds corona");
        // a divorce that only dates the debts is no need for divorce counselling
        assertThat(names("Sinds de scheiding zit ik diep in de schulden, ik slaap er niet van", "FINANCES", "MENTAL_HEALTH", "PARENTING"))
                .doesNotContain("Ouderbegeleiding bij scheiding").contains("Schuldhulpverlening");
        // unless the rest of the text speaks of it too
        assertThat(names("Sinds de scheiding hebben de kinderen het zwaar, de scheiding was heel plotseling", "PARENTING", "DOMESTIC_RELATIONS"))
                .first().asString().contains("scheiding");
    }

    @Test
    void aCryingBabyIsAParentingQuestionToo() {
        assertThat(names("Onze baby huilt de hele dag en drinkt slecht uit de fles", "PHYSICAL_HEALTH", "CHILD_DEVELOPMENT"))
                .contains("Zuigelingenzorg en voeding", "Opvoedvragen jonge kinderen");
    }

    @Test
    void limitsSetOnATeenagersScreenAreParentingOfTeenagers() {
        assertThat(names("Hij is 16, gamet tot vier uur 's nachts en wordt agressief als we de wifi uitzetten",
                "SUBSTANCE_USE", "DAYTIME_ACTIVITIES", "PARENTING"))
                .startsWith("Gameverslaving en schermgebruik").contains("Opvoeden van pubers");
    }

    @Test
    void aPregnancyIsNoPostnatalDepressionAndFearOfDeathNoWishToDie() {
        assertThat(names("Onze dochter is 16 en zwanger, wij schrikken ons rot", "PARENTING", "CHILD_DEVELOPMENT"))
                .doesNotContain("Postnatale depressie").contains("Opvoeden van pubers");
        assertThat(names("Ze is 9 en is overal bang voor, dat wij doodgaan", "MENTAL_HEALTH", "CHILD_DEVELOPMENT"))
                .doesNotContain("Suïcidepreventie jeugd").first().isEqualTo("Angst en somberheid jeugd");
    }

    @Test
    void readsTheEverydayWordsOfTermsThatLackedThem() {
        assertThat(names("Ons kind van 14 zegt dat ze eigenlijk een jongen is en wil een andere naam", "CHILD_DEVELOPMENT", "PARENTING"))
                .first().isEqualTo("Ontwikkeling van het kind");
        assertThat(names("Hij haalt de letters nog steeds door elkaar en haat het voorlezen in de klas", "SCHOOL", "CHILD_DEVELOPMENT"))
                .first().isEqualTo("Leerproblemen en dyslexie");
        assertThat(names("De kinderen wonen in een pleeggezin en we willen ze terug", "JUSTICE", "PARENTING"))
                .first().isEqualTo("Jeugdbescherming");
        assertThat(names("Ons pleegkind laat zich niet troosten en kijkt me niet aan", "PARENTING", "CHILD_DEVELOPMENT"))
                .first().isEqualTo("Video-hometraining");
        assertThat(names("De buurvrouw is slecht ter been en zit de hele dag binnen", "SOCIAL_NETWORK"))
                .first().isEqualTo("Eenzaamheid");
        assertThat(names("Hij mag niet meer werken en hangt lusteloos op de bank, iets zinvols doen zou goed zijn",
                "SOCIAL_PARTICIPATION", "DAYTIME_ACTIVITIES"))
                .first().isEqualTo("Vrijwilligerswerk");
        assertThat(names("Mijn ex zet de kinderen tegen me op en we staan weer bij de rechter", "DOMESTIC_RELATIONS", "PARENTING"))
                .contains("Vechtscheiding").doesNotContain("Justitie en jeugdcriminaliteit");
    }

    @Test
    void anAdultsOwnTroubleIsNoChildsTerm() {
        // the clauses in which an adult speaks of themselves, not those naming a child
        assertThat(NeedsAnalysis.ownClauses("ik slaap er niet van en ik snauw tegen de kinderen"))
                .containsExactly("ik slaap er niet van ");
        assertThat(NeedsAnalysis.ownClauses("Ik denk dat hij ADHD heeft")).isEmpty();
        assertThat(NeedsAnalysis.ownClauses("Mijn man is opgenomen met een psychose")).hasSize(1);
        assertThat(names("Ik heb zelf ADHD en krijg de administratie niet rond", "INSTRUMENTAL_ADL", "MENTAL_HEALTH"))
                .first().isEqualTo("Thuisadministratie");
        assertThat(names("Hij heeft ADHD en krijgt zijn huiswerk niet af", "MENTAL_HEALTH", "CHILD_DEVELOPMENT"))
                .first().isEqualTo("ADHD-begeleiding");
        assertThat(names("Ik krijg paniekaanvallen in de supermarkt", "MENTAL_HEALTH"))
                .first().isEqualTo("Psychische gezondheid ouders");
        assertThat(names("Ik slaap slecht en lig elke nacht wakker", "MENTAL_HEALTH", "PHYSICAL_HEALTH"))
                .first().isEqualTo("Stress en overbelasting");
        assertThat(names("Ze is 6 en slaapt slecht, ze ligt elke nacht wakker", "MENTAL_HEALTH", "PHYSICAL_HEALTH"))
                .first().isEqualTo("Slaapproblemen jonge kinderen");
    }

    @Test
    void aPartOfACompoundNameIsNoNameWord() {
        // "werk" is part of "Huiswerkbegeleiding", not what that term is about
        assertThat(names("Ik heb geen werk meer", "WORK_AND_EDUCATION", "SCHOOL")).doesNotContain("Huiswerkbegeleiding")
                .first().isEqualTo("Re-integratie naar werk");
        assertThat(names("Ze krijgt haar huiswerk niet af", "WORK_AND_EDUCATION", "SCHOOL")).first().isEqualTo("Huiswerkbegeleiding");
    }

    @Test
    void aPhraseCountsOnlyWhenItsWordsStandNearEachOther() {
        var text = new DutchText(List.of("werk", "zoeken"), List.of());
        var near = "Ik wil graag werk zoeken";
        assertThat(NeedsAnalysis.near(List.of("werk", "zoek"), text.tokens(near), NeedsAnalysis.wordStarts(near))).isTrue();
        var far = "Op mijn werk schiet ik steeds vol, mijn leidinggevende zegt dat ik hulp moet gaan zoeken";
        assertThat(NeedsAnalysis.near(List.of("werk", "zoek"), text.tokens(far), NeedsAnalysis.wordStarts(far))).isFalse();
    }

    @Test
    void anAgeAfterPasOrNetCounts() {
        assertThat(NeedsAnalysis.ages("ze is pas 14 en zegt dat iedereen het doet")).containsExactly(14);
        assertThat(NeedsAnalysis.ages("hij is net zestien")).containsExactly(16);
    }

    private static double score(String text, String term) {
        return ANALYSIS.scores(text, List.of()).stream().filter(s -> s.expertise().name().equals(term))
                .mapToDouble(NeedsAnalysis.Suggestion::score).findFirst().orElse(0);
    }

    private static NeedsAnalysis.Term term(String name) {
        return DEMO_TAXONOMY.stream().filter(t -> t.expertise().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aChildGrowingUpWithASickParentIsAChildrensTerm() {
        // "opgroeien met een zieke ouder": the singular "ouder" is whom the child lives with, not a group the term serves
        assertThat(NeedsAnalysis.Index.forChildren(term("Jonge mantelzorgers"), null)).isTrue();
        // "kinderen en ouders met een licht verstandelijke beperking" serves parents with trouble of their own too
        assertThat(NeedsAnalysis.Index.forChildren(term("Licht verstandelijke beperking"), null)).isFalse();
    }

    @Test
    void aPhraseOnlyInTheAdultsOwnClausesCountsForHalfForAChildrensTerm() {
        // "slaapt slecht" is a phrase of Slaapproblemen jonge kinderen: its bonus is halved with its words
        var child = score("ze slaapt slecht", "Slaapproblemen jonge kinderen");
        assertThat(child).isPositive();
        assertThat(score("ik slaap slecht", "Slaapproblemen jonge kinderen")).isCloseTo(child * NeedsAnalysis.OTHER_AGE,
                org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void aWriterUnder18IsNoAdultSpeakingOfThemselves() {
        assertThat(NeedsAnalysis.ownClauses("ik ben 15 en word gepest")).isEmpty();
        assertThat(NeedsAnalysis.ownClauses("Ik ben pas veertien en ik voel me heel somber")).isEmpty();
        assertThat(NeedsAnalysis.ownClauses("ik ben een meisje van 13 en ik durf niet naar school")).isEmpty();
        assertThat(NeedsAnalysis.ownClauses("ik ben 38 en slaap slecht")).isNotEmpty();
        assertThat(NeedsAnalysis.ownClauses("ik ben 10 jaar getrouwd en slaap slecht")).isNotEmpty();
        assertThat(NeedsAnalysis.ownClauses("ik ben 3 maanden zwanger en slaap slecht")).isNotEmpty();
        assertThat(score("ik ben 15 en word gepest", "Ontwikkeling van het kind"))
                .isEqualTo(score("ze is 15 en wordt gepest", "Ontwikkeling van het kind"));
    }

    @Test
    void aChildNounWithAPrefixIsAChild() {
        for (var noun : List.of("stiefzoon", "pleegdochter", "kleinzoon", "tienerdochter", "bonusdochter")) {
            assertThat(NeedsAnalysis.ownClauses("ik maak me zorgen om mijn " + noun)).as(noun).isEmpty();
        }
    }

    @Test
    void theOwnClausesAreCutOutByPositionNotByTheirText() {
        // the adult's clause "ik slaap slecht" occurs again in a clause about a child: its words are not only the adult's
        var text = "ik slaap slecht. ze zegt dat ik slaap slecht";
        assertThat(NeedsAnalysis.ownClauses(text)).containsExactly("ik slaap slecht");
        assertThat(score(text, "Slaapproblemen jonge kinderen")).isCloseTo(score("ze slaapt slecht", "Slaapproblemen jonge kinderen"),
                org.assertj.core.data.Offset.offset(0.02));
    }
}
