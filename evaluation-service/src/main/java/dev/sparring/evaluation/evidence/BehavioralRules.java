package dev.sparring.evaluation.evidence;

import static dev.sparring.evaluation.evidence.Context.mentions;
import static dev.sparring.evaluation.evidence.Context.unless;
import static dev.sparring.evaluation.evidence.Lexicon.ABSOLUTE;
import static dev.sparring.evaluation.evidence.Lexicon.FIRST_PERSON_ACTION;
import static dev.sparring.evaluation.evidence.Lexicon.NUMBER;
import static dev.sparring.evaluation.evidence.Lexicon.NUMBER_WORD;
import static dev.sparring.evaluation.evidence.Lexicon.PAST_VERB;
import static dev.sparring.evaluation.evidence.Lexicon.TRADE_OFF;
import static dev.sparring.evaluation.evidence.Lexicon.any;
import static dev.sparring.evaluation.evidence.Lexicon.phrases;
import static dev.sparring.evaluation.evidence.Rule.contradicts;
import static dev.sparring.evaluation.evidence.Rule.supports;

import dev.sparring.evaluation.evidence.Rule.Scope;
import java.util.List;

/**
 * Rules for BEHAVIORAL rounds (rubrics/behavioral.yml). Behavioral answers are long, so several contradicting rules
 * only fire when the same answer has no supporting evidence: one "we decided" next to "I drove the rollout" is
 * normal speech, not team altitude.
 */
final class BehavioralRules {

    private static final String TIME_UNIT = any("ms", "milliseconds?", "seconds?", "minutes?", "hours?", "days?",
            "weeks?", "months?", "sprints?");
    private static final String AMOUNT_OR_FREQUENCY = any("\\d[\\d,.]*\\s*(?:%|k|x|ms|s|m)?", NUMBER_WORD,
            "bi-?weekly", "weekly", "monthly", "quarterly", "daily", "hourly", "yearly", "once a \\w+",
            "every (?:\\w+ )?(?:day|week|month|quarter|sprint)");
    private static final String APPROXIMATELY = "(?:about |around |roughly |approximately |over |under |nearly "
            + "|almost |below |less than |more than |just |~)?";

