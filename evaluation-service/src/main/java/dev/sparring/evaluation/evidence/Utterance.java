package dev.sparring.evaluation.evidence;

import dev.sparring.contracts.kit.RoundKind;
import dev.sparring.contracts.session.ParticipantRole;
import java.time.Duration;

/**
 * One thing said in a round, as the extractor reads it.
 *
 * @param sequence the stable position of the utterance in the session's transcript
 * @param roundIndex the round it was said in
 * @param phaseId the round phase it was said in ({@code requirements}, {@code clarify}, ...), {@code null} if unknown
 * @param offset the round clock's reading when it was said, {@code null} if unknown
 */
public record Utterance(long sequence, String speakerId, String speakerName, ParticipantRole speakerRole,
        int roundIndex, RoundKind roundKind, String phaseId, Duration offset, String text) {
}
