package nl.netwerkkaart.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Brings a word form the Snowball stemmer leaves apart from its vocabulary word back to that word, before stemming, when
 * the word it is brought back to is in the vocabulary: a verb form in -t or -d always ("dreigt", "bedreigd" →
 * "dreigen", "bedreigen", even when the form is in the vocabulary too); only when the word itself is not in it, past
 * participles with ge- ("gedreigd", "gepest" → "dreigen", "pesten") and diminutives ("clubje", "woordjes", "briefje"
 * → "club", "woord", "brief").
 */
final class DutchWordForms extends TokenFilter {

    private static final int MIN_WORD = 5;
    private static final List<String> DIMINUTIVES = List.of("etjes", "etje", "tjes", "pjes", "jes", "tje", "pje", "je");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet stems;
    private final DutchStemmer stemmer = new DutchStemmer();

    /** @param stems the Dutch stems of the vocabulary's words */
    DutchWordForms(TokenStream input, CharArraySet stems) {
        super(input);
        this.stems = stems;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        var word = term.toString();
        var known = known(word);
        if (known != null && !known.equals(word)) {
            term.setEmpty().append(known);
        }
        return true;
    }

    /** The form of the word whose stem is a vocabulary stem, or the word itself when none is. */
    String known(String word) {
        if (word.length() < MIN_WORD) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        if (last == 't' || last == 'd') {
            // a verb form counts as its verb even when the form itself is in the vocabulary too ("jeugdzorg dreigt")
            var verb = word.substring(0, word.length() - 1) + "en";
            if (stems.contains(DutchCompounds.stem(stemmer, verb))) {
                return verb;
            }
        }
        if (stems.contains(DutchCompounds.stem(stemmer, word))) {
            return word;
        }
        for (var candidate : candidates(word)) {
            if (candidate.length() >= 4 && stems.contains(DutchCompounds.stem(stemmer, candidate))) {
                return candidate;
            }
        }
        return word;
    }

    static List<String> candidates(String word) {
        var candidates = new ArrayList<String>();
        char last = word.charAt(word.length() - 1);
        if (last == 't' || last == 'd') {
            var base = word.substring(0, word.length() - 1);
            candidates.add(base + "en");
            candidates.add(base);
            if (word.startsWith("ge") && word.length() > 5) {
                candidates.add(base.substring(2) + "en");
            }
        }
        if (word.startsWith("ge") && word.endsWith("en") && word.length() > 6) {
            candidates.add(word.substring(2));
        }
        for (var ending : DIMINUTIVES) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                candidates.add(word.substring(0, word.length() - ending.length()));
                break;
            }
        }
        return candidates;
    }
}
