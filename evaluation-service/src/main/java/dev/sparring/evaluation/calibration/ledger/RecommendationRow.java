package dev.sparring.evaluation.calibration.ledger;

import dev.sparring.contracts.session.Recommendation;
import java.time.Instant;

/** One interviewer's overall recommendation for one candidate's session; the latest one counts. */
public record RecommendationRow(String teamId, String interviewerId, String candidateId, String sessionId,
        Recommendation recommendation, Instant recordedAt, String source) {

    /** The subject of the recommendation: one candidate's session. */
    public String subject() {
        return candidateId + "|" + sessionId;
    }

    String field() {
        return sessionId + "|" + interviewerId;
    }
}
