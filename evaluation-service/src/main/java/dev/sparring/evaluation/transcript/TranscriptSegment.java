package dev.sparring.evaluation.transcript;

import dev.sparring.contracts.session.ParticipantRole;
import java.time.Duration;
import java.time.Instant;

/**
 * One thing said or typed in a session, in the order the session recorded it.
 *
 * @param sequence the session event's sequence number: the segment's stable position
 * @param kind {@code utterance} (an answer, typed or spoken) or {@code chat}
 * @param roundIndex the round it was said in, -1 before the first
 * @param phaseId the phase of that round, {@code null} outside rounds
 * @param offset the round clock's reading when it was said
 */
public record TranscriptSegment(long sequence, Instant occurredAt, String speakerId, String speakerName,
        ParticipantRole speakerRole, String kind, String text, int roundIndex, String phaseId, Duration offset) {
}
