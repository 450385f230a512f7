package dev.sparring.evaluation.report;

import dev.sparring.contracts.kit.RoundPlan;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.content.rubric.Competency;
import dev.sparring.content.rubric.Level;
import dev.sparring.content.rubric.Rubric;
import dev.sparring.content.rubric.RubricCatalog;
import dev.sparring.evaluation.evidence.Evidence;
import dev.sparring.evaluation.evidence.EvidenceExtractor;
import dev.sparring.evaluation.evidence.Polarity;
import dev.sparring.evaluation.evidence.Utterance;
import dev.sparring.evaluation.material.SessionMaterial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;


/**
 * Builds reports and candidate feedback from session material. Pure and deterministic: the same
 * material gives the same report, which is what makes re-consuming a transcript harmless.
 */
public final class ReportBuilder {

    /** Evidence in at least this number of quotes counts as "strong" when it disagrees with a score. */
    static final int STRONG_EVIDENCE = 2;

    private final RubricCatalog rubrics;
    private final EvidenceExtractor extractor;

    public ReportBuilder(RubricCatalog rubrics, EvidenceExtractor extractor) {
        this.rubrics = rubrics;
        this.extractor = extractor;
    }

    /** The report, numbered {@code version}. */
    public SessionReport report(SessionMaterial material, int version) {
        List<SessionReport.RoundReport> rounds = new ArrayList<>();
        List<SessionReport.TranscriptLine> transcript = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (SessionMaterial.RoundMaterial round : material.rounds().values()) {
            RoundPlan plan = material.kit().rounds().get(round.roundIndex());
            if ("PENDING".equals(round.status())) {
                gaps.add("Round '" + plan.title() + "' was not played.");
            }
            SessionReport.RoundReport report = round(plan, round);
            rounds.add(report);
            report.competencies().stream()
                    .filter(competency -> competency.flags().contains(SessionReport.Flag.NOT_PROBED)
                            && !"PENDING".equals(round.status()))
                    .forEach(competency -> gaps.add("'" + competency.name() + "' was never probed in round '"
                            + plan.title() + "'."));
            round.utterances().forEach(utterance -> transcript.add(new SessionReport.TranscriptLine(
                    utterance.sequence(), utterance.speakerName(), utterance.speakerRole(), utterance.roundIndex(),
                    utterance.phaseId(), utterance.offset(), utterance.text())));
        }
        if (material.recommendations().isEmpty() && material.ended()) {
            gaps.add("No interviewer entered an overall recommendation.");
        }
        List<SessionReport.RecommendationEntry> recommendations = material.recommendations().values().stream()
                .map(verdict -> new SessionReport.RecommendationEntry(verdict.interviewerName(),
                        verdict.recommendation()))
                .sorted(Comparator.comparing(SessionReport.RecommendationEntry::interviewerName))
                .toList();
        transcript.sort(Comparator.comparingLong(SessionReport.TranscriptLine::sequence));
        return new SessionReport(material.sessionId(), version, material.lastEventAt(), material.teamId(),
                material.candidateName(), material.kit().id(), material.kit().title(), rounds, recommendations, gaps,
                transcript);
    }

    private SessionReport.RoundReport round(RoundPlan plan, SessionMaterial.RoundMaterial round) {
        Rubric rubric = rubrics.forKind(plan.kind());
        List<Evidence> evidence = extractor.extract(plan.kind(), round.utterances());
        List<SessionReport.CompetencyReport> competencies = new ArrayList<>();
        for (String competencyId : plan.competencies()) {
            Competency competency = rubric.competency(competencyId).orElseThrow(() -> new IllegalStateException(
                    "rubric " + rubric.id() + " has no competency " + competencyId));
            List<Evidence> mine = evidence.stream().filter(e -> e.competency().equals(competencyId)).toList();
            List<SessionReport.ScoreEntry> scores = round.scores().stream()
                    .filter(score -> score.competency().equals(competencyId))
                    .sorted(Comparator.comparing(SessionMaterial.Score::interviewerName))
                    .map(score -> scoreEntry(competency, score))
                    .toList();
            competencies.add(new SessionReport.CompetencyReport(competency.id(), competency.name(),
                    competency.description(), scores, mine, flags(scores, mine)));
        }
        List<SessionReport.NoteEntry> notes = round.notes().stream()
                .map(note -> new SessionReport.NoteEntry(note.authorName(), note.phaseId(), note.offset(), note.text()))
                .toList();
        return new SessionReport.RoundReport(round.roundIndex(), plan.kind(), plan.title(), rubric.id(),
                round.status(), competencies, notes);
    }

