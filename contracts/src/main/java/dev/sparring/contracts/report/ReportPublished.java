package dev.sparring.contracts.report;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a session's rubric report: the Kafka value of
 * {@link dev.sparring.contracts.Topics#REPORTS}, keyed {@code <sessionId>/v<version>} so that
 * compaction keeps every version, and sent to the partition of the session id so a session's
 * versions stay in order. The report itself is the evaluation-service's own JSON document; other
 * services pass it through without reading it.
 *
 * @param generatedAt when the latest event the report includes happened, so rebuilding a report
 *     from the same events gives the same document
 * @param report the full report for the hiring team
 * @param feedback the candidate-facing version: no private notes, no raw scores unless allowed
 */
public record ReportPublished(String sessionId, int version, String teamId, Instant generatedAt, String report,
        String feedback) {

    public ReportPublished {
        Objects.requireNonNull(sessionId, "sessionId");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + version);
        }
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(feedback, "feedback");
    }

    public String key() {
        return sessionId + "/v" + version;
    }
}
