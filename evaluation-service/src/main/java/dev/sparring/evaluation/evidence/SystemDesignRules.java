package dev.sparring.evaluation.evidence;

import static dev.sparring.evaluation.evidence.Context.early;
import static dev.sparring.evaluation.evidence.Context.mentions;
import static dev.sparring.evaluation.evidence.Context.notYet;
import static dev.sparring.evaluation.evidence.Context.outsidePhases;
import static dev.sparring.evaluation.evidence.Context.unless;
import static dev.sparring.evaluation.evidence.Context.upFront;
import static dev.sparring.evaluation.evidence.Lexicon.ABSOLUTE;
import static dev.sparring.evaluation.evidence.Lexicon.ESTIMATE;
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

/** Rules for SYSTEM_DESIGN rounds (rubrics/system-design.yml). Phases follow the senior-swe kit. */
final class SystemDesignRules {

    private static final Set<String> PHASES = Set.of("requirements", "scale-estimate", "high-level-design",
            "deep-dive", "wrap-up");
    private static final Set<String> BEFORE_DESIGN = Set.of("requirements", "scale-estimate");

    /** Requirements come first: the requirements phase, or the first 10 minutes whatever the phase. */
    private static final Predicate<Context> EARLY = early(Set.of("requirements"), Duration.ofMinutes(10));
    /** Jumping to components counts against requirements only in the very first minutes. */
    private static final Predicate<Context> FIRST_MINUTES = early(Set.of("requirements"), Duration.ofMinutes(5));
    /** Estimates are worth most before the design: in those phases, or the first 10 minutes if the phase is unknown. */
    private static final Predicate<Context> BEFORE_DESIGNING = upFront(BEFORE_DESIGN, PHASES, Duration.ofMinutes(10));

    /** What a requirements question is about: users, scale, features, latency, consistency, scope, ... */
    private static final String REQUIREMENT_TOPIC = any("users?", "customers?", "clients?", "people", "dau", "mau",
            "actives?", "scale", "traffic", "load", "qps", "rps", "requests?", "throughput", "reads?", "writes?",
            "read[- /]write", "ratio", "read[- ]heavy", "write[- ]heavy", "latenc(?:y|ies)", "p9[059]",
            "percentiles?", "fast", "slow", "real[- ]?time", "delay\\w*", "late", "immediately", "fresh\\w*",
            "stale\\w*", "consisten\\w+", "availab\\w+", "uptime", "sla", "slo", "downtime", "durab\\w+",
            "data loss", "features?", "functional(?:ity)?", "non[- ]functional", "scope", "requirements?",
            "use[- ]cases?", "must[- ]haves?", "nice[- ]to[- ]haves?", "mvp", "global\\w*", "regions?", "geo\\w*",
            "countries", "mobile", "devices?", "how (?:many|much|big|large|long|often|fast)", "size", "storage",
            "retention", "history", "peak", "growth", "budget", "cost", "security", "privacy", "auth\\w*",
            "edit\\w*", "delet\\w*", "order\\w*", "search\\w*", "notif\\w+", "upload\\w*", "playback",
            "comments?", "recommendations?", "followers?", "follow", "celebrit\\w+", "analytics", "ranking",
            "media", "images?", "videos?", "photos?", "multi[- ]?tenan\\w*");

    /** Concrete components and products: naming them is designing. */
    private static final String COMPONENT = any("kafka", "redis", "memcached?", "cassandra", "dynamo\\w*",
            "postgres\\w*", "mysql", "mongo\\w*", "s3", "elasticsearch", "rabbitmq", "sqs", "kinesis", "spark",
            "flink", "hbase", "bigtable", "spanner", "zookeeper", "kubernetes", "k8s", "nginx", "cdn",
            "load balancers?", "api gateway", "message (?:queue|broker)", "microservices?",
            "(?:app|application|web) servers?", "shard\\w*", "(?:nosql|sql) (?:database|store|db)", "databases?",
            "cache", "queue");

