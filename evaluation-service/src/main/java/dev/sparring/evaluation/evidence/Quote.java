package dev.sparring.evaluation.evidence;

import dev.sparring.contracts.session.ParticipantRole;
import java.time.Duration;

/**
 * A quote from the transcript: where it was said and the words that matched.
 *
 * @param text the whole utterance, cut to 500 characters (ending in "…" when cut)
 * @param matched the words the rule fired on; for rules about questions, the whole question
 */
public record Quote(long sequence, String speakerName, ParticipantRole speakerRole, int roundIndex, String phaseId,
        Duration offset, String text, String matched) {
}
