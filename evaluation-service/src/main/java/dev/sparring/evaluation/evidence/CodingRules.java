package dev.sparring.evaluation.evidence;

import static dev.sparring.evaluation.evidence.Context.early;
import static dev.sparring.evaluation.evidence.Context.notYet;
import static dev.sparring.evaluation.evidence.Context.unless;
import static dev.sparring.evaluation.evidence.Lexicon.NUMBER;
import static dev.sparring.evaluation.evidence.Lexicon.TRADE_OFF;
import static dev.sparring.evaluation.evidence.Lexicon.any;
import static dev.sparring.evaluation.evidence.Lexicon.phrases;
import static dev.sparring.evaluation.evidence.Rule.contradicts;
import static dev.sparring.evaluation.evidence.Rule.supports;

import dev.sparring.evaluation.evidence.Rule.Scope;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Rules for CODING rounds (rubrics/coding.yml). Phases follow the senior-swe kit. */
final class CodingRules {

    /** Constraints are clarified before coding: the clarify phase, or the first 5 minutes whatever the phase. */
    private static final Predicate<Context> EARLY = early(Set.of("clarify"), Duration.ofMinutes(5));

    /** What a constraint question is about: input size and ranges, empty/null, duplicates, order, memory, ... */
    private static final String CONSTRAINT_TOPIC = any("inputs?", "sizes?", "large", "big", "long",
            "how (?:many|much|big|large|long)", "length", "ranges?", "bounds?", "limits?", "max(?:imum)?",
            "min(?:imum)?", "negative", "zero", "nulls?", "nullable", "empty", "duplicates?", "unique", "distinct",
            "sorted", "order(?:ed|ing)?", "memory", "fits?", "mutable", "immutable", "modify", "mutate", "in[- ]place",
            "capacity", "integers?", "ints?", "longs?", "floats?", "doubles?", "decimals?", "precision", "overflow",
            "characters?", "ascii", "unicode", "case[- ]sensitive", "ties?", "thread[- ]?safe", "threads?",
            "concurren\\w+", "valid", "invalid", "malformed", "return", "throw", "exceptions?", "errors?",
            "expected", "output", "stream\\w*", "constraints?", "assume", "values?", "keys?", "types?", "format",
            "repeated", "overlap\\w*", "touch\\w*", "inclusive", "exclusive");

