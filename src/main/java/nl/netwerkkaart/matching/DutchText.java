package nl.netwerkkaart.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch text analysis with Lucene (on the classpath through embedded Neo4j, nothing downloaded): words lowercased and
 * folded to ASCII, compound words split into the parts they are made of against a dictionary of the vocabulary
 * ({@link DutchCompounds}: "woningcorporatie" also yields "woning" and "corporatie", "schuldhulpverlening" also
 * "schuld"), Dutch stop words and extra {@code stopWords} dropped, verb forms, participles and diminutives the stemmer
 * leaves apart brought back to their vocabulary word ({@link DutchWordForms}: "dreigt" as "dreigen"), the rest
 * stemmed with the Snowball Dutch stemmer. Each token keeps the word of the text it came from.
 */
final class DutchText {

    /** A stem, the word of the text it came from (the whole compound for a part of one) and where that word starts. */
    record Token(String stem, String word, int start) {
    }

    private static final int MIN_WORD = 6;
    private static final int MIN_PART = 4;
    private static final int MAX_PART = 15;

    private final Analyzer analyzer;

    /**
     * @param vocabulary words compounds may be split into (unstemmed); shorter than four letters are ignored
     * @param stopWords  words too general to say what a question needs, on top of Lucene's Dutch stop words
     */
    DutchText(Collection<String> vocabulary, Collection<String> stopWords) {
        var dictionary = new CharArraySet(vocabulary.size(), true);
        vocabulary.stream().map(DutchText::fold).filter(word -> word.length() >= MIN_PART).forEach(dictionary::add);
        var stemmer = new DutchStemmer();
        var dictionaryStems = new CharArraySet(vocabulary.size(), true);
        vocabulary.stream().map(DutchText::fold).filter(word -> word.length() >= MIN_PART)
                .map(word -> DutchCompounds.stem(stemmer, word)).forEach(dictionaryStems::add);
        var stops = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), true);
        stopWords.stream().map(DutchText::fold).forEach(stops::add);
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new ASCIIFoldingFilter(stream);
                stream = new DutchCompounds(stream, dictionary, dictionaryStems, MIN_WORD, MIN_PART, MAX_PART);
                stream = new StopFilter(stream, stops);
                stream = new DutchWordForms(stream, dictionaryStems);
                stream = new SnowballFilter(stream, new DutchStemmer());
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** The tokens of {@code text} in text order; empty for null. */
    List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                var stem = term.toString();
                if (stem.length() >= 2) {
                    tokens.add(new Token(stem, text.substring(offset.startOffset(), offset.endOffset()), offset.startOffset()));
                }
            }
            stream.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The stems of {@code text}, distinct, in text order. */
    List<String> stems(String text) {
        return tokens(text).stream().map(Token::stem).distinct().toList();
    }

    /** Lowercase and without accents, as the analysis sees a word before stemming. */
    static String fold(String word) {
        var folded = java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return folded.replaceAll("\\p{M}", "");
    }
}