    static final List<Rule> RULES = List.of(
            // specific-problem
            supports("situation-time-frame", "specific-problem",
                    "placed the story in a real time frame or place (a date, \"when I joined\", \"last year\")",
                    phrases("(?:in|during|around|since|by|early|late|mid)[- ](?:19|20)\\d\\d",
                            "(?:in|during|around|by|early|late|mid)[- ](?:january|february|march|april|june|july"
                                    + "|august|september|october|november|december)",
                            "last (?:year|quarter|month|summer|winter|spring|autumn|fall|week|sprint)",
                            "(?:when|after|shortly after|soon after|right after|just after|the week) i joined",
                            "(?:my|our) first (?:week|month|quarter|year|few weeks)",
                            "(?:a|two|three|four|five|six|a few|a couple of|\\d+) (?:years|months|weeks) ago",
                            "(?:at|in) my (?:previous|last|current|old|first) (?:company|job|role|team|employer)",
                            "q[1-4](?: \\d{4})?", "black friday", "cyber monday",
                            "the (?:spring|summer|holiday|christmas) (?:sale|season|peak|launch)")),
            supports("situation-named-system", "specific-problem",
                    "named the concrete system the story is about (\"our checkout service\", \"the nightly job\")",
                    // "the database" alone is any story; "the nightly reconciliation job" is this one
                    phrases("(?:(?:our|their|my team's) (?:[\\w-]+ ){0,2}|the (?:[\\w-]+ ){1,2})(?:service|system"
                            + "|pipeline|job|cluster"
                            + "|platform|api|database|db|monolith|queue|cache|frontend|backend|app|website|codebase"
                            + "|release process|deploy(?:ment)? pipeline|integration suite|on-call rotation"
                            + "|data warehouse|etl)s?")),
            supports("situation-stakes", "specific-problem",
                    "made the stakes concrete (numbers, money, outages, deadlines, people affected)",
                    phrases("\\d[\\d,.]*\\s*(?:%|percent|k|x)?\\s*(?:of (?:orders|requests|users|customers|traffic"
                                    + "|payments|revenue)|orders|users|customers|merchants|requests|errors|tickets"
                                    + "|incidents|outages|pages|dollars|hours|days|ms|milliseconds|seconds)",
                            "\\$\\d[\\d,.]*\\s*(?:k|m|million|thousand)?",
                            "(?:losing|lost|cost(?:ing)?(?: us)?) (?:money|revenue|customers|users|deals|\\w+ "
                                    + "(?:thousand|million) dollars)",
                            "outages?", "incidents?", "sev[- ]?[0-3]", "deadline", "cut-?off", "sla", "churn\\w*",
                            "paged", "burn(?:ing|ed|t)? out", "missed (?:the|our|a) \\w+",
                            "(?:a|one|two|three|\\w+) days? late", "escalations", "complain\\w*",
                            "(?:was|were) blocked")),
            contradicts("hypothetical-or-generic", "specific-problem",
                    "answered with a habit or hypothetical (\"usually I would\", \"in general\", \"I always\") "
                            + "instead of one real situation",
                    phrases("usually", "typically", "normally", "in general", "generally speaking", "i always",
                            "i (?:usually|typically|normally|generally|tend to)",
                            "i(?:'d| would) (?:usually|typically|probably|normally|generally)",
                            "what i (?:usually|typically|normally|generally|would) do",
                            "i'm (?:the|a) (?:kind|type|sort) of (?:person|engineer|leader|developer|manager)",
                            "hypothetically", "if (?:i|we) (?:were|was) (?:ever )?(?:in|to|faced)",
                            "in (?:that kind of situation|a situation like that)",
                            "i've (?:done|worked on|seen|handled) (?:lots|a lot|many|plenty|tons|loads) of",
                            "that's how i (?:handle|approach|deal with)", "my (?:general )?approach is"),
                    Scope.TEXT, unless("situation-time-frame", "situation-named-system", "situation-stakes")),

            // ownership
            supports("first-person-action", "ownership",
                    "said what they did themselves, in the first person (\"I identified\", \"I drove\", "
                            + "\"I took it on\")",
                    phrases(FIRST_PERSON_ACTION)),
            contradicts("team-altitude", "ownership",
                    "described only what \"we\" or \"the team\" did, with no action of their own in the same answer",
                    phrases("we (?:all )?(?:did|decided|built|fixed|rolled|shipped|came up with|agreed|chose|figured"
                                    + "|implemented|migrated|moved|split|worked|made|solved|launched|delivered"
                                    + "|started|handled|tried|were asked)",
                            "the team (?:\\w+ )?(?:decided|did|built|came up with|agreed|chose|figured|handled|fixed"
                                    + "|worked|shipped|made|owned|drove|delivered)",
                            "as a team", "(?:i was|i'm|i am) (?:just )?(?:part of|one of) (?:a|the|our|an|this)",
                            "(?:my|our) (?:manager|lead|boss|director|tech lead|pm) (?:asked|told|assigned|wanted|had)"
                                    + " (?:us|the team)",
                            "everyone did (?:their|his|her|our) (?:bit|part)", "it was a team effort"),
                    Scope.TEXT, unless("first-person-action")),

            // concrete-actions
            supports("sequenced-actions", "concrete-actions",
                    "walked through the steps they took in order (\"first I ..., then I ...\", or \"I set up ..., "
                            + "compared ... and switched ...\")",
                    phrases("(?:first(?:ly)?|to start(?: with)?|to begin(?: with)?|then|next|after that|afterwards"
                                    + "|from there|finally|eventually|at that point|the next (?:day|week|morning))"
                                    + ",?\\s+"
                                    + "(?:i\\s+)?(?:\\w+ly\\s+)?" + PAST_VERB,
                            "i (?:started|began) (?:by|with) \\w+ing",
                            "my (?:first|next) (?:step|move) was(?: to)? \\w+",
                            "once i (?:could|had|did|knew|saw|found)[^.;]{0,40}?,\\s*i\\s+(?:\\w+ly\\s+)?"
                                    + PAST_VERB,
                            FIRST_PERSON_ACTION + "[^.;]{3,80}?,\\s*(?:and\\s+)?(?:\\w+ly\\s+)?" + PAST_VERB
                                    + "[^.;]{3,80}?,?\\s*(?:and|then)\\s+(?:\\w+ly\\s+)?" + PAST_VERB)),
            contradicts("vague-actions", "concrete-actions",
                    "described the action only vaguely (\"we fixed it\", \"I talked to some people\")",
                    phrases("(?:we|i|they) (?:just |eventually |finally )?(?:fixed|sorted|solved|handled|figured"
                                    + "|worked|dealt with|took care of|resolved|cleaned) (?:it|things|this|that"
                                    + "|everything|the issue|the problem)(?: out| up)?(?=\\s+and\\b|[.,!]|$)",
                            "talked to (?:some |a few |a couple of |various |a bunch of )?(?:people|folks|them"
                                    + "|everyone|stakeholders)(?=[.,]| and\\b|$)",
                            "(?:things|it) (?:got|went) (?:better|back to normal)", "resolved itself",
                            "(?:kind of|sort of) (?:worked out|resolved)"),
                    Scope.TEXT, unless("sequenced-actions")),

            // measurable-outcome
            supports("before-and-after", "measurable-outcome",
                    "gave a measured result against a baseline (\"from bi-weekly to daily\", \"from 900 ms to "
                            + "250 ms\", \"40 minutes instead of eleven hours\")",
                    phrases("from " + APPROXIMATELY + AMOUNT_OR_FREQUENCY + "[^.;]{0,40}?\\bto\\b[^.;]{0,25}?"
                                    + any(AMOUNT_OR_FREQUENCY, "every", "multiple", "several", "zero", "none"),
                            "used to (?:take|be|cost|need|require|run|happen|fail)\\b[^.]{0,60}?\\b(?:\\d|"
                                    + NUMBER_WORD + ")\\b[^.]{0,120}?\\b(?:\\d|" + NUMBER_WORD + ")",
                            "(?:\\d[\\d,.]*|" + NUMBER_WORD + ")\\s*" + TIME_UNIT + "\\s+instead of\\s+" + APPROXIMATELY
                                    + "(?:\\d[\\d,.]*|" + NUMBER_WORD + ")?\\s*" + TIME_UNIT,
                            "(?:down|up|dropped|fell|went|rose|grew|shrank) to " + APPROXIMATELY + NUMBER)),
            supports("change-by-amount", "measurable-outcome",
                    "quantified the change (\"reduced by 30%\", \"3x faster\", \"saved 20 hours a week\")",
                    phrases("(?:reduced|increased|cut|dropped|fell|rose|grew|improved|decreased|lowered|raised"
                                    + "|shrank|shaved|slashed|went (?:down|up)|came down|sped (?:\\w+ )?up"
                                    + "|brought (?:\\w+ ){0,2}down)\\b[^.;]{0,40}?\\bby " + APPROXIMATELY
                                    + "(?:" + NUMBER + "|" + NUMBER_WORD + "|half|an order of magnitude)",
                            "(?:halved|doubled|tripled|quadrupled)",
                            "\\d+(?:\\.\\d+)?\\s*(?:x|times) (?:faster|cheaper|fewer|less|more|smaller|quicker|lower"
                                    + "|higher)",
                            "(?:saved|saving|freed up)\\s+(?:us |the team |them )?" + APPROXIMATELY + "(?:\\$?"
                                    + NUMBER + "|"
                                    + NUMBER_WORD + ")",
                            "\\d+(?:\\.\\d+)?\\s*(?:%|percent) (?:fewer|less|more|faster|cheaper|lower|higher"
                                    + "|reduction|improvement|increase|decrease|drop)")),
            contradicts("vague-outcome", "measurable-outcome",
                    "described the outcome only qualitatively (\"it went well\", \"everyone was happy\") with no "
                            + "numbers",
                    phrases("(?:it|that|things|everything|the (?:project|launch|migration|rollout|release|change)) "
                                    + "(?:went|worked out|turned out|played out) (?:really |very |pretty |quite |super "
                                    + "|extremely )?(?:well|great|fine|smoothly|nicely|ok|okay)",
                            "(?:was|were|been) (?:a |an )?(?:big |huge |great |real |massive )?success(?:ful)?",
                            "(?:a|an) (?:big|huge|great|real|massive) success",
                            "everyone (?:was|were) (?:really |very |super )?(?:happy|pleased|satisfied|thrilled)",
                            "(?:the )?(?:stakeholders|customers|users|team|management|leadership|people|product"
                                    + "|business) (?:were|was) (?:really |very |super )?(?:happy|pleased|satisfied"
                                    + "|thrilled)",
                            "made a (?:big |huge |real )?difference", "paid off", "things got (?:a lot )?better",
                            "(?:improved|helped) (?:a lot|significantly|dramatically|massively|tremendously)",
                            "positive (?:feedback|impact|outcome)"),
                    Scope.TEXT, unless("before-and-after", "change-by-amount")),

            // trade-offs-acknowledged
            supports("trade-off-accepted", "trade-offs-acknowledged",
                    "named the trade-off they accepted and what it cost (\"the trade-off was\", \"we accepted\", "
                            + "\"at the cost of\")",
                    phrases(TRADE_OFF, "(?:we|i) (?:knowingly |consciously |deliberately )?(?:accepted|chose to accept"
                                    + "|took on|lived with|traded)",
                            "what (?:we|i) traded", "(?:an |the )?acceptable (?:price|cost|risk|trade|downside)",
                            "worth (?:it|the (?:cost|risk|price))", "the price (?:was|we paid)",
                            "(?:which|that|this|it) (?:cost us|slowed|delayed)", "tech(?:nical)? debt",
                            "meant (?:occasionally |sometimes |some |a few |more |less |slower |losing |giving up )",
                            "lock(?:ed|s)? (?:us )?in", "lock-in",
                            "(?:deliberately|consciously) (?:left|dropped|skipped|cut|deferred|postponed)",
                            "(?:cut|dropped|deferred|descoped|punted on|left out)[^.;]{0,40}?(?:to (?:hit|make|meet"
                                    + "|ship)|so (?:we|that we) could)",
                            "(?:to|so we could) (?:hit|make|meet) (?:the|our|a|their|the \\w+'s?) (?:\\w+ )?"
                                    + "(?:date|deadline)")),
            contradicts("costless-choice", "trade-offs-acknowledged",
                    "presented their choice as costless or the alternative as simply wrong",
                    phrases(ABSOLUTE)),

            // reflection
            supports("hindsight", "reflection",
                    "reflected on what they would do differently or what they learned (\"in hindsight\", \"next time "
                            + "I'd\", \"I learned\")",
                    phrases("in hindsight", "with hindsight", "looking back", "in retrospect",
                            "if i (?:did|had|were to do|could do|had to do) (?:it|that|this|things)(?: \\w+)? "
                                    + "(?:again|over)",
                            "(?:i'd|i would|i'll|i will) (?:have )?do(?:ne)? (?:it |things |that |this |\\w+ )?"
                                    + "differently",
                            "what i(?:'d| would) (?:do|change) differently",
                            "(?:i'd|i would|i should|i could) have (?:\\w+ ){0,3}?(?:earlier|sooner|instead|first"
                                    + "|differently)",
                            "next time,? i(?:'d| would| will|'ll)?", "i (?:learned|realized|realised)", "i've learned",
                            "lessons? (?:i|was|were|learned|for me)", "what i took away", "(?:main |big )?takeaway",
                            "(?:my|our) mistake", "i (?:should|could) have", "since then,? i", "(?:that|it) taught me",
                            "i now", "i (?:changed|started|stopped) (?:how|the way|doing)", "the thing i changed")),
            contradicts("would-change-nothing", "reflection",
                    "said they would change nothing",
                    phrases("(?:wouldn't|would not|won't|would never) (?:really )?(?:change|do) (?:a (?:single )?thing"
                                    + "|anything|much)(?: differently)?",
                            "nothing (?:i'd|i would|to) (?:change|do differently)",
                            "(?:went|happened) exactly (?:as|like) (?:planned|expected)", "no regrets",
                            "(?:i'd|i would) do (?:it|everything) (?:exactly )?the same")),
            contradicts("blames-others", "reflection",
                    "put the outcome on others instead of reflecting on their own part",
                    phrases("(?:it was|that was|it's|that's) (?:entirely |all |mostly |really |totally )?(?:their|his"
                                    + "|her|the other team's|management's|product's|the vendor's|the client's) fault",
                            "(?:because|since) (?:of )?(?:the other team|the \\w+ team|they|product|management"
                                    + "|the vendor|the client|ops|qa|leadership)(?: \\w+){0,2} (?:didn't|did not"
                                    + "|failed to|never|couldn't|wouldn't|refused)",
                            "blamed? (?:the|them|it on|management|product)",
                            "(?:wasn't|was not) (?:really )?(?:my|our) fault")),
            contradicts("generic-lesson", "reflection",
                    "offered a generic lesson (\"communication is important\", \"communicate more\") not tied to "
                            + "the story",
                    phrases("(?:communication|communicating|teamwork|collaboration|planning|testing|documentation"
                                    + "|alignment|transparency) (?:is|was|are) (?:really |very |super |so |extremely )?"
                                    + "(?:important|key|crucial|essential|vital|everything)",
                            "(?:communicate|plan|test|document|collaborate) (?:more|better)(?=[.,!]|$| and\\b)",
                            "over-?communicate")),

            // ambiguity-and-influence
            supports("influences-without-authority", "ambiguity-and-influence",
                    "brought people they do not manage along with data, proposals or buy-in (\"I aligned\", "
                            + "\"got buy-in\", \"proposed an alternative\")",
                    phrases("i (?:aligned|convinced|persuaded|negotiated|pitched|lobbied|won (?:\\w+ )?over"
                                    + "|sat (?:down )?with|brought (?:\\w+ ){0,3}(?:along|on board|together|in))",
                            "(?:got|getting) (?:the )?(?:[\\w-]+ ){0,3}(?:to agree|on board|buy-?in|sign-?off"
                                    + "|agreement|alignment|consensus)",
                            "(?:got|won) (?:buy-?in|sign-?off|agreement)",
                            "(?:used|showed|shared|presented|brought|pulled) (?:them |the |our |some |their )?"
                                    + "(?:[\\w-]+ ){0,2}?(?:data|numbers|metrics|evidence|dashboards?|benchmarks?"
                                    + "|prototype)",
                            "proposed (?:an? )?(?:alternative|compromise|middle ground)", "offered (?:that|to)",
                            "made the case", "built (?:a )?consensus",
                            "(?:found|reached) (?:a )?(?:compromise|middle ground)",
                            "(?:understood|understand) (?:their|what they) (?:incentives|concerns|needs|wanted"
                                    + "|cared)",
                            "what (?:each|they|both|every team|each team|each side) (?:actually |really )?(?:needed"
                                    + "|wanted|cared about|decided)",
                            "(?:set up|organi[sz]ed|ran|held|called) (?:a |an )?(?:session|meeting|workshop|call"
                                    + "|review) with",
                            "i (?:asked|interviewed|met with|talked to|sat with) (?:the |each |both |all )?"
                                    + "(?:\\w+ ){0,2}(?:teams?|stakeholders|leads?|owners?|customers)",
                            "proposed (?:a|an) [\\w-]+", "signed off")),
            supports("creates-clarity", "ambiguity-and-influence",
                    "turned an unclear goal into something concrete (\"I defined the metrics\", \"I wrote the "
                            + "problem statement\")",
                    phrases("i (?:defined|wrote (?:up )?(?:a|an|the)|drafted|framed|clarified|scoped|narrowed"
                            + "|broke (?:it|\\w+) down|turned (?:it|this|that|\\w+) into|set (?:the )?(?:goals?"
                            + "|metrics|direction|success criteria|targets?)|came up with (?:a |an )?(?:plan"
                            + "|proposal|definition|framework)|wrote down)")),
            supports("works-across-disagreement", "ambiguity-and-influence",
                    "faced ambiguity, disagreement or another team's stake and said what they did about it",
                    phrases("unclear", "ambiguous", "ambiguity", "vague", "undefined",
                            "no clear (?:owner|goal|direction|definition|requirements|scope)",
                            "nobody (?:had )?(?:defined|owned|knew|could tell)", "stakeholders?", "another team",
                            "other teams?", "(?:wanted|needed) (?:opposite|different|conflicting) things",
                            "pushed back", "disagreed", "disagreement", "conflicting (?:goals|priorities|requirements)",
                            "cross-team", "competing priorities"),
                    Scope.TEXT, mentions(phrases(FIRST_PERSON_ACTION))),
            contradicts("waits-or-escalates", "ambiguity-and-influence",
                    "waited for someone else to define or decide, or escalated instead of influencing",
                    phrases("i (?:waited|was waiting|kept waiting) (?:for|until)",
                            "waited (?:for|until) (?:\\w+ ){0,3}(?:to )?(?:clarif|decid|defin|tell|give|sign)\\w*",
                            "i escalated", "escalated (?:it |this |that |the (?:\\w+ ){0,2})?(?:to|up)",
                            "(?:she|he|they|my (?:manager|director|lead|boss|vp)) made the (?:call|decision)",
                            "(?:we|i) just did (?:our|my) best",
                            "(?:we|i) (?:just )?did what (?:we were|i was) told",
                            "(?:we|i) (?:just )?(?:built|did) what (?:they|product|the \\w+) (?:asked|said|wanted)")));

    private BehavioralRules() {
    }
}
