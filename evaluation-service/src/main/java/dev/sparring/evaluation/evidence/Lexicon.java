package dev.sparring.evaluation.evidence;

import java.util.regex.Pattern;

/**
 * Vocabulary shared by several rules, as regular-expression fragments, and the helpers that turn phrase lists into
 * case-insensitive, word-boundary-aware patterns. Texts are normalised first (straight apostrophes and dashes).
 */
final class Lexicon {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * A written number, whole: "10", "3.6", "1,000", "10^5", "10k", "40%". Patterns must end in this rather than a
     * bare digit, or the closing word boundary fails inside "40".
     */
    static final String NUMBER = "\\d[\\d,.]*(?:\\^\\d+)?(?:k|m|bn|b|%|x)?";

    /** Numbers as people say them: "five", "a few", "a couple of". */
    static final String NUMBER_WORD = any("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "a hundred",
            "hundreds", "a few", "a couple of", "several", "half an?", "a dozen", "a third", "two thirds", "a quarter");

    private static final String MAGNITUDE = "(?:hundred|thousand|million|billion|trillion)s?";

    /** A quantity in an estimate: 10, 3.6, 10k, 100M, 1,000, 10^5, 5 million, a billion, hundreds of millions. */
    static final String QUANTITY = any(
            "(?:~|about |roughly |around )?\\d[\\d,.]*(?:\\^\\d+)?(?:k|m|mm|bn|b)?(?:\\s+" + MAGNITUDE + ")?",
            "(?:a|one|a few|few|several|tens of|hundreds of|thousands of|millions of|" + NUMBER_WORD + ")\\s+"
                    + MAGNITUDE,
            MAGNITUDE + " of");

    private static final String SIZE_OR_RATE_UNIT = any("[kmgtpe]i?b", "bytes", "kilobytes", "megabytes",
            "gigabytes", "terabytes", "petabytes", "[kmg]bps", "per (?:second|sec|s|minute|min|hour|day|month|year)",
            "(?:a|an) (?:second|minute|hour|day|month|year)", "/\\s?(?:s|sec|day|month)");

    /** What a scale estimate counts: traffic, people, data, and rates. */
    static final String SCALE_UNIT = any(SIZE_OR_RATE_UNIT, "qps", "rps", "tps", "wps", "requests?", "reqs",
            "reads?", "writes?", "queries", "lookups", "messages", "msgs", "events", "posts", "tweets", "uploads",
            "photos", "videos", "images", "files", "objects", "records", "rows", "items", "entries", "keys",
            "connections", "sessions", "clicks", "views", "loads", "followers", "users", "actives", "customers",
            "dau", "mau");

    /**
     * A numeric estimate with a unit: "10k reads per second", "200 million daily actives", "2 MB", "five times a
     * day". Spelled-out small numbers only count with a size or rate unit, so "one request recomputes it" is no
     * estimate.
     */
    static final String ESTIMATE = any(
            QUANTITY + "(?:\\s+[\\w-]+){0,2}?\\s*" + SCALE_UNIT,
            NUMBER_WORD + "(?:\\s+[\\w-]+){0,2}?\\s*" + SIZE_OR_RATE_UNIT);

    /** Language that weighs one option against another or names what a choice costs. */
    static final String TRADE_OFF = any("trade[- ]?offs?", "at the (?:cost|expense) of", "downsides?", "drawbacks?",
            "the catch is", "instead of", "versus", "vs\\.?", "on the other hand", "(?:we|you|i)(?:'d| would| will)? "
                    + "(?:give|gave) up", "giving up", "in exchange(?: for)?", "in return(?: for)?", "pros and cons",
            "(?:it |that |which )?costs? (?:us|you|more|extra)",
            "(?:we|you)(?:'d| would| will| could| might| may)? (?:lose|give up|pay)", "whereas",
            "compared (?:to|with)", "the alternative", "alternatively", "sacrific\\w+", "(?:wins?|loses?) on",
            "the price (?:is|was|we pay|we paid)", "because\\b[^.;?!]{3,100}?\\bbut", "even though", "despite",
            "(?:cheaper|faster|slower|safer|riskier|simpler|harder|easier|better|worse|more expensive) than",
            "but\\b[^.;?!]{0,40}?\\b(?:costs?|slower|more expensive|harder to|more complex|worse|more work|worth of "
                    + "work|overhead|operational burden|complexity|lock-?in)");

    /** Absolute claims that leave no room for a trade-off. */
    static final String ABSOLUTE = any("always use", "never use",
            "(?:is|'s|are|'re) (?:just |simply |clearly |by far |obviously |definitely |always )?(?:the best|the only "
                    + "(?:sane |right |real )?(?:option|choice|way))",
            "(?:there's|there is|there are|there were|there was|with|has|have|had) (?:really |literally "
                    + "|absolutely |honestly )?no (?:real )?(?:downsides?|drawbacks?|trade[- ]?offs?|cons|costs?)",
            "(?:wasn't|was not|isn't|is not|weren't|aren't) (?:really )?(?:any|a) (?:real )?(?:downsides?"
                    + "|drawbacks?|trade[- ]?offs?|cost)",
            "no[- ]brainer", "(?:one|the) right answer", "(?:just|simply|clearly|obviously|plainly) (?:wrong|superior)",
            "clearly the right (?:approach|call|choice|thing|option)", "(?:an )?(?:easy|obvious) (?:decision|call)",
            "(?:use|used|using) (?:it|\\w+) for everything");

    /** Past-tense verbs for actions, regular and the irregular ones stories use most. */
    static final String PAST_VERB = any("\\w+ed", "built", "rebuilt", "wrote", "rewrote", "ran(?! into)", "made",
            "took", "set", "put", "got", "found", "sat", "met", "went", "did", "brought", "drew", "drove", "spent",
            "sent", "read", "led", "began", "chose", "held", "kept", "showed", "split", "cut", "shut", "dug",
            "caught", "sought", "told", "broke", "gave", "won", "spoke");

    /** Past tenses that are states, feelings or belonging rather than actions: "I was", "I felt", "I joined". */
    private static final String NOT_AN_ACTION = any("was", "were", "had", "felt", "thought", "believed", "wanted",
            "liked", "loved", "hated", "hoped", "wished", "needed", "seemed", "guessed", "supposed", "assumed",
            "joined", "enjoyed", "used", "worked (?:on|in|at|for|as|with the team)", "learned", "realized",
            "realised", "heard", "got (?:to|asked|told|assigned)");

    /**
     * A first-person-singular action in the past: "I identified", "I drove", "I put my name on", "I ended up
     * rewriting". Any past tense after "I" counts unless it is a state or a feeling.
     */
    static final String FIRST_PERSON_ACTION = any(
            // "if I did it again" is not something they did
            "(?<!if )i (?:\\w+ly |then |also |first |myself |eventually |finally |personally |just )?(?!"
                    + NOT_AN_ACTION
                    + "(?!\\w))" + PAST_VERB,
            "i (?:ended up|went ahead and|decided to|chose to|volunteered to|offered to|took it upon myself to"
                    + "|made it my job to) \\w+",
            "i was (?:the one|responsible|accountable|on the hook)", "it was my (?:call|decision|responsibility|job)");

    private Lexicon() {
    }

    /** A non-capturing group of alternatives. */
    static String any(String... alternatives) {
        return "(?:" + String.join("|", alternatives) + ")";
    }

    /** The alternatives as whole words or phrases, case-insensitive. */
    static Pattern phrases(String... alternatives) {
        return Pattern.compile("(?<!\\w)" + any(alternatives) + "(?!\\w)", FLAGS);
    }
}