    private static SessionReport.ScoreEntry scoreEntry(Competency competency, SessionMaterial.Score score) {
        Level level = competency.levels().stream().filter(l -> l.level() == score.level()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no level " + score.level() + " in " + competency.id()));
        return new SessionReport.ScoreEntry(score.interviewerId(), score.interviewerName(), score.level(),
                level.label(), level.description(), score.comment());
    }

    static List<SessionReport.Flag> flags(List<SessionReport.ScoreEntry> scores, List<Evidence> evidence) {
        long supporting = evidence.stream().filter(e -> e.polarity() == Polarity.SUPPORTS).count();
        long contradicting = evidence.size() - supporting;
        List<SessionReport.Flag> flags = new ArrayList<>();
        if (evidence.isEmpty()) {
            flags.add(SessionReport.Flag.NOT_PROBED);
        }
        if (!scores.isEmpty() && supporting == 0) {
            flags.add(SessionReport.Flag.SCORE_WITHOUT_EVIDENCE);
        }
        boolean contradicted = scores.stream().anyMatch(score ->
                (score.level() >= 3 && contradicting >= STRONG_EVIDENCE && contradicting > supporting)
                        || (score.level() <= 2 && supporting >= STRONG_EVIDENCE && supporting > contradicting));
        if (contradicted) {
            flags.add(SessionReport.Flag.EVIDENCE_CONTRADICTS_SCORE);
        }
        return flags;
    }

    /**
     * The candidate's feedback from a report: their own strong quotes as strengths, the rules that
     * found something missing (or nothing at all) as growth areas.
     *
     * @param showLevels whether the team shares the rubric levels with candidates
     */
    public CandidateFeedback feedback(SessionReport report, boolean showLevels) {
        List<CandidateFeedback.FeedbackRound> rounds = new ArrayList<>();
        for (SessionReport.RoundReport round : report.rounds()) {
            if ("PENDING".equals(round.status())) {
                continue;
            }
            List<CandidateFeedback.FeedbackCompetency> competencies = new ArrayList<>();
            for (SessionReport.CompetencyReport competency : round.competencies()) {
                List<String> strengths = competency.evidence().stream()
                        .filter(e -> e.polarity() == Polarity.SUPPORTS
                                && e.quote().speakerRole() == ParticipantRole.CANDIDATE)
                        .map(e -> "\u201c" + e.quote().matched() + "\u201d \u2014 " + e.explanation())
                        .distinct()
                        .limit(3)
                        .toList();
                List<String> growth = new ArrayList<>(competency.evidence().stream()
                        .filter(e -> e.polarity() == Polarity.CONTRADICTS)
                        .map(e -> "Watch for: " + e.explanation())
                        .distinct()
                        .limit(3)
                        .toList());
                if (competency.flags().contains(SessionReport.Flag.NOT_PROBED)) {
                    growth.add("This did not come up; next time, show it unprompted: " + competency.description());
                }
                String level = showLevels ? consensus(competency.scores()) : null;
                competencies.add(new CandidateFeedback.FeedbackCompetency(competency.name(), level, strengths, growth));
            }
            rounds.add(new CandidateFeedback.FeedbackRound(round.title(), round.kind(), competencies));
        }
        return new CandidateFeedback(report.sessionId(), report.candidateName(), rounds);
    }

    private static String consensus(List<SessionReport.ScoreEntry> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        List<SessionReport.ScoreEntry> sorted = scores.stream()
                .sorted(Comparator.comparingInt(SessionReport.ScoreEntry::level)).toList();
        return sorted.get((sorted.size() - 1) / 2).label();
    }

}
