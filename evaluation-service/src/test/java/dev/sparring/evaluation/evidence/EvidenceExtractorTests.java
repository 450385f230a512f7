package dev.sparring.evaluation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.ParticipantRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EvidenceExtractorTests {

    final EvidenceExtractor extractor = new EvidenceExtractor();

    static Utterance candidate(long sequence, RoundKind kind, String phase, long offsetSeconds, String text) {
        return new Utterance(sequence, "candidate-1", "Casey Candidate", ParticipantRole.CANDIDATE, 1, kind, phase,
                Duration.ofSeconds(offsetSeconds), text);
    }

    static Utterance interviewer(long sequence, RoundKind kind, String phase, long offsetSeconds, String text) {
        return new Utterance(sequence, "interviewer-1", "Ida Interviewer", ParticipantRole.INTERVIEWER, 1, kind, phase,
                Duration.ofSeconds(offsetSeconds), text);
    }

    List<String> rulesFired(RoundKind kind, Utterance... transcript) {
        return extractor.extract(kind, List.of(transcript)).stream().map(Evidence::rule).toList();
    }

    /** One utterance per rule that makes it fire: every rule the extractor knows has an example here. */
    static Stream<Arguments> oneExamplePerRule() {
        RoundKind sd = RoundKind.SYSTEM_DESIGN;
        RoundKind bh = RoundKind.BEHAVIORAL;
        RoundKind cd = RoundKind.CODING;
        return Stream.of(
                Arguments.of(sd, "requirements-question-early", "requirements", 60,
                        "How many daily users should we plan for?"),
                Arguments.of(sd, "requirements-stated-early", "requirements", 120,
                        "I'm assuming reads dominate writes and that eventual consistency is acceptable."),
                Arguments.of(sd, "design-before-requirements", "requirements", 30,
                        "I'd put Kafka in the middle and Cassandra behind it."),
                Arguments.of(sd, "requirements-skipped", "requirements", 30,
                        "The requirements are pretty clear, I'll jump straight into the design."),
                Arguments.of(sd, "estimate-before-design", "scale-estimate", 400,
                        "That's about 20k requests per second at peak."),
                Arguments.of(sd, "numeric-estimate", "deep-dive", 1800,
                        "At 5 TB a day the hot partition will fill in a week."),
                Arguments.of(sd, "envelope-arithmetic", "scale-estimate", 420,
                        "100 million users times 10 reads is 1 billion reads a day."),
                Arguments.of(sd, "scale-hand-waved", "scale-estimate", 400, "Don't worry, it will scale."),
                Arguments.of(sd, "trade-off-language", "high-level-design", 1000,
                        "Fan-out on write makes reads cheap at the cost of write amplification."),
                Arguments.of(sd, "absolute-claim", "high-level-design", 1000,
                        "NoSQL is always the best option for this."),
                Arguments.of(sd, "depth-mechanism", "deep-dive", 1800,
                        "I'd use consistent hashing so adding a node only moves a fraction of the keys."),
                Arguments.of(sd, "deflects-depth", "deep-dive", 1800, "That's an implementation detail."),
                Arguments.of(sd, "proposes-next-step", "high-level-design", 900,
                        "Let's move on to the read path."),
                Arguments.of(sd, "summarises-progress", "wrap-up", 2500,
                        "To summarize, we chose pull for celebrities and push for everyone else."),
                Arguments.of(sd, "asks-what-to-do", "high-level-design", 900, "What should I do next?"),

                Arguments.of(bh, "situation-time-frame", "stories", 60, "Back in 2021 our search went down."),
                Arguments.of(bh, "situation-named-system", "stories", 60,
                        "It was about our billing pipeline."),
                Arguments.of(bh, "situation-stakes", "stories", 60, "We were missing the SLA for the bank file."),
                Arguments.of(bh, "hypothetical-or-generic", "stories", 60, "In general I try to stay calm."),
                Arguments.of(bh, "first-person-action", "stories", 60, "I drove the migration plan."),
                Arguments.of(bh, "team-altitude", "stories", 60, "The team decided to rewrite it."),
                Arguments.of(bh, "sequenced-actions", "stories", 60,
                        "First I measured the queue depth, then I added a second consumer."),
                Arguments.of(bh, "vague-actions", "stories", 60, "We fixed it."),
                Arguments.of(bh, "before-and-after", "stories", 60, "Deploys went from weekly to daily."),
                Arguments.of(bh, "change-by-amount", "stories", 60, "Errors were reduced by 40%."),
                Arguments.of(bh, "vague-outcome", "stories", 60, "It went well."),
                Arguments.of(bh, "trade-off-accepted", "stories", 60,
                        "We accepted some tech debt to hit the date."),
                Arguments.of(bh, "costless-choice", "stories", 60, "It was a no-brainer."),
                Arguments.of(bh, "hindsight", "stories", 60, "In hindsight I'd have load tested earlier."),
                Arguments.of(bh, "would-change-nothing", "stories", 60, "I wouldn't change anything."),
                Arguments.of(bh, "blames-others", "stories", 60, "It was the other team's fault."),
                Arguments.of(bh, "generic-lesson", "stories", 60, "Communication is key."),
                Arguments.of(bh, "influences-without-authority", "stories", 60,
                        "I got buy-in from the payments team."),
                Arguments.of(bh, "creates-clarity", "stories", 60, "I defined what done meant for the project."),
                Arguments.of(bh, "works-across-disagreement", "stories", 60,
                        "The goals were ambiguous, so I wrote a one-pager."),
                Arguments.of(bh, "waits-or-escalates", "stories", 60, "I escalated it to my VP."),

                Arguments.of(cd, "constraint-question-early", "clarify", 60, "Can the array be empty?"),
                Arguments.of(cd, "contract-restated", "clarify", 90,
                        "Let me restate: return the indices, and there is exactly one answer."),
                Arguments.of(cd, "code-before-clarifying", "clarify", 20, "Let me just start coding."),
                Arguments.of(cd, "clarifying-dismissed", "clarify", 20, "No need to clarify anything."),
                Arguments.of(cd, "big-o-stated", "solve", 900, "This is O(n log n) because of the sort."),
                Arguments.of(cd, "approach-comparison", "solve", 900,
                        "A heap uses less memory than sorting everything."),
                Arguments.of(cd, "complexity-unknown", "solve", 900, "It's fast enough."),
                Arguments.of(cd, "readability-and-structure", "solve", 1200,
                        "Let me extract this into a helper."),
                Arguments.of(cd, "invariants-explicit", "solve", 1200,
                        "The invariant is that the window never holds more than k items."),
                Arguments.of(cd, "quality-dismissed", "solve", 1200, "It's hacky but whatever."),
                Arguments.of(cd, "edge-cases-named", "test-and-complexity", 2300,
                        "What about an off-by-one at the end?"),
                Arguments.of(cd, "tests-planned", "test-and-complexity", 2300, "I'd add a unit test for that."),
                Arguments.of(cd, "testing-skipped", "test-and-complexity", 2300, "The code is done."),
                Arguments.of(cd, "happy-path-only", "test-and-complexity", 2300,
                        "Let me run the sample example again."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("oneExamplePerRule")
    void everyRuleFiresOnItsExample(RoundKind kind, String rule, String phase, long offsetSeconds, String text) {
        // given a single candidate utterance written for the rule
        Utterance utterance = candidate(7, kind, phase, offsetSeconds, text);

        // when the round is extracted
        List<Evidence> evidence = extractor.extract(kind, List.of(utterance));

        // then that rule fires, for the competency it is listed under
        assertThat(evidence).extracting(Evidence::rule).contains(rule);
        Evidence fired = evidence.stream().filter(found -> found.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(extractor.rules(kind).get(fired.competency())).contains(rule);
        assertThat(fired.explanation()).isNotBlank();
        assertThat(text).contains(fired.quote().matched());
    }

    @ParameterizedTest
    @EnumSource(RoundKind.class)
    void everyListedRuleHasAnExample(RoundKind kind) {
        List<String> examples = oneExamplePerRule().filter(arguments -> arguments.get()[0] == kind)
                .map(arguments -> (String) arguments.get()[1]).toList();

        List<String> listed = extractor.rules(kind).values().stream().flatMap(List::stream).toList();

        assertThat(examples).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void rulesAreListedPerRubricCompetencyInRubricOrder() {
        assertThat(extractor.rules(RoundKind.SYSTEM_DESIGN)).containsOnlyKeys(EvidenceAgreementTests.COMPETENCIES
                .get(RoundKind.SYSTEM_DESIGN));
        for (RoundKind kind : RoundKind.values()) {
            assertThat(List.copyOf(extractor.rules(kind).keySet()))
                    .containsExactlyElementsOf(EvidenceAgreementTests.COMPETENCIES.get(kind));
        }
        assertThat(extractor.rules(RoundKind.SYSTEM_DESIGN).get("requirements"))
                .startsWith("requirements-question-early");
    }

    @Nested
    class SystemDesign {

        final RoundKind kind = RoundKind.SYSTEM_DESIGN;

        @Test
        void aRequirementsQuestionCountsOnlyEarly() {
            // given the same question at minute 1 of the requirements phase and at minute 26 of the deep dive
            String question = "What latency do users expect when they open the feed?";

            // when / then
            assertThat(rulesFired(kind, candidate(1, kind, "requirements", 60, question)))
                    .contains("requirements-question-early");
            assertThat(rulesFired(kind, candidate(1, kind, "deep-dive", 1560, question)))
                    .doesNotContain("requirements-question-early");
            assertThat(rulesFired(kind, candidate(1, kind, null, 300, question)))
                    .as("unknown phase, first 10 minutes").contains("requirements-question-early");
        }

        @Test
        void questionWordsWithoutAQuestionAreNotAQuestion() {
            // given a statement that merely opens with "How"
            Utterance statement = candidate(1, kind, "requirements", 60,
                    "How I'd handle the users is with a login service and a session cache.");

            // when / then
            assertThat(rulesFired(kind, statement)).doesNotContain("requirements-question-early");
        }

        @Test
        void aQuestionWithoutAQuestionMarkStillCounts() {
            Utterance question = candidate(1, kind, "requirements", 60, "How many users do we expect per day");

            assertThat(rulesFired(kind, question)).contains("requirements-question-early");
        }

        @Test
        void jumpingToComponentsCountsAgainstOnlyBeforeAnyRequirementsQuestion() {
            // given a requirements question, then a component choice
            Utterance asks = candidate(1, kind, "requirements", 30, "Is this read-heavy?");
            Utterance designs = candidate(3, kind, "requirements", 90, "Then I'd use Redis for the timelines.");

            // when / then: after the question, naming Redis is fine
            assertThat(rulesFired(kind, asks, designs)).doesNotContain("design-before-requirements");
            // and without it, naming Redis in the first minutes is jumping ahead
            assertThat(rulesFired(kind, designs)).contains("design-before-requirements");
            // but naming Redis twenty minutes in is just design
            assertThat(rulesFired(kind, candidate(3, kind, "high-level-design", 1200,
                    "Then I'd use Redis for the timelines."))).doesNotContain("design-before-requirements");
        }

        @Test
        void aComponentNamedInAQuestionIsNotADesignDecision() {
            Utterance question = candidate(1, kind, "requirements", 30, "Do we have to integrate with Kafka?");

            assertThat(rulesFired(kind, question)).doesNotContain("design-before-requirements");
        }

        @Test
        void estimatesCountUpFrontOrLater() {
            String estimate = "We'd see roughly 300 million daily active users.";

            assertThat(rulesFired(kind, candidate(1, kind, "scale-estimate", 400, estimate)))
                    .contains("estimate-before-design").doesNotContain("numeric-estimate");
            assertThat(rulesFired(kind, candidate(1, kind, "high-level-design", 1000, estimate)))
                    .contains("numeric-estimate").doesNotContain("estimate-before-design");
        }

        @Test
        void numbersThatAreNotEstimatesDoNotCount() {
            Utterance deployment = candidate(1, kind, "scale-estimate", 400,
                    "I'll run 3 replicas behind 2 load balancers.");

            assertThat(rulesFired(kind, deployment)).doesNotContain("estimate-before-design", "numeric-estimate");
        }

        @Test
        void handWavingScaleIsExcusedWhenNumbersAreGiven() {
            Utterance withNumbers = candidate(1, kind, "scale-estimate", 400,
                    "At 10k QPS it will scale fine on a handful of nodes.");

            assertThat(rulesFired(kind, withNumbers)).contains("estimate-before-design")
                    .doesNotContain("scale-hand-waved");
        }

        @Test
        void aNegatedTradeOffIsNotTradeOffLanguage() {
            // given the trigger right after "don't know the"
            Utterance negated = candidate(1, kind, "high-level-design", 1000, "I don't know the trade-off here.");
            // and a negation in an earlier clause that does not apply to it
            Utterance notNegated = candidate(2, kind, "high-level-design", 1000,
                    "We didn't shard, so the trade-off is a bigger primary.");

            assertThat(rulesFired(kind, negated)).doesNotContain("trade-off-language");
            assertThat(rulesFired(kind, notNegated)).contains("trade-off-language");
        }

        @Test
        void aNegatedFirstTriggerFallsThroughToALaterOne() {
            Utterance utterance = candidate(1, kind, "deep-dive", 1800,
                    "I wouldn't use LRU here; I'd evict by frequency instead.");

            Evidence depth = extractor.extract(kind, List.of(utterance)).stream()
                    .filter(found -> found.rule().equals("depth-mechanism")).findFirst().orElseThrow();

            assertThat(depth.quote().matched()).isEqualTo("evict");
        }

        @Test
        void deflectingDepthCountsAgainstDepth() {
            Utterance deflects = candidate(1, kind, "deep-dive", 1800, "I'm not sure how the replication works.");

            assertThat(extractor.extract(kind, List.of(deflects)))
                    .extracting(Evidence::competency, Evidence::polarity, Evidence::rule)
                    .contains(tuple("deep-dive", Polarity.CONTRADICTS, "deflects-depth"))
                    .doesNotContain(tuple("deep-dive", Polarity.SUPPORTS, "depth-mechanism"));
        }

        @Test
        void beingUnsureWhileAskingRequirementsIsNotDeflection() {
            Utterance unsure = candidate(1, kind, "requirements", 60, "I'm not sure whether we need search too?");

            assertThat(rulesFired(kind, unsure)).doesNotContain("deflects-depth");
        }
    }

    @Nested
    class Behavioral {

        final RoundKind kind = RoundKind.BEHAVIORAL;

        @Test
        void teamSpeakWithoutAnIActionCountsAgainstOwnershipAndQuotesTheTeamWords() {
            Utterance teamSpeak = candidate(1, kind, "stories", 300, "Then we decided as a team to move to Go.");

            List<Evidence> evidence = extractor.extract(kind, List.of(teamSpeak));

            assertThat(evidence).filteredOn(found -> found.rule().equals("team-altitude")).singleElement()
                    .satisfies(found -> {
                        assertThat(found.polarity()).isEqualTo(Polarity.CONTRADICTS);
                        assertThat(found.quote().matched()).isEqualTo("we decided");
                    });
        }

        @Test
        void teamSpeakWithOneIActionIsOwnership() {
            Utterance mixed = candidate(1, kind, "stories", 300,
                    "We decided to migrate, but I wrote the cutover runbook and ran the dry runs.");

            assertThat(rulesFired(kind, mixed)).contains("first-person-action").doesNotContain("team-altitude");
        }

        @Test
        void statesAndFeelingsAreNotActions() {
            Utterance feelings = candidate(1, kind, "stories", 300, "I was part of the team and I felt proud.");

            assertThat(rulesFired(kind, feelings)).contains("team-altitude").doesNotContain("first-person-action");
        }

        @Test
        void numbersWithoutAChangeAreNotAnOutcome() {
            Utterance numbers = candidate(1, kind, "stories", 600, "It took 4 months with 6 engineers.");

            assertThat(rulesFired(kind, numbers)).doesNotContain("before-and-after", "change-by-amount");
        }

        @Test
        void aVagueOutcomeIsExcusedWhenItIsMeasured() {
            Utterance measured = candidate(1, kind, "stories", 600,
                    "It went really well: p99 dropped from 800 ms to 200 ms.");

            assertThat(rulesFired(kind, measured)).contains("before-and-after").doesNotContain("vague-outcome");
        }

        @Test
        void aGeneralHabitIsExcusedWhenTheStoryIsConcrete() {
            Utterance concrete = candidate(1, kind, "stories", 120,
                    "Usually our checkout service was fine, but in March 2022 it lost 8% of orders.");

            assertThat(rulesFired(kind, concrete)).contains("situation-time-frame")
                    .doesNotContain("hypothetical-or-generic");
        }

        @Test
        void namingAmbiguityCountsOnlyWithAnActionOfTheirOwn() {
            assertThat(rulesFired(kind, candidate(1, kind, "stories", 120, "The requirements were unclear.")))
                    .doesNotContain("works-across-disagreement");
            assertThat(rulesFired(kind, candidate(1, kind, "stories", 120,
                    "The requirements were unclear, so I scheduled a review with product.")))
                    .contains("works-across-disagreement");
        }
    }

    @Nested
    class Coding {

        final RoundKind kind = RoundKind.CODING;

        @Test
        void aConstraintQuestionCountsOnlyBeforeCoding() {
            String question = "Can the input contain duplicates?";

            assertThat(rulesFired(kind, candidate(1, kind, "clarify", 60, question)))
                    .contains("constraint-question-early");
            assertThat(rulesFired(kind, candidate(1, kind, "solve", 900, question)))
                    .doesNotContain("constraint-question-early");
        }

        @Test
        void startingToCodeCountsAgainstOnlyBeforeAnyConstraintQuestion() {
            Utterance asks = candidate(1, kind, "clarify", 30, "Is the array sorted?");
            Utterance codes = candidate(2, kind, "clarify", 90, "Great, let me start coding.");

            assertThat(rulesFired(kind, asks, codes)).doesNotContain("code-before-clarifying");
            assertThat(rulesFired(kind, codes)).contains("code-before-clarifying");
        }

        @Test
        void aNegatedTestIsNotATest() {
            Utterance negated = candidate(1, kind, "test-and-complexity", 2300, "I don't need to test this.");

            assertThat(extractor.extract(kind, List.of(negated)))
                    .extracting(Evidence::rule, Evidence::polarity)
                    .containsExactly(tuple("testing-skipped", Polarity.CONTRADICTS));
        }
    }

    @Nested
    class OnlyTheCandidateCounts {

        @Test
        void interviewerAndSystemSpeechNeverProducesEvidence() {
            // given an interviewer and the platform saying things that would fire many rules
            String loaded = "How many users? The trade-off is latency versus cost; first I added retries.";
            Utterance fromInterviewer = interviewer(1, RoundKind.SYSTEM_DESIGN, "requirements", 30, loaded);
            Utterance fromSystem = new Utterance(2, "system", "Sparring", ParticipantRole.SYSTEM, 1,
                    RoundKind.SYSTEM_DESIGN, "requirements", Duration.ofSeconds(31), loaded);

            // when / then
            for (RoundKind kind : RoundKind.values()) {
                assertThat(extractor.extract(kind, List.of(fromInterviewer, fromSystem))).isEmpty();
            }
        }

        @Test
        void anInterviewerQuestionDoesNotExcuseTheCandidateJumpingAhead() {
            Utterance interviewerAsks = interviewer(1, RoundKind.SYSTEM_DESIGN, "requirements", 10,
                    "How many users do you think we have?");
            Utterance candidateDesigns = candidate(2, RoundKind.SYSTEM_DESIGN, "requirements", 40,
                    "I'd start with Postgres and a Redis cache.");

            assertThat(rulesFired(RoundKind.SYSTEM_DESIGN, interviewerAsks, candidateDesigns))
                    .containsExactly("design-before-requirements");
        }

        @Test
        void blankAndMissingTextIsSkipped() {
            Utterance blank = candidate(1, RoundKind.CODING, "clarify", 10, "   ");
            Utterance missing = candidate(2, RoundKind.CODING, "clarify", 10, null);

            assertThat(extractor.extract(RoundKind.CODING, List.of(blank, missing))).isEmpty();
        }
    }

    @Nested
    class QuotesAndOrdering {

        @Test
        void theQuotePointsAtTheUtteranceRoundPhaseAndOffset() {
            // given a round with an interviewer line and a candidate answer
            Utterance question = interviewer(41, RoundKind.BEHAVIORAL, "stories", 600, "What happened next?");
            Utterance answer = new Utterance(42, "candidate-9", "Ada Candidate", ParticipantRole.CANDIDATE, 2,
                    RoundKind.BEHAVIORAL, "stories", Duration.ofMinutes(11), "In hindsight I would test earlier.");

            // when
            List<Evidence> evidence = new EvidenceExtractor().extract(RoundKind.BEHAVIORAL, List.of(question, answer));

            // then
            assertThat(evidence).extracting(Evidence::rule).containsExactly("hindsight");
            Quote quote = evidence.get(0).quote();
            assertThat(quote.sequence()).isEqualTo(42);
            assertThat(quote.speakerName()).isEqualTo("Ada Candidate");
            assertThat(quote.speakerRole()).isEqualTo(ParticipantRole.CANDIDATE);
            assertThat(quote.roundIndex()).isEqualTo(2);
            assertThat(quote.phaseId()).isEqualTo("stories");
            assertThat(quote.offset()).isEqualTo(Duration.ofMinutes(11));
            assertThat(quote.text()).isEqualTo("In hindsight I would test earlier.");
            assertThat(quote.matched()).isEqualTo("In hindsight");
            assertThat(evidence.get(0).competency()).isEqualTo("reflection");
            assertThat(evidence.get(0).polarity()).isEqualTo(Polarity.SUPPORTS);
        }

        @Test
        void aQuestionRuleQuotesTheWholeQuestion() {
            Utterance utterance = candidate(1, RoundKind.CODING, "clarify", 30,
                    "Okay. Can the input be empty? I'll assume ASCII.");

            Evidence evidence = extractor.extract(RoundKind.CODING, List.of(utterance)).stream()
                    .filter(found -> found.rule().equals("constraint-question-early")).findFirst().orElseThrow();

            assertThat(evidence.quote().matched()).isEqualTo("Can the input be empty?");
        }

        @Test
        void longTextIsCutTo500CharactersWithAnEllipsisAndTheOriginalCaseIsQuoted() {
            String text = "The TRADE-OFF is latency. " + "x".repeat(600);

            Evidence evidence = extractor.extract(RoundKind.SYSTEM_DESIGN,
                    List.of(candidate(1, RoundKind.SYSTEM_DESIGN, "deep-dive", 1800, text))).get(0);

            assertThat(evidence.quote().text()).hasSize(500).endsWith("\u2026").startsWith("The TRADE-OFF");
            assertThat(evidence.quote().matched()).isEqualTo("TRADE-OFF");
        }

        @Test
        void typographicApostrophesAreUnderstood() {
            Utterance curly = candidate(1, RoundKind.SYSTEM_DESIGN, "high-level-design", 1000,
                    "There\u2019s no downside to it.");

            assertThat(rulesFired(RoundKind.SYSTEM_DESIGN, curly)).containsExactly("absolute-claim");
        }

        @Test
        void eachRuleFiresAtMostOncePerUtterance() {
            Utterance repetitive = candidate(1, RoundKind.SYSTEM_DESIGN, "high-level-design", 1000,
                    "The trade-off is cost versus latency, and another trade-off is consistency versus availability.");

            assertThat(rulesFired(RoundKind.SYSTEM_DESIGN, repetitive)).containsOnlyOnce("trade-off-language");
        }

        @Test
        void evidenceIsOrderedBySequenceThenCompetencyThenRuleAndIsDeterministic() {
            // given a round whose utterances arrive out of order
            RoundKind kind = RoundKind.BEHAVIORAL;
            List<Utterance> round = new ArrayList<>(List.of(
                    candidate(5, kind, "stories", 900, "Latency went from 900 ms to 250 ms. In hindsight I'd start "
                            + "sooner."),
                    candidate(2, kind, "stories", 300, "First I profiled the service, then I rewrote the hot loop."),
                    interviewer(3, kind, "stories", 400, "And then?"),
                    candidate(9, kind, "stories", 1200, "We fixed it.")));

            // when it is extracted twice, once shuffled
            List<Evidence> first = extractor.extract(kind, round);
            Collections.reverse(round);
            List<Evidence> second = new EvidenceExtractor().extract(kind, round);

            // then the output is identical and sorted
            assertThat(second).isEqualTo(first);
            assertThat(first).extracting(found -> found.quote().sequence() + " " + found.competency() + " "
                    + found.rule()).isSorted();
            assertThat(first).extracting(found -> found.quote().sequence()).containsSubsequence(2L, 5L, 9L);
        }

        @Test
        void theResultAndRuleListsAreUnmodifiable() {
            List<Evidence> evidence = extractor.extract(RoundKind.CODING,
                    List.of(candidate(1, RoundKind.CODING, "clarify", 10, "Is it sorted?")));
            Map<String, List<String>> rules = extractor.rules(RoundKind.CODING);

            assertThat(evidence).isUnmodifiable();
            assertThat(rules).isUnmodifiable();
            assertThat(rules.get("code-quality")).isUnmodifiable();
        }
    }
}
