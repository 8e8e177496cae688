package nl.netwerkkaart.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.netwerkkaart.directory.Expertise;
import nl.netwerkkaart.directory.ExpertiseTaxonomyChanged;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reads a help question's text (and its analysis) as the expertise terms of the taxonomy it needs. Each term's
 * vocabulary is its name, its description and the words families use for it in {@code matching/synonyms-nl.txt}; the
 * question and the vocabulary go through the same {@link DutchText} analysis (stemming, compound splitting). A term
 * scores, per stem of the question it shares, the stem's rarity over the taxonomy (idf) times 3 for a stem of its name
 * or of a family word, 1 for one only in its description; the words of a family phrase of several words count only
 * as description words alone, and when they all occur the phrase adds twice their rarity. Terms outside the
 * question's life domains count for {@value #OTHER_DOMAIN}, terms partly in them for a little less (see
 * {@link #domainFactor}). Suggested:
 * the best terms scoring at least {@value #MIN_SCORE} and {@value #RELATIVE} of the best, at most {@value #MAX_TERMS}.
 * The taxonomy is read once and kept (Caffeine) until an expertise is created, changed or deleted
 * ({@link ExpertiseTaxonomyChanged}), at most {@code TAXONOMY_TTL} (for writes by another instance of a cluster); the
 * analysis is rebuilt only when it changed.
 * <p>
 * Names of the family's members and network persons are taken out of a stored question's text before it is read, and a
 * stem of three letters or fewer counts only for the very word of the vocabulary ("Daan" stems like "dans" does).
 * The same vocabulary holds the words families use for kinds of support ({@code !support TYPE: ...}), so the network
 * step reads the question with it too.
 */
@Component
public class NeedsAnalysis {

    static final double MIN_SCORE = 4.0;
    static final double RELATIVE = 0.4;
    static final int MAX_TERMS = 3;
    static final double OTHER_DOMAIN = 0.35;
    static final double CONTEXT_WEIGHT = 0.5;
    /** A term scoring this much is one the text speaks of, even when it is not suggested. */
    static final double POINTED = 2.0;
    private static final double NAME = 3;
    private static final double DESCRIPTION = 1;
    private static final double PHRASE = 2;
    private static final int SHORT_STEM = 3;
    /** The words of a family phrase count together only within this many words of the text. */
    static final int PHRASE_SPAN = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'-]*");
    static final Duration TAXONOMY_TTL = Duration.ofMinutes(5);

    /** A term of the taxonomy with what the analysis needs of it. */
    record Term(Expertise expertise, List<String> domains, List<String> broader) {
    }

    /** A term the text points to, with its score and the words of the text that led to it (text order). */
    public record Suggestion(Expertise expertise, double score, List<String> words) {
    }

    private final NeedsRepository repository;
    private final Map<String, List<String>> familyWords;
    private final Map<String, List<String>> supportWords;
    private final List<String> stopWords;
    private final Cache<String, List<Term>> taxonomyCache = Caffeine.newBuilder()
            .maximumSize(1).expireAfterWrite(TAXONOMY_TTL).build();
    private volatile Index index;

    NeedsAnalysis(NeedsRepository repository) {
        this.repository = repository;
        this.familyWords = new LinkedHashMap<>();
        this.supportWords = new LinkedHashMap<>();
        this.stopWords = new ArrayList<>();
        readSynonyms();
    }

    /** Forgets the taxonomy read, after the transaction that wrote an expertise ended (or at once outside one). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void taxonomyChanged(ExpertiseTaxonomyChanged event) {
        taxonomyCache.invalidateAll();
    }

    /**
     * The terms {@code text} needs, best first. {@code context} (an analysis's hypotheses and factors) counts for half;
     * {@code lifeDomains} are the question's codes (empty: every term counts fully).
     */
    public List<Suggestion> suggest(String text, Collection<String> context, Collection<String> lifeDomains) {
        return suggest(index(), text, context, lifeDomains);
    }

    private List<Suggestion> suggest(Index current, String text, Collection<String> context, Collection<String> lifeDomains) {
        return select(score(current, text, context, lifeDomains), current.roots());
    }

    /**
     * What a text says: the suggested terms, and the ids of every term it points to at all (scoring at least
     * {@value #POINTED}), suggested or not; the ranking uses the latter to tell a specialisation the question speaks of
     * from one it does not.
     */
    public record Reading(List<Suggestion> suggestions, Set<String> pointed, Map<String, String> asked) {
    }

    /**
     * As {@link #suggest(String, Collection, Collection)} against a taxonomy already read, with every term the text points to and the kinds of
     * support its words ask for (support type to the first word asking for it); {@code names} (of the family's members
     * and network persons) are taken out of the text and context first.
     */
    Reading read(List<Term> taxonomy, String text, Collection<String> context, Collection<String> lifeDomains,
                 Collection<String> names) {
        var current = index(taxonomy);
        var names_ = namePattern(names);
        var cleanText = withoutNames(text, names_);
        var cleanContext = context.stream().map(part -> withoutNames(part, names_)).toList();
        var scored = score(current, cleanText, cleanContext, lifeDomains);
        var pointed = new HashSet<String>();
        scored.stream().filter(s -> s.score() >= POINTED).forEach(s -> pointed.add(s.expertise().id()));
        return new Reading(select(scored, current.roots()), Set.copyOf(pointed), current.asked(cleanText));
    }

    /** The support types (names of {@code SupportType}) that help with a term: those sharing a word with its name or family words. */
    Set<String> supportTypes(List<Term> taxonomy, String termId) {
        return index(taxonomy).supportTypes(termId);
    }

    /** A pattern matching any of the names' words as a whole word; null when there are none. */
    static Pattern namePattern(Collection<String> names) {
        var words = names.stream().filter(name -> name != null)
                .flatMap(name -> Arrays.stream(name.split("[^\\p{L}]+")))
                .filter(word -> word.length() >= 2).map(Pattern::quote).distinct().collect(Collectors.joining("|"));
        return words.isEmpty() ? null
                : Pattern.compile("(?<!\\p{L})(?:" + words + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static String withoutNames(String text, Pattern names) {
        return text == null || names == null ? text : names.matcher(text).replaceAll(" ");
    }

    private static final Pattern SENTENCE = Pattern.compile("[.!?;\\n]+");
    private static final Pattern ONLY = Pattern.compile("(?i)(?<!\\p{L})alleen maar(?!\\p{L})");
    /** "alleen" as "alone, lonely": at the end of a clause, or before a word that keeps it so ("er alleen voor staan", "alleen gelaten", "alleen is"). */
    private static final Pattern ALONE = Pattern.compile(
            "(?iU)(?<!\\p{L})alleen(?!\\p{L})(?!\\s*(?:[,.!?;:)]|$|voor\\b|gelaten\\b|achter\\b|en\\b|sinds\\b|want\\b|omdat\\b|zijn\\b|ben\\b|is\\b|was\\b|thuis\\b|staan?\\b|opvoeden\\b|zit\\b))");
    /** Dutch idioms whose words alone say nothing: "er niet meer willen zijn" is a wish to die. */
    private static final Pattern NOT_BE_ANYMORE = Pattern.compile(
            "(?iU)(?<!\\p{L})er\\s+niet\\s+meer\\s+(?:\\w+\\s+){0,2}(?:zijn|wezen)(?!\\p{L})");
    private static final Pattern BUT = Pattern.compile("(?i)(?<!\\p{L})maar(?!\\p{L})");
    /**
     * A part that says a topic is fine: relief ("gelukkig", "prima", "gaat goed"), "geen ...probleem(en)", "hoeven we
     * geen", or "X hebben we niet". A bare "geen" or "niet" is not enough: "we hebben geen geld, maar ..." and "slapen
     * lukt niet, maar ..." state a problem.
     */
    private static final Pattern DENIAL = Pattern.compile(
            "(?iU)(?<!\\p{L})(?:gelukkig|prima|gaat (?:het )?(?:goed|prima)|geen \\p{L}*problem\\p{L}*|geen zorgen"
            + "|hoeve?n? (?:we |ik |ze )?geen|geen hulp nodig)(?!\\p{L})"
            + "|(?<!\\p{L})(?:hebben|heb|heeft) (?:we|ik|ze|hij|zij) (?:niet|geen)\\s*$");

    /**
     * The text without what it says the family does not need: "not this, but that". In a sentence, the parts
     * (between commas) right before "maar" that say a topic is fine ({@link #DENIAL}: "geen schulden gelukkig",
     * "schulden hebben we niet", "met school gaat het prima") are left out: "Geen schulden gelukkig, maar we komen niet
     * rond" is not read as debts, while "we hebben geen geld, maar ..." keeps the money. A denial without "maar" stays
     * ("geen oppas", "geen vrienden" are what a family lacks). "Alleen maar" is read as "only", not as
     * "alone".
     */
    static String withoutDenied(String text) {
        if (text == null) {
            return null;
        }
        // "alleen maar" is "only", not "alone"; so is "alleen" before most words ("alleen nog", "alleen losse
        // woordjes", "alleen te slapen"): it stays "alone" at a clause's end and in "er alleen voor staan", "alleen is"
        text = ONLY.matcher(text).replaceAll("enkel");
        text = ALONE.matcher(text).replaceAll("enkel");
        text = NOT_BE_ANYMORE.matcher(text).replaceAll("suicidaal");
        if (!BUT.matcher(text).find()) {
            return text;
        }
        var kept = new StringBuilder();
        var sentences = SENTENCE.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = sentences.find(start) ? sentences.end() : text.length();
            kept.append(withoutDeniedPart(text.substring(start, end)));
            start = end;
        }
        return kept.toString();
    }

    private static String withoutDeniedPart(String sentence) {
        var but = BUT.matcher(sentence);
        if (!but.find()) {
            return sentence;
        }
        var parts = new ArrayList<>(List.of(sentence.substring(0, but.start()).split(",", -1)));
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).isBlank() && i == parts.size() - 1) {
                continue;
            }
            if (!DENIAL.matcher(parts.get(i).strip()).find()) {
                break;
            }
            parts.set(i, " ");
        }
        return String.join(",", parts) + sentence.substring(but.start(), but.end()) + withoutDeniedPart(sentence.substring(but.end()));
    }

    /**
     * "Sinds" with the word it dates from ("sinds de scheiding", "sinds zijn hartinfarct", "sinds corona"): when the
     * question's trouble began, not by itself what it needs.
     */
    private static final Pattern SINCE = Pattern.compile(
            "(?iU)(?<!\\p{L})sinds\\s+(?:(?:de|het|een|mijn|m'n|zijn|z'n|haar|onze|ons|hun|jullie)\\s+)?\\p{L}[\\p{L}'-]*");

    /**
     * The text with the phrases that only date the trouble ({@link #SINCE}) taken out, and those phrases: they count
     * as context, for half, so "Sinds de scheiding zit ik diep in de schulden" asks for debt help, not divorce
     * counselling, unless the rest of the text speaks of the divorce too.
     */
    static Map.Entry<String, List<String>> withoutSince(String text) {
        if (text == null) {
            return Map.entry("", List.of());
        }
        var since = SINCE.matcher(text);
        var dated = new ArrayList<String>();
        var rest = new StringBuilder();
        while (since.find()) {
            dated.add(since.group());
            since.appendReplacement(rest, " ");
        }
        since.appendTail(rest);
        return Map.entry(rest.toString(), List.copyOf(dated));
    }

    private static final Pattern CLAUSE = Pattern.compile(
            "(?iU)[.,;:!?\\n]+|(?<!\\p{L})(?:en|maar|want|omdat|dus|terwijl|waardoor)(?!\\p{L})");
    /** An adult speaking of themselves: "ik", or the partner ("mijn man", "mn vrouw", "m'n partner"). */
    private static final Pattern ADULT_SUBJECT = Pattern.compile(
            "(?iU)(?<!\\p{L})(?:ik|(?:mijn|mn|m'n) (?:man|vrouw|partner|vriend|vriendin|ex))(?!\\p{L})");
    /** A child named or referred to ("hij", "ze", "ons kind", "de kinderen", "mn oudste"). */
    private static final Pattern CHILD_REFERENCE = Pattern.compile(
            "(?iU)(?<!\\p{L})(?:hij|ze|zij|hem|haar|zijn|z'n|kind\\p{L}*|zoon\\p{L}*|dochter\\p{L}*|baby\\p{L}*"
            + "|jongen\\p{L}*|meisje\\p{L}*|meid|peuter\\p{L}*|kleuter\\p{L}*|puber\\p{L}*|tiener\\p{L}*|broertje|zusje"
            + "|oudste|jongste|kleine|kleintjes|kids|tweeling|leerling\\p{L}*"
            // with a prefix: "stiefzoon", "pleegdochter", "kleinzoon", "bonuskind", "pleegkind"
            + "|(?:stief|pleeg|klein|bonus|adoptie)(?:kind\\p{L}*|zoon\\p{L}*|dochter\\p{L}*|meisje|jongen\\p{L}*))(?!\\p{L})");
    /**
     * A writer who gives an age under 18 for themselves ("ik ben 15", "ik ben pas veertien jaar", "ik ben een meisje
     * van 13"): a child writing, not an adult speaking of their own trouble.
     */
    private static final Pattern YOUNG_WRITER = Pattern.compile(
            "(?iU)(?<!\\p{L})ik\\s+(?:ben|word)\\s+(?:(?:pas|net|bijna|nog maar|maar|al)\\s+)?(?:een\\s+(?:jongen|meisje|meid)\\s+van\\s+)?"
            + "(\\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien)"
            + "(?![\\w])(?!\\s*(?:euro|keer|uur|kilo|kg|procent|minuten|dagen|weken|maanden|kinderen|jaar\\s+(?:"
            + NeedsAnalysis.DURATION + ")))");

    /**
     * The clauses in which an adult speaks of their own trouble: "ik" or the partner, and no child ("ik slaap er niet
     * van", "Ik heb zelf ADHD", "mijn man is opgenomen met een psychose"); not "ik snauw tegen de kinderen" or "ik denk
     * dat hij ADHD heeft". A term for children counts the words of these clauses for {@value #OTHER_AGE}.
     */
    static List<String> ownClauses(String text) {
        return ownSpans(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    /**
     * Where the {@link #ownClauses} lie in the text (start, end), so that they are cut out by position rather than by
     * their text, which may occur elsewhere too; none when the writer gives an age under 18 ({@link #YOUNG_WRITER}).
     */
    static List<int[]> ownSpans(String text) {
        if (text == null || youngWriter(text)) {
            return List.of();
        }
        if (ADULT_SUBJECT.matcher(text).find() && !CHILD_REFERENCE.matcher(text).find()) {
            return List.<int[]>of(new int[] {0, text.length()});
        }
        var spans = new ArrayList<int[]>();
        var separators = CLAUSE.matcher(text);
        int start = 0;
        while (start <= text.length()) {
            boolean found = separators.find(start);
            int end = found ? separators.start() : text.length();
            var clause = text.substring(start, end);
            if (!clause.isEmpty() && ADULT_SUBJECT.matcher(clause).find() && !CHILD_REFERENCE.matcher(clause).find()) {
                spans.add(new int[] {start, end});
            }
            if (!found) {
                break;
            }
            start = Math.max(separators.end(), end + 1);
        }
        return List.copyOf(spans);
    }

    /** Whether the writer gives an age under 18 for themselves ("ik ben 15 en word gepest"). */
    static boolean youngWriter(String text) {
        var young = YOUNG_WRITER.matcher(text);
        while (young.find()) {
            var number = young.group(1).toLowerCase(Locale.ROOT);
            int age = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : NUMBER_WORDS.indexOf(number) + 1;
            if (age < 18) {
                return true;
            }
        }
        return false;
    }

    /** Where each word of {@code text} starts, in order: a token's word number for {@link #near}. */
    static List<Integer> wordStarts(String text) {
        var starts = new ArrayList<Integer>();
        var word = WORD.matcher(text);
        while (word.find()) {
            starts.add(word.start());
        }
        return starts;
    }

    /**
     * Whether the text has all of a family phrase's words within {@value #PHRASE_SPAN} words of each other: "werk
     * zoeken" is not read from "op mijn werk ... hulp moet zoeken".
     */
    static boolean near(List<String> phrase, List<DutchText.Token> tokens, List<Integer> starts) {
        var positions = new HashMap<String, List<Integer>>();
        for (var token : tokens) {
            if (phrase.contains(token.stem())) {
                int index = Collections.binarySearch(starts, token.start());
                positions.computeIfAbsent(token.stem(), k -> new ArrayList<>()).add(index >= 0 ? index : -index - 2);
            }
        }
        for (var first : positions.values().stream().flatMap(List::stream).toList()) {
            if (phrase.stream().allMatch(stem -> positions.getOrDefault(stem, List.of()).stream()
                    .anyMatch(at -> at >= first && at < first + PHRASE_SPAN))) {
                return true;
            }
        }
        return false;
    }

    /** Every term sharing a word with {@code text} with its score, best first, whether suggested or not. */
    List<Suggestion> scores(String text, Collection<String> lifeDomains) {
        return score(index(), text, List.of(), lifeDomains);
    }

    /** Every term sharing a word with the text, best first (equal scores by name). */
    private static List<Suggestion> score(Index current, String text, Collection<String> context, Collection<String> lifeDomains) {
        var scores = new HashMap<Term, Double>();
        var words = new HashMap<Term, Set<String>>();
        var dated = withoutSince(withoutDenied(text));
        current.score(dated.getKey(), 1.0, scores, words, ownSpans(dated.getKey()));
        for (var part : context) {
            current.score(withoutDenied(part), CONTEXT_WEIGHT, scores, words, List.of());
        }
        // what only dates the trouble adds to the terms the rest speaks of, and suggests none by itself
        var spokenOf = Set.copyOf(scores.keySet());
        for (var part : dated.getValue()) {
            current.score(part, CONTEXT_WEIGHT, scores, words, List.of());
        }
        scores.keySet().retainAll(spokenOf);
        var ages = ages(text);
        return scores.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() * domainFactor(e.getKey(), lifeDomains)
                        * ageFactor(current.ageRange(e.getKey()), ages)))
                .sorted(Map.Entry.<Term, Double>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().expertise().name()))
                .map(e -> new Suggestion(e.getKey().expertise(), Math.round(e.getValue() * 100) / 100.0,
                        List.copyOf(words.get(e.getKey()))))
                .toList();
    }

    /**
     * The best terms scoring at least {@value #MIN_SCORE} and {@value #RELATIVE} of the best, at most {@value #MAX_TERMS};
     * within one field of the taxonomy (terms under the same top term) the text's words count once: a term whose words
     * all led to a better term of its field already is left out ("school" in a question about a child staying home
     * points to Thuiszitters, not also to Onderwijs en leren).
     */
    private static List<Suggestion> select(List<Suggestion> ranked, Map<String, String> roots) {
        if (ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
            return List.of();
        }
        double best = ranked.get(0).score();
        var selected = new ArrayList<Suggestion>();
        for (var candidate : ranked) {
            if (selected.size() == MAX_TERMS || candidate.score() < MIN_SCORE || candidate.score() < RELATIVE * best) {
                break;
            }
            var field = roots.get(candidate.expertise().id());
            boolean explained = selected.stream().anyMatch(better -> field != null
                    && field.equals(roots.get(better.expertise().id())) && better.words().containsAll(candidate.words()));
            if (!explained) {
                selected.add(candidate);
            }
        }
        return List.copyOf(selected);
    }

    /**
     * 1 for a term all of whose life domains the question concerns, down to 0.8 as fewer of them do;
     * {@value #OTHER_DOMAIN} for a term in none of them; 1 when the question has no life domains.
     */
    static double domainFactor(Term term, Collection<String> lifeDomains) {
        if (lifeDomains.isEmpty() || term.domains().isEmpty()) {
            return 1;
        }
        long shared = term.domains().stream().filter(lifeDomains::contains).count();
        return shared == 0 ? OTHER_DOMAIN : 0.8 + 0.2 * shared / term.domains().size();
    }

    /** Words after "N jaar" that make it a duration, not an age ("10 jaar getrouwd", "3 jaar geleden"). */
    private static final String DURATION = "getrouwd|samen|geleden|lang|werkloos|ziek|bezig";
    private static final Pattern AGE_LIST = Pattern.compile(
            "(?iU)(?<![\\w])(?:van|is|wordt|ben|zijn|sinds zijn|sinds haar)\\s+(?:(?:pas|net|al|bijna|nog maar|maar)\\s+)?(\\d{1,2}(?:[,.]\\d)?(?:\\s*(?:,|en)\\s*\\d{1,2}(?:[,.]\\d)?)*)(?![\\d%])(?!\\s*(?:euro|keer|uur|kilo|kg|procent|minuten|dagen|weken|maanden|kinderen|kinders|jongens|meisjes|kamers|nachten"
            + "|jaar\\s+(?:" + DURATION + ")))");
    private static final Pattern AGE_NUMBER = Pattern.compile("\\d{1,2}(?:[,.]\\d)?");
    /** "15 jaar", "de 12-jarige"; not a duration ("al 5 jaar", "sinds 2 jaar", "10 jaar getrouwd", "3 jaar geleden"). */
    private static final Pattern AGE_YEARS = Pattern.compile(
            "(?iU)(?<!(?:al|sinds|voor|ruim|bijna|na|over|binnen)\\s)(?<![\\w])(\\d{1,2})\\s*(?:jaar|jarige)(?![\\w])"
            + "(?!\\s+(?:" + DURATION + "))");
    private static final Pattern AGE_INFANT = Pattern.compile("(?iU)(?<![\\w])(?:\\d{1,2}\\s*(?:weken|maanden)|baby'?s?|zuigeling|pasgeboren)(?![\\w])");
    private static final Pattern AGE_RANGE = Pattern.compile("(?iU)(?:van\\s+(\\d{1,2})\\s+)?tot\\s+(\\d{1,2})\\s+jaar");
    /** Numbers as words, one to twenty: "ze is drie", "onze dochter van vijftien". */
    static final List<String> NUMBER_WORDS = List.of("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
            "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig");
    private static final Pattern AGE_WORDS = Pattern.compile("(?iU)(?<![\\w])(?:van|is|wordt|ben|zijn)\\s+(?:(?:pas|net|al|bijna|nog maar|maar)\\s+)?("
            + "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien"
            + ")(?![\\w])(?!\\s*(?:euro|keer|uur|kilo|kg|procent|minuten|dagen|weken|maanden|kinderen|jongens|meisjes|kamers|nachten))");
    /** Words for a child of an age: a toddler (3), a preschooler (5), a teenager (14). */
    private static final Pattern AGE_NOUN = Pattern.compile(
            "(?iU)(?<![\\w])(dreumes|peuter|peutertje|kleuter|kleutertje|puber|pubers|tiener|tieners|puberzoon|puberdochter|pubermeid)(?![\\w])");
    /** Age words in a term's name, with the range they stand for when its description gives no numbers. */
    private static final Pattern TERM_AGE_WORD = Pattern.compile("(?iU)(pubers?|tieners?|jongeren|zuigeling|peuters?|kleuters?)");
    /** A term for the age range all the question's children lie in counts this much more ("pubers" for a girl of 15). */
    static final double SAME_AGE = 1.25;
    /** A term for an age range the question's children are all outside of counts for this much. */
    static final double OTHER_AGE = 0.5;

    /**
     * The ages the text gives ("ons kind van 10", "hij is 13", "de kinderen van 3, 5 en 7", "15 jaar", a baby of "5
     * weken" is 0; in words: "ze is drie", "van vijftien"; a dreumes 1, a peuter 3, a kleuter 5, a puber or tiener 14);
     * empty when it gives none.
     */
    static Set<Integer> ages(String text) {
        var ages = new HashSet<Integer>();
        if (text == null) {
            return ages;
        }
        var list = AGE_LIST.matcher(text);
        while (list.find()) {
            var number = AGE_NUMBER.matcher(list.group(1));
            while (number.find()) {
                ages.add((int) Double.parseDouble(number.group().replace(',', '.')));
            }
        }
        var years = AGE_YEARS.matcher(text);
        while (years.find()) {
            ages.add(Integer.parseInt(years.group(1)));
        }
        if (AGE_INFANT.matcher(text).find()) {
            ages.add(0);
        }
        var words = AGE_WORDS.matcher(text);
        while (words.find()) {
            ages.add(NUMBER_WORDS.indexOf(words.group(1).toLowerCase(Locale.ROOT)) + 1);
        }
        var nouns = AGE_NOUN.matcher(text);
        while (nouns.find()) {
            var noun = nouns.group(1).toLowerCase(Locale.ROOT);
            ages.add(noun.startsWith("dreumes") ? 1 : noun.startsWith("peuter") ? 3 : noun.startsWith("kleuter") ? 5 : 14);
        }
        ages.removeIf(age -> age > 25);
        return ages;
    }

    /**
     * {@value #OTHER_AGE} for a term whose description names an age range ("van 0 tot 4 jaar", "tot 12 jaar") when the
     * text gives ages and none lies in it: "slapen" of a boy of 15 is not a toddler's sleep; {@value #SAME_AGE} when all
     * lie in it (parents of a girl of 15 and Opvoeden van pubers); else 1. A term whose description gives no range has
     * the range of an age word of its name (pubers, tieners 11-18; jongeren 12-23; peuters 1-4; kleuters 4-6;
     * zuigelingen 0-1).
     */
    static double ageFactor(int[] range, Set<Integer> ages) {
        if (range == null || ages.isEmpty()) {
            return 1;
        }
        if (ages.stream().allMatch(age -> age >= range[0] && age <= range[1])) {
            return SAME_AGE;
        }
        return ages.stream().anyMatch(age -> age >= range[0] && age <= range[1]) ? 1 : OTHER_AGE;
    }

    /** The taxonomy, read once until an expertise is written. */
    List<Term> taxonomy() {
        return taxonomyCache.get("taxonomy", key -> repository.taxonomy());
    }

    private Index index() {
        return index(taxonomy());
    }

    /** The analysis of {@code terms}, rebuilt only when the taxonomy changed. */
    private Index index(List<Term> terms) {
        var current = index;
        if (current == null || (current.terms() != terms && !current.terms().equals(terms))) {
            current = new Index(terms, familyWords, supportWords, stopWords);
            index = current;
        }
        return current;
    }

    private void readSynonyms() {
        try (var in = new ClassPathResource("matching/synonyms-nl.txt").getInputStream()) {
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                var trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains(":")) {
                    continue;
                }
                var name = trimmed.substring(0, trimmed.indexOf(':')).strip();
                var phrases = Arrays.stream(trimmed.substring(trimmed.indexOf(':') + 1).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (name.equals("!stop")) {
                    stopWords.addAll(phrases);
                }
                else if (name.startsWith("!support ")) {
                    supportWords.computeIfAbsent(name.substring("!support ".length()).strip(), k -> new ArrayList<>()).addAll(phrases);
                }
                else {
                    familyWords.computeIfAbsent(name, k -> new ArrayList<>()).addAll(phrases);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed vocabulary of one version of the taxonomy. */
    static final class Index {

        private final List<Term> terms;
        private final DutchText analysis;
        private final Map<Term, Map<String, Double>> weights = new LinkedHashMap<>();
        private final Map<Term, List<List<String>>> phrases = new LinkedHashMap<>();
        private final Map<String, Double> idf = new HashMap<>();
        private final Map<String, String> roots = new HashMap<>();
        private final Map<String, Set<String>> shortStems = new HashMap<>();
        private final Map<String, Set<String>> supportStems = new LinkedHashMap<>();
        private final Map<String, Set<String>> supportTerms = new HashMap<>();
        /** Each term's age range, read once with the index rather than on every question (null: none). */
        private final Map<Term, int[]> ageRanges = new HashMap<>();
        /** The terms for children's own trouble ({@link #forChildren}). */
        private final Set<Term> childTerms = new HashSet<>();

        Index(List<Term> terms, Map<String, List<String>> familyWords, Map<String, List<String>> supportWords,
              List<String> stopWords) {
            this.terms = terms;
            terms.forEach(term -> ageRanges.put(term, readAgeRange(term)));
            terms.stream().filter(term -> forChildren(term, ageRanges.get(term))).forEach(childTerms::add);
            var broader = new HashMap<String, List<String>>();
            terms.forEach(term -> broader.put(term.expertise().id(), term.broader()));
            for (var term : terms) {
                var root = term.expertise().id();
                var seen = new HashSet<String>();
                while (seen.add(root) && !broader.getOrDefault(root, List.of()).isEmpty()) {
                    root = broader.get(root).get(0);
                }
                roots.put(term.expertise().id(), root);
            }
            var vocabulary = new LinkedHashSet<String>();
            for (var term : terms) {
                vocabulary.addAll(words(term.expertise().name()));
                vocabulary.addAll(words(term.expertise().description()));
                familyWords.getOrDefault(term.expertise().name(), List.of()).forEach(p -> vocabulary.addAll(words(p)));
            }
            supportWords.values().forEach(list -> list.forEach(p -> vocabulary.addAll(words(p))));
            this.analysis = new DutchText(vocabulary, stopWords);
            // a short stem counts only for the very words of the vocabulary it comes from
            for (var word : vocabulary) {
                for (var stem : analysis.stems(word)) {
                    if (stem.length() <= SHORT_STEM) {
                        shortStems.computeIfAbsent(stem, k -> new HashSet<>()).add(DutchText.fold(word));
                    }
                }
            }
            supportWords.forEach((type, list) -> {
                var stems = new HashSet<String>();
                list.forEach(p -> stems.addAll(analysis.stems(p)));
                supportStems.put(type, stems);
            });
            var documentFrequency = new HashMap<String, Integer>();
            for (var term : terms) {
                var stems = new HashMap<String, Double>();
                analysis.stems(term.expertise().description()).forEach(s -> stems.merge(s, DESCRIPTION, Math::max));
                // a word of the name counts as a name word; a part a compound word of the name was split into only
                // as a description word: "werk" is part of "Huiswerkbegeleiding", not what the term is about
                var nameWords = wholeWordStems(term.expertise().name());
                analysis.stems(term.expertise().name()).forEach(s -> stems.merge(s, nameWords.contains(s) ? NAME : DESCRIPTION, Math::max));
                var termPhrases = new ArrayList<List<String>>();
                for (var phrase : familyWords.getOrDefault(term.expertise().name(), List.of())) {
                    // a family word counts itself, not the parts it is made of ("werk" of "papierwerk" is no
                    // word for home administration); a word counts as much as the name's words, the words of a phrase
                    // count fully only together
                    var phraseStems = List.copyOf(wholeWordStems(phrase));
                    boolean oneWord = phrase.strip().indexOf(' ') < 0;
                    phraseStems.forEach(s -> stems.merge(s, oneWord ? NAME : DESCRIPTION, Math::max));
                    if (phraseStems.size() > 1) {
                        termPhrases.add(phraseStems);
                    }
                }
                weights.put(term, stems);
                phrases.put(term, termPhrases);
                // the kinds of support that help with the term: sharing a word of its name or family words
                supportStems.forEach((type, typeStems) -> {
                    if (stems.entrySet().stream().anyMatch(e -> e.getValue() >= NAME && typeStems.contains(e.getKey()))) {
                        supportTerms.computeIfAbsent(term.expertise().id(), k -> new LinkedHashSet<>()).add(type);
                    }
                });
                stems.keySet().forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
            }
            documentFrequency.forEach((stem, df) -> idf.put(stem, Math.log(1 + (double) terms.size() / df)));
        }

        List<Term> terms() {
            return terms;
        }

        /** The age range a term's description names ("van 0 tot 4 jaar", "tot 12 jaar"), or null. */
        int[] ageRange(Term term) {
            return ageRanges.get(term);
        }

        private static int[] readAgeRange(Term term) {
            var description = term.expertise().description();
            var range = AGE_RANGE.matcher(description == null ? "" : description);
            if (range.find()) {
                return new int[] {range.group(1) == null ? 0 : Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))};
            }
            var word = TERM_AGE_WORD.matcher(term.expertise().name());
            if (!word.find()) {
                return null;
            }
            var found = word.group(1).toLowerCase(Locale.ROOT);
            return found.startsWith("zuigeling") ? new int[] {0, 1} : found.startsWith("peuter") ? new int[] {1, 4}
                    : found.startsWith("kleuter") ? new int[] {4, 6} : found.equals("jongeren") ? new int[] {12, 23}
                    : new int[] {11, 18};
        }

        private static final Pattern CHILD_NAME = Pattern.compile("(?iU)jeugd|jongeren|jonge kinderen|pubers|tieners|zuigeling");
        private static final Pattern CHILD_DESCRIPTION = Pattern.compile("(?iU)(?<!\\p{L})(?:van|bij|voor) (?:kinderen|jongeren)(?!\\p{L})");
        /**
         * "ouders" as those with the trouble, not as "kinderen ... en hun ouders" or "ouders van tieners"; a singular
         * "ouder" is the one a child lives with ("opgroeien met een zieke ouder"), not a group the term serves.
         */
        private static final Pattern PARENTS = Pattern.compile("(?iU)(?<!hun )(?<!\\p{L})ouders(?!\\p{L})(?! van)");

        /**
         * A term for children's own trouble: its name speaks of youth (jeugd, jongeren, pubers, ...), its age range
         * ends by 18, or its description serves children or young people ("van kinderen", "bij jongeren"); and its
         * description does not serve parents with trouble of their own too ("kinderen en ouders met een licht
         * verstandelijke beperking"; but "kinderen met ADHD en hun ouders" and "Advies aan ouders van kinderen van 0 tot
         * 4 jaar over slapen" are about the children's trouble).
         */
        static boolean forChildren(Term term, int[] range) {
            var description = term.expertise().description() == null ? "" : term.expertise().description();
            boolean children = CHILD_NAME.matcher(term.expertise().name()).find() || (range != null && range[1] <= 18)
                    || CHILD_DESCRIPTION.matcher(description).find();
            return children && !PARENTS.matcher(description).find();
        }

        Set<String> supportTypes(String termId) {
            return supportTerms.getOrDefault(termId, Set.of());
        }

        /** The support types the text's words ask for, each with the first word asking for it, in the vocabulary's order. */
        Map<String, String> asked(String text) {
            var tokens = tokens(text);
            var asked = new LinkedHashMap<String, String>();
            supportStems.forEach((type, stems) -> tokens.stream().filter(t -> stems.contains(t.stem())).findFirst()
                    .ifPresent(t -> asked.put(type, t.word().toLowerCase(Locale.ROOT))));
            return asked;
        }

        /** The text's tokens, without a short stem the text's word is not a word of the vocabulary for. */
        private List<DutchText.Token> tokens(String text) {
            return analysis.tokens(text).stream()
                    .filter(t -> t.stem().length() > SHORT_STEM
                            || shortStems.getOrDefault(t.stem(), Set.of()).contains(DutchText.fold(t.word())))
                    .toList();
        }

        /** The id of each term's top term (its field): itself when it has no broader term. */
        Map<String, String> roots() {
            return roots;
        }

        /**
         * Adds the terms' scores for {@code text}; a stem found only in the {@code own} clauses (an adult's own trouble,
         * as start and end in the text) counts for a term for children ({@link #forChildren}) for {@value #OTHER_AGE},
         * and so does a family phrase all of whose stems are found only there.
         */
        void score(String text, double factor, Map<Term, Double> scores, Map<Term, Set<String>> words, List<int[]> own) {
            var tokens = tokens(text);
            if (tokens.isEmpty()) {
                return;
            }
            var stems = new HashSet<String>();
            tokens.forEach(t -> stems.add(t.stem()));
            var starts = wordStarts(text);
            var ownStems = new HashSet<String>();
            own.forEach(span -> tokens(text.substring(span[0], span[1])).forEach(t -> ownStems.add(t.stem())));
            if (!ownStems.isEmpty()) {
                // the rest of the text: the own clauses cut out by position, not every occurrence of their text
                var rest = new StringBuilder();
                int at = 0;
                for (var span : own) {
                    rest.append(text, at, span[0]).append(' ');
                    at = span[1];
                }
                rest.append(text.substring(at));
                var elsewhere = new HashSet<String>();
                tokens(rest.toString()).forEach(t -> elsewhere.add(t.stem()));
                ownStems.removeAll(elsewhere);
            }
            for (var term : terms) {
                var termWeights = weights.get(term);
                double score = 0;
                var matched = new HashSet<String>();
                for (var stem : stems) {
                    var weight = termWeights.get(stem);
                    if (weight != null) {
                        score += weight * idf.get(stem) * (ownStems.contains(stem) && childTerms.contains(term) ? OTHER_AGE : 1);
                        matched.add(stem);
                    }
                }
                for (var phrase : phrases.get(term)) {
                    if (stems.containsAll(phrase) && near(phrase, tokens, starts)) {
                        score += PHRASE * phrase.stream().mapToDouble(idf::get).sum()
                                * (childTerms.contains(term) && ownStems.containsAll(phrase) ? OTHER_AGE : 1);
                        matched.addAll(phrase);
                    }
                }
                if (score > 0) {
                    scores.merge(term, score * factor, Double::sum);
                    var found = words.computeIfAbsent(term, k -> new LinkedHashSet<>());
                    tokens.stream().filter(t -> matched.contains(t.stem())).map(t -> t.word().toLowerCase(Locale.ROOT))
                            .forEach(found::add);
                }
            }
        }

        /** The stems of the words of {@code text} themselves, without the parts compounds were split into. */
        private Set<String> wholeWordStems(String text) {
            var whole = new LinkedHashSet<String>();
            String previous = null;
            for (var token : analysis.tokens(text)) {
                if (!token.word().equals(previous)) {
                    whole.add(token.stem());
                }
                previous = token.word();
            }
            return whole;
        }

        private static List<String> words(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        }
    }
}