    static final List<Rule> RULES = List.of(
            // clarifies-constraints
            supports("constraint-question-early", "clarifies-constraints",
                    "asked about constraints (input size, ranges, empty or null input, duplicates, ordering, memory) "
                            + "before coding",
                    phrases(CONSTRAINT_TOPIC), Scope.QUESTIONS, EARLY),
            supports("contract-restated", "clarifies-constraints",
                    "restated the problem as an explicit contract or stated assumptions to confirm before coding",
                    phrases("let me (?:restate|repeat|rephrase|make sure i (?:understand|have|got|get))",
                            "(?:to|just to) (?:restate|confirm|double-check)",
                            "so (?:the|my) (?:contract|signature|function) (?:is|would be|looks like)",
                            "(?:up to|at most|no more than|at least) (?:" + NUMBER
                                    + "|n|ten|a (?:million|billion|thousand))",
                            "(?:can|may|should) i assume", "i'll assume", "let's assume",
                            "assuming (?:that )?(?:the )?(?:input|array|list|string|keys?|values?|numbers?|capacity"
                                    + "|n)\\b"),
                    Scope.TEXT, EARLY),
            contradicts("code-before-clarifying", "clarifies-constraints",
                    "started coding in the first minutes without asking about or stating any constraint",
                    phrases("(?:let me|let's|i'll|i will|i'm going to|gonna|i'm gonna) (?:just )?(?:start|begin"
                                    + "|jump into|dive into|get (?:into|to)|go straight to) (?:coding|writing "
                                    + "(?:the )?code|the code|implementing|writing it)",
                            "(?:let me|i'll) just (?:code|write|type) (?:it|this|something)(?: up| out)?",
                            "figure (?:it|the rest) out as i go"),
                    Scope.TEXT, EARLY.and(notYet("constraint-question-early", "contract-restated"))),
            contradicts("clarifying-dismissed", "clarifies-constraints",
                    "said there was no need to ask about the constraints",
                    phrases("(?:don't|do not|no) need to (?:ask|clarify|check)",
                            "no (?:need for )?(?:clarifying )?questions",
                            "(?:the )?(?:problem|prompt|question|task) (?:is|seems|looks) (?:pretty |fairly |quite "
                                    + "|very )?(?:clear|obvious|straightforward|simple)")),

            // complexity-trade-offs
            supports("big-o-stated", "complexity-trade-offs",
                    "stated time or space complexity (\"O(n log n)\", \"linear time\", \"constant space\")",
                    phrases("o\\s*\\(\\s*[^()]{1,20}(?:\\([^()]*\\))?[^()]{0,10}\\)", "big[- ]o",
                            "(?:linear|constant|logarithmic|log|quadratic|cubic|exponential|polynomial|n log n"
                                    + "|sublinear|amortized(?: constant)?)(?: extra| additional| auxiliary)? "
                                    + "(?:time|space|memory|work)",
                            "(?:is|it's|stays|remains|be|becomes) (?:linear|quadratic|constant|logarithmic)",
                            "(?:n|k|m) log (?:n|k|m)", "n squared", "n\\^2", "(?:time|space|runtime|memory) complexity",
                            "(?:extra|additional|auxiliary) (?:space|memory)")),
            supports("approach-comparison", "complexity-trade-offs",
                    "compared approaches on time or space (\"a hash set would be linear but costs memory\")",
                    phrases(TRADE_OFF, "beats", "(?:faster|slower|cheaper|better|worse) than",
                            "(?:would|could) (?:get|bring) (?:us|it|this) (?:down )?to",
                            "costs? (?:us )?(?:o\\(|more (?:memory|space|time))",
                            "(?:time|space)[- ]for[- ](?:space|time)",
                            "uses? (?:more|less) (?:memory|space)", "saves? (?:memory|space|time)")),
            contradicts("complexity-unknown", "complexity-trade-offs",
                    "could not state the complexity or dismissed performance (\"not sure what the complexity is\", "
                            + "\"fast enough\")",
                    phrases("(?:not|n't) (?:really |quite |totally |entirely )?sure (?:what|about|of|how) (?:the )?"
                                    + "(?:complexity|big[- ]o|runtime|running time|time complexity)",
                            "(?:don't|do not) know (?:the |what the )?(?:complexity|big[- ]o|runtime)", "fast enough",
                            "(?:don't|do not|no|won't)(?: think we)? need to (?:worry|think|care) about (?:performance"
                                    + "|complexity|efficiency|speed|optimi[sz]\\w+)",
                            "(?:performance|complexity|efficiency) (?:doesn't|does not|won't) (?:really )?matter",
                            "(?:it's|it is|should be) probably fine")),

            // code-quality
            supports("readability-and-structure", "code-quality",
                    "worked on readability and structure (naming, helpers, extracting methods, comments)",
                    phrases("renam\\w*", "(?:call|name) (?:this|that|it|the \\w+)(?: variable| method| function)? \\w+ "
                                    + "(?:instead|so)",
                            "reads? (?:better|cleaner|more clearly)", "readab\\w+", "refactor\\w*", "extract\\w*",
                            "clean(?:er)? (?:this |it )?up", "helpers?",
                            "(?:its|their) own (?:\\w+ )?(?:function|method|class|type|module)",
                            "(?:a )?separate (?:function|method|class|helper)", "pull (?:\\w+ ){0,3}(?:into|out)",
                            "(?:clearer|better|descriptive|meaningful|good) names?", "naming", "comments?",
                            "single responsibility", "encapsulat\\w+", "guard clauses?", "early returns?",
                            "magic numbers?", "named constants?", "duplicat\\w+ (?:logic|code)",
                            "split (?:this|it) (?:into|up)")),
            supports("invariants-explicit", "code-quality",
                    "made invariants explicit (sentinels, guarded state, what always holds)",
                    phrases("invariants?", "sentinels?", "dummy (?:head|tail|node)s?", "pre-?conditions?",
                            "post-?conditions?", "guarded state", "(?:always|never) (?:has|have|holds?|points? to)",
                            "by construction",
                            "removes? (?:all )?(?:the )?(?:null checks|special cases|edge cases)")),
            contradicts("quality-dismissed", "code-quality",
                    "dismissed code quality (copy-paste, meaningless names, \"naming doesn't matter\")",
                    phrases("(?:naming|names|readability|style|clean code|code quality|structure) (?:doesn't|does not"
                                    + "|don't|do not|won't) (?:really )?matter",
                            "copy[- ]?past\\w*",
                            "(?:i'll|let me|just) (?:just )?(?:hard-?code|duplicate) (?:it|this|that)",
                            "quick and dirty", "hack(?:y|ish)", "clean (?:it|this|that) up later",
                            "(?:call|name) (?:it|everything|them|these|things) (?:x|y|a|b|tmp|temp|foo|stuff)",
                            "(?:ugly|messy) but (?:it )?works")),

            // tests-edge-cases
            supports("edge-cases-named", "tests-edge-cases",
                    "named edge cases to check (empty input, single element, boundaries, null, overflow, duplicates)",
                    phrases("edge[- ]cases?", "corner[- ]cases?", "empty", "single[- ]element", "one element",
                            "single (?:item|element|node|entry|value)", "nulls?", "overflow\\w*", "underflow",
                            "off[- ]by[- ]one", "boundar\\w+", "duplicates", "all[- ]equal", "same values?",
                            "negative (?:numbers|values|inputs?)", "zero", "capacity (?:of )?(?:zero|one|0|1)",
                            "(?:largest|max(?:imum)?|biggest|huge|very large) (?:input|value|size|n)",
                            "max_value", "min_value",
                            "(?:touching|adjacent|equal) (?:intervals|boundaries|endpoints|meetings)",
                            "ends? exactly when", "race conditions?")),
            supports("tests-planned", "tests-edge-cases",
                    "tested the code or planned tests (tracing examples, unit tests, asserts, deterministic time)",
                    phrases("(?:unit |integration |property[- ]based )?tests?", "testing", "test cases?", "assert\\w*",
                            "let me (?:test|try|trace|check|walk|run|dry[- ]run)",
                            "(?:trace|walk|run) (?:it |this |them |those )?(?:through|with|on)", "dry[- ]run",
                            "(?:inject|use|pass) (?:a )?(?:fake|fixed|mock|stub)\\w*"
                                    + "(?: (?:clock|time|random\\w*|seed))?",
                            "deterministic", "repeatable", "reproducible", "fixed seed")),
            contradicts("testing-skipped", "tests-edge-cases",
                    "declared the code done or untestable without checking any case",
                    phrases("(?:don't|do not|no|won't) (?:really )?need (?:to test|tests|testing|to check|to trace"
                                    + "|to run)",
                            "(?:too |pretty |fairly )?(?:simple|straightforward|obvious|trivial) to (?:need )?test",
                            "(?:the )?code(?:'s| is) (?:done|finished|complete)",
                            "(?:pretty )?(?:sure|confident) (?:it|this|that) works",
                            "(?:that|this) covers (?:it|everything)", "no bugs"),
                    Scope.TEXT, unless("edge-cases-named", "tests-planned")),
            contradicts("happy-path-only", "tests-edge-cases",
                    "checked only the example from the prompt, with no edge case",
                    phrases("(?:the |that |this )?(?:given|sample|provided|original|prompt's|same) example",
                            "example (?:from|in) the (?:prompt|problem|question)"),
                    Scope.TEXT, unless("edge-cases-named")));

    private CodingRules() {
    }
}
