package dev.sparring.evaluation.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text helpers: normalising quotes, splitting sentences, spotting questions and negation. */
final class Text {

    static final int MAX_QUOTE = 500;
    static final int MAX_MATCHED = 200;
    private static final int NEGATION_WINDOW = 5;

    /**
     * A sentence opening the way English questions open (wh-word plus inversion, or an auxiliary plus subject), so
     * "What happens when ..." counts without a question mark, while "What I'll do is ..." and "How I'd approach
     * this is ..." do not.
     */
    private static final Pattern QUESTION_OPENING = Pattern.compile(
            "^(?:(?:so|and|also|ok|okay|right|then|quick question|just to (?:check|confirm))[,:]?\\s+)*"
                    + "(?:how (?:many|much|big|large|long|often|fast|far|soon|do|does|is|are|should|would|will|can)"
                    + "|what(?:'s| is| are| about| if| kind| sort| type| happens| should| do| does| would| will| can)"
                    + "|which (?:one|of|\\w+ (?:do|does|is|are|should|would))"
                    + "|who(?:'s| is| are| will| would| uses| needs)"
                    + "|(?:when|where|why) (?:do|does|is|are|should|will|would|can)"
                    + "|(?:is|are|do|does|did|can|could|should|will|would|shall|may|must|has|have) (?:we|i|it|they"
                    + "|there|the|this|that|you|users?|a|an|each|every|all|our|any|people|clients?|keys?|values?"
                    + "|inputs?|capacity)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that negate a trigger right after them: "I don't know the trade-off", "there's no downside". */
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither", "nothing",
            "nobody", "none", "cannot", "hardly", "barely");

    private Text() {
    }

    /**
     * Typographic quotes and dashes to ASCII, character for character, so match positions in the normalised text
     * are positions in the original.
     */
    static String normalise(String text) {
        StringBuilder normalised = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> normalised.append('\'');
                case '\u201C', '\u201D' -> normalised.append('"');
                case '\u2013', '\u2014' -> normalised.append('-');
                case '\u00A0' -> normalised.append(' ');
                default -> normalised.append(c);
            }
        }
        return normalised.toString();
    }

    /** A sentence as a range of the utterance, and whether it is a question. */
    record Sentence(int start, int end, boolean question) {
    }

    /** Splits on . ? ! followed by space or the end (so "3.6 PB" stays whole), and on line breaks. */
    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean terminator = (c == '.' || c == '?' || c == '!')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (terminator || c == '\n') {
                add(sentences, text, start, c == '\n' ? i : i + 1);
                start = i + 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            String sentence = text.substring(start, end);
            boolean question = sentence.replaceAll("[\\s\"')\\]]+$", "").endsWith("?")
                    || QUESTION_OPENING.matcher(sentence).lookingAt();
            sentences.add(new Sentence(start, end, question));
        }
    }

    /**
     * Whether a negator stands among the few words before {@code position} in the same clause. Cheap on purpose:
     * it catches "I don't know the trade-offs" and "I can't really point to a trade-off" but stops at a comma, so
     * "We didn't have time, so the trade-off was ..." still counts.
     */
    static boolean negated(String text, int position) {
        int clauseStart = 0;
        for (int i = position - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (",.;:!?()\"".indexOf(c) >= 0 || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
                clauseStart = i + 1;
                break;
            }
        }
        String[] words = text.substring(clauseStart, position).trim().toLowerCase().split("\\s+");
        for (int i = Math.max(0, words.length - NEGATION_WINDOW); i < words.length; i++) {
            String word = words[i].replaceAll("[^a-z']", "");
            if (NEGATORS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