    static final List<Rule> RULES = List.of(
            // requirements
            supports("requirements-question-early", "requirements",
                    "asked a clarifying question about requirements (users, scale, features, latency, consistency, "
                            + "scope) in the requirements phase or the first 10 minutes of the round, before designing",
                    phrases(REQUIREMENT_TOPIC), Scope.QUESTIONS, EARLY),
            supports("requirements-stated-early", "requirements",
                    "stated requirements, scope or non-functional targets as explicit assumptions to confirm, "
                            + "before designing",
                    phrases("assum\\w+\\b[^.?!;]{0,80}?\\b" + REQUIREMENT_TOPIC, "(?:non[- ])?functional requirements",
                            "out of scope", "in scope", "must[- ]haves?", "nice[- ]to[- ]haves?",
                            "(?:pin|nail) (?:down|a few things down|\\w+ down)",
                            "(?:let me|i'd like to|i want to|let's) (?:clarify|confirm|agree on|scope)",
                            "tell me if (?:any of )?(?:that|this)", "(?:three|four|five) nines",
                            "\\d+(?:\\.\\d+)?% (?:availability|uptime)"),
                    Scope.TEXT, EARLY),
            contradicts("design-before-requirements", "requirements",
                    "named components or technologies in the first minutes before asking about or stating any "
                            + "requirement",
                    phrases(COMPONENT), Scope.STATEMENTS,
                    FIRST_MINUTES.and(notYet("requirements-question-early", "requirements-stated-early"))),
            contradicts("requirements-skipped", "requirements",
                    "said the requirements were clear or skipped them to go straight to the design",
                    phrases("skip(?:ping)? (?:the )?(?:requirements|questions)",
                            "(?:go|jump|dive|get|move) (?:straight|right|directly) (?:in)?to (?:the )?(?:design"
                                    + "|architecture|diagram|boxes|components|solution|high[- ]level)",
                            "(?:requirements|prompt|problem|question) (?:is|are|seems?|looks?) (?:pretty |fairly "
                                    + "|quite |very )?(?:clear|obvious|straightforward)")),

            // scale-estimation
            supports("estimate-before-design", "scale-estimation",
                    "sized the system with a numeric estimate and units (QPS, users, storage, per day) before the "
                            + "high-level design",
                    phrases(ESTIMATE), Scope.TEXT, BEFORE_DESIGNING),
            supports("numeric-estimate", "scale-estimation",
                    "used a numeric estimate with units (QPS, users, storage, per day) to reason about the design",
                    phrases(ESTIMATE), Scope.TEXT, BEFORE_DESIGNING.negate()),
            supports("envelope-arithmetic", "scale-estimation",
                    "did back-of-the-envelope arithmetic from stated assumptions",
                    phrases(NUMBER + "\\s*(?:[x\u00d7*/]|times|divided by|multiplied by|over)\\s*" + NUMBER,
                            "(?:divided by|multiplied by|times)\\s+(?:roughly |about |around |~)?(?:" + NUMBER
                                    + "|a |one )",
                            "(?:that's|that is|which is|comes to|works out to|gives (?:us )?|call it)\\s+"
                                    + "(?:about |roughly |around |approximately |~)?" + NUMBER,
                            "[=\u2248]\\s*~?" + NUMBER),
                    Scope.TEXT, mentions(phrases(ESTIMATE))),
            contradicts("scale-hand-waved", "scale-estimation",
                    "waved scale away (\"it will scale\", \"no need for numbers\") without giving any numbers",
                    phrases("it(?:'ll| will) (?:just |easily |simply )?scale",
                            "scales? (?:infinitely|automatically|by itself|on its own)",
                            "(?:don't|do not|won't|no)(?: think we| really)? need (?:to (?:worry|think) about (?:the )?"
                                    + "(?:scale|numbers|load|traffic|capacity)|(?:precise |exact |any |the |real )?"
                                    + "(?:numbers|estimates|math))",
                            "not (?:worry|bother) (?:too much )?about (?:scale|numbers|the numbers)",
                            "(?:just|simply|always) (?:add|throw) more (?:servers|machines|nodes|hardware|instances)",
                            "the cloud (?:handles|takes care of|will handle)",
                            "(?:scale|traffic) (?:isn't|is not|won't be) (?:a|an) (?:problem|issue|concern)"),
                    Scope.TEXT, unless("estimate-before-design", "numeric-estimate")),

            // trade-offs
            supports("trade-off-language", "trade-offs",
                    "weighed options against each other or named what a choice costs (trade-off, downside, "
                            + "instead of, versus, at the cost of)",
                    phrases(TRADE_OFF)),
            contradicts("absolute-claim", "trade-offs",
                    "presented a technology or choice as absolute (\"always use\", \"the best\", \"no downside\")",
                    phrases(ABSOLUTE)),

            // deep-dive
            supports("depth-mechanism", "deep-dive",
                    "went below the boxes into a mechanism or failure mode (eviction, TTL, invalidation, replication, "
                            + "quorum, partitioning, idempotency, retries, backpressure, failover)",
                    phrases("evict\\w*", "lru", "lfu", "ttl", "time[- ]to[- ]live", "invalidat\\w+",
                            "write[- ](?:through|back|behind|ahead log)", "read[- ]through", "cache[- ]aside",
                            "cold start", "(?:cache )?warm(?:ing|-up|ed)?(?: up)? (?:the )?cache", "thundering herd",
                            "stampede", "request coalescing", "consistent hashing", "hash ring", "virtual nodes",
                            "replica(?:s|tion|ted)?", "quorum", "partition\\w*", "shard\\w*",
                            "hot (?:keys?|spots?|partitions?|shards?)", "back[- ]?pressure", "load[- ]shedding",
                            "idempoten\\w+", "dedup\\w*", "(?:request|idempotency|dedup(?:lication)?) (?:id|key)s?",
                            "retr(?:y|ies|ied)", "(?:exponential )?back-?off", "jitter", "failure modes?",
                            "fail-?over", "fail over", "leader election", "leaders?",
                            "followers? (?:with the|takes? over|catch(?:es)? up|lag)",
                            "split[- ]brain", "circuit[- ]breakers?", "timeouts?", "dead[- ]letter",
                            "at[- ]least[- ]once", "at[- ]most[- ]once", "exactly[- ]once", "outbox",
                            "two[- ]phase commit", "sagas?", "vector clocks?", "compaction", "bloom filters?",
                            "lsm", "b-?trees?", "secondary index\\w*", "fan[- ]?out on (?:write|read)", "heartbeats?",
                            "gossip", "checkpoint\\w*", "promote the (?:secondary|replica|follower)",
                            "(?:primary|node|leader|broker|consumer|producer|worker|service|server|instance|region"
                                    + "|replica|process|zone) (?:fails|dies|goes down|crashes|restarts|times out)",
                            "upserts?", "reprocess\\w*", "redeliver\\w*",
                            "double[- ](?:count|charge|write|process)\\w*",
                            "commit(?:s|ting)? (?:its |the |their )?offsets?", "(?:event|message) ids?",
                            "keyed (?:on|by)", "(?:optimistic|pessimistic) locking", "compare[- ]and[- ]swap",
                            "version (?:number|check)s?")),
            contradicts("deflects-depth", "deep-dive",
                    "deflected a depth question (\"not sure\", \"an implementation detail\", \"the library "
                            + "handles it\")",
                    phrases("(?:i'm|i am) not (?:really |totally |entirely |too |quite |a hundred percent |100% )?sure",
                            "not (?:really |totally )?sure (?:how|what|about)",
                            "(?:don't|do not) (?:really )?know (?:the details|the specifics|how|what|much about"
                                    + "|exactly)",
                            "(?:that's|that is|it's|it is) (?:more of |just |really |kind of |sort of |basically )?"
                                    + "(?:an |a )?implementation details?",
                            "(?:the )?(?:library|framework|cloud|database|vendor|provider|platform) (?:would |will )?"
                                    + "(?:takes? care of|handles?|will handle|would handle) (?:it|that|this)",
                            "(?:someone|the team|they|the \\w+ team)(?: \\w+){0,3} (?:would|will|could|can) figure "
                                    + "(?:it |that |this |out |the )",
                            "hand[- ]?wav\\w+"),
                    Scope.STATEMENTS, outsidePhases(BEFORE_DESIGN)),

            // drives-conversation
            supports("proposes-next-step", "drives-conversation",
                    "set the agenda or proposed the next step themselves (\"let me start with\", \"next I'll\", "
                            + "\"moving on to\")",
                    phrases("let(?:'s| me) (?:start|begin|kick off) (?:with|by)",
                            "i(?:'ll| will) (?:start|begin) (?:with|by)", "i(?:'ll| will) first",
                            "first,? (?:i'll|i will|let me|let's)",
                            "(?:next|then),? i(?:'ll| will|'d like to| want to)", "next,? (?:let's|let me)",
                            "let's (?:move on|now move|go deeper|dig into|dive into|switch to|turn to|look at)",
                            "moving on to", "(?:i'd|i would) like to (?:dig|dive|go deep|go deeper|move on|spend"
                                    + "|focus|look|start)",
                            "here's (?:my |the )?(?:plan|agenda)", "(?:my|the) plan (?:is|would be|for the next)",
                            "i(?:'ll| will) leave (?:time|\\w+ minutes)",
                            "does that (?:plan |approach |order )?(?:work|sound (?:good|ok|okay|right))",
                            "unless you'd (?:rather|prefer|like)", "before i (?:go deep|go deeper|do|move on|get into)",
                            "let me (?:check in|pause)", "i want to (?:flag|call out|focus|prioriti[sz]e|start)",
                            "i(?:'ll| will|'d) (?:spend|keep|focus|prioriti[sz]e)",
                            "we(?:'re| are) (?:at|about) (?:about |around )?\\d+ minutes")),
            supports("summarises-progress", "drives-conversation",
                    "summarised decisions so far, or closed with risks and monitoring",
                    phrases("to (?:summari[sz]e|recap|sum up|wrap up)", "in summary", "let me (?:summari[sz]e|recap)",
                            "(?:that|this) covers", "i(?:'ve| have) covered",
                            "(?:that's|that is) (?:the )?[\\w -]{1,30} (?:done|covered|settled)",
                            "(?:so far|overall) (?:we(?:'ve| have)|i(?:'ve| have))",
                            "let me (?:wrap up|close|sum up)", "(?:the )?(?:main|biggest|key) risks?",
                            "what (?:breaks|would break|fails) first", "i'd (?:monitor|alert on|put alerts)")),
            contradicts("asks-what-to-do", "drives-conversation",
                    "asked the interviewer what to do or where they were instead of proposing the next step",
                    phrases("what (?:should|shall|do|would|can) i (?:do|cover|talk about|focus on|discuss|draw|look at"
                                    + "|design)",
                            "what (?:do|would) you (?:want|like) me to", "what(?:'s| is) next",
                            "where (?:should|do) i (?:start|begin|go)", "where (?:do you want|would you like) me to",
                            "where were we", "something (?:else )?you want me to",
                            "should i (?:\\w+ ){0,4}?(?:now|next|first)",
                            "(?:i'm|i am) (?:not sure|unsure) what (?:to do|you want)", "tell me what (?:to|you want)",
                            "i lost my (?:thread|train of thought)",
                            "am i (?:on the right track|going in the right direction)")));

    private SystemDesignRules() {
    }
}
