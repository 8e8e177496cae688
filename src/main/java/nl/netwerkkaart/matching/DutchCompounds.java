package nl.netwerkkaart.matching;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Splits a Dutch compound word into the parts it is made of, against a dictionary: the word must be covered by two
 * parts of at least four letters, at least one of them a dictionary word (a split into two dictionary words is
 * preferred); the first part may carry a linking "s", "e" or "en" ({@code kinderopvang} + {@code s} + {@code toeslag}),
 * the last an ending ({@code club} + {@code je}), and a part counts as a dictionary word when its Dutch stem is one of a
 * dictionary word ({@code rekening} for "rekeningen"); each part of at least {@code minWord} letters is split again. Only the parts that
 * are dictionary words are added, after the whole word. Unlike a search for dictionary words anywhere inside the word
 * this does not read {@code eten} in "moeten" or {@code even} in "hoeven": a part must be where a compound puts it.
 */
final class DutchCompounds extends CompoundWordTokenFilterBase {

    private static final List<String> LINKS = List.of("en", "s", "e");
    private static final List<String> ENDINGS = List.of("tjes", "jes", "tje", "je", "en", "s", "e");
    /** Endings that make a word of a word ("vriend" + "innen"), not second parts of a compound. */
    private static final List<String> SUFFIXES = List.of("innen", "heid", "heden", "ingen", "achtig", "lijk", "lijke", "schap", "isch", "ische");
    private final CharArraySet stems;
    private final DutchStemmer stemmer = new DutchStemmer();

    /** @param stems the Dutch stems of the dictionary's words */
    DutchCompounds(TokenStream input, CharArraySet dictionary, CharArraySet stems, int minWord, int minPart, int maxPart) {
        super(input, dictionary, minWord, minPart, maxPart, false);
        this.stems = stems;
    }

    static String stem(DutchStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    @Override
    protected void decompose() {
        var word = termAtt.toString();
        var parts = new ArrayList<int[]>();
        split(word, 0, word.length(), parts);
        for (var part : parts) {
            tokens.add(new CompoundToken(part[0], part[1]));
        }
    }

    /** Adds the dictionary parts of {@code word[from, to)} as {offset, length}; false when it is no compound. */
    private boolean split(String word, int from, int to, List<int[]> parts) {
        int length = to - from;
        if (length < minWordSize) {
            return false;
        }
        // first a split into two dictionary words, else one with one dictionary word
        for (int pass = 0; pass < 2; pass++) {
            for (int cut = from + minSubwordSize; cut <= to - minSubwordSize; cut++) {
                if (cut - from <= maxSubwordSize && to - cut <= maxSubwordSize && cutAt(word, from, cut, to, pass == 0, parts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean cutAt(String word, int from, int cut, int to, boolean both, List<int[]> parts) {
        int left = known(word, from, cut, LINKS);
        int right = known(word, cut, to, ENDINGS);
        boolean leftKnown = left > 0;
        boolean rightKnown = right > 0;
        if (both ? !(leftKnown && rightKnown) : !(leftKnown || rightKnown)) {
            return false;
        }
        if (!rightKnown && SUFFIXES.contains(word.substring(cut, to))) {
            return false;
        }
        if (leftKnown) {
            parts.add(new int[] {from, left});
        }
        split(word, from, cut, parts);
        if (rightKnown) {
            parts.add(new int[] {cut, right});
        }
        split(word, cut, to, parts);
        return true;
    }

    /**
     * The length of the dictionary word {@code word[from, to)} is, with one of {@code affixes} (a linking part at its
     * end, or an ending) taken off; 0 when it is none.
     */
    private int known(String word, int from, int to, List<String> affixes) {
        if (to - from >= minSubwordSize
                && (dictionary.contains(word.substring(from, to)) || stems.contains(stem(stemmer, word.substring(from, to))))) {
            return to - from;
        }
        for (var affix : affixes) {
            int end = to - affix.length();
            if (end - from >= minSubwordSize && word.startsWith(affix, end) && dictionary.contains(word.substring(from, end))) {
                return end - from;
            }
        }
        return 0;
    }
}
