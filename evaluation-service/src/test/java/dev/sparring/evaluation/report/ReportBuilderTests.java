package dev.sparring.evaluation.report;

import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.contracts.session.Recommendation;
import dev.sparring.evaluation.SessionScript;
import dev.sparring.evaluation.evidence.EvidenceExtractor;
import dev.sparring.evaluation.evidence.Polarity;
import dev.sparring.evaluation.material.MaterialFolder;
import dev.sparring.evaluation.material.SessionMaterial;
import dev.sparring.testsupport.TestKits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTests {

    private final ReportBuilder builder = new ReportBuilder(RubricCatalog.load(), new EvidenceExtractor());

    private SessionScript systemDesign() {
        return new SessionScript("s-1", TestKits.threeRounds(Duration.ofMinutes(45)))
                .startRound(1)
                .after(Duration.ofSeconds(40))
                .interviewerSays("Design a rate limiter for our public API.")
                .after(Duration.ofSeconds(20))
                .candidateSays("Before I design anything: is the limit per user or per API key, and how many "
                        + "requests per second do we expect at peak?")
                .phase("scale-estimate")
                .after(Duration.ofMinutes(4))
                .candidateSays("Say 10 million daily users, 100 requests each: that is 1 billion a day, "
                        + "roughly 12k QPS on average and maybe 50k QPS at peak.")
                .phase("high-level-design")
                .after(Duration.ofMinutes(6))
                .candidateSays("I'd pick a token bucket over a sliding window log: it allows short bursts at "
                        + "the cost of slightly less precise limits, and it needs only two numbers per key.")
                .note("Strong structure, asked about peak QPS first")
                .score(1, "requirements", 4)
                .score(1, "deep-dive", 4)
                .recommend(Recommendation.YES)
                .endRound();
    }

    private SessionReport report(SessionScript script) {
        SessionMaterial material = MaterialFolder.fold("s-1", script.events()).orElseThrow();
        return builder.report(material, 1);
    }

    @Test
    void evidenceQuotesPointAtTheUtterancesThatShowTheCompetency() {
        SessionReport report = report(systemDesign());

        SessionReport.CompetencyReport requirements = competency(report, 1, "requirements");
        assertThat(requirements.evidence()).isNotEmpty();
        assertThat(requirements.evidence().get(0).polarity()).isEqualTo(Polarity.SUPPORTS);
        assertThat(requirements.evidence().get(0).quote().sequence()).isEqualTo(4);
        assertThat(requirements.evidence().get(0).quote().phaseId()).isEqualTo("requirements");
        assertThat(requirements.evidence().get(0).quote().offset()).isEqualTo(Duration.ofSeconds(60));
        assertThat(competency(report, 1, "scale-estimation").evidence())
                .anySatisfy(evidence -> assertThat(evidence.quote().sequence()).isEqualTo(6));
        assertThat(competency(report, 1, "trade-offs").evidence())
                .anySatisfy(evidence -> assertThat(evidence.quote().sequence()).isEqualTo(8));
        assertThat(report.transcript()).extracting(SessionReport.TranscriptLine::sequence)
                .contains(4L, 6L, 8L);
    }

    @Test
    void aScoreIsShownWithTheAnchoredDescriptionOfItsLevel() {
        SessionReport.ScoreEntry score = competency(report(systemDesign()), 1, "requirements").scores().get(0);

        assertThat(score.level()).isEqualTo(4);
        assertThat(score.label()).isEqualTo("Outstanding");
        assertThat(score.anchor()).isNotBlank();
        assertThat(score.interviewerName()).isEqualTo("Ada Interviewer");
    }

    @Test
    void flagsAScoreWithoutEvidenceAndACompetencyNeverProbed() {
        SessionReport report = report(systemDesign());

        assertThat(competency(report, 1, "deep-dive").flags())
                .contains(SessionReport.Flag.SCORE_WITHOUT_EVIDENCE, SessionReport.Flag.NOT_PROBED);
        assertThat(competency(report, 1, "requirements").flags()).isEmpty();
        String deepDive = competency(report, 1, "deep-dive").name();
        assertThat(report.gaps()).contains("'" + deepDive + "' was never probed in round 'System design'.");
        assertThat(report.gaps()).anyMatch(gap -> gap.contains("was not played"));
    }

    @Test
    void flagsStrongEvidenceAgainstAScore() {
        SessionReport.ScoreEntry high = new SessionReport.ScoreEntry("ada", "Ada", 4, "Outstanding", "", "");
        var against = competency(report(new SessionScript("s-1", TestKits.threeRounds(Duration.ofMinutes(45)))
                .startRound(1).after(Duration.ofMinutes(10))
                .candidateSays("Redis is always the best choice; there are no downsides.")
                .candidateSays("Kafka is always the right answer, there is no trade-off here.")
                .endRound()), 1, "trade-offs").evidence();

        assertThat(ReportBuilder.flags(java.util.List.of(high), against))
                .contains(SessionReport.Flag.EVIDENCE_CONTRADICTS_SCORE);
    }

    @Test
    void theCandidatesFeedbackHasNoNotesNoLevelsAndQuotesTheirOwnWords() {
        SessionReport report = report(systemDesign());

        CandidateFeedback feedback = builder.feedback(report, false);

        String everything = feedback.toString();
        assertThat(everything).doesNotContain("Strong structure").doesNotContain("Outstanding");
        assertThat(feedback.rounds()).singleElement().satisfies(round -> {
            assertThat(round.competencies()).allSatisfy(competency -> assertThat(competency.level()).isNull());
            assertThat(round.competencies()).anySatisfy(competency -> assertThat(competency.strengths()).isNotEmpty());
        });
        assertThat(builder.feedback(report, true).rounds().get(0).competencies())
                .anySatisfy(competency -> assertThat(competency.level()).isEqualTo("Outstanding"));
    }

    @Test
    void theSameEventsMakeTheSameReport() {
        assertThat(report(systemDesign())).isEqualTo(report(systemDesign()));
    }

    private static SessionReport.CompetencyReport competency(SessionReport report, int round, String id) {
        return report.rounds().get(round).competencies().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
