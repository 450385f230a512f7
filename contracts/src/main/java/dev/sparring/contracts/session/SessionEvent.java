package dev.sparring.contracts.session;


import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.sparring.contracts.kit.InterviewKit;
import dev.sparring.contracts.kit.RoundKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A fact the session-service recorded, named in the past tense. Events carry everything needed to
 * rebuild a session's state from the event log alone.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @Type(value = SessionEvent.SessionCreated.class, name = MessageTypes.SESSION_CREATED),
        @Type(value = SessionEvent.SessionEnded.class, name = MessageTypes.SESSION_ENDED),
        @Type(value = SessionEvent.RoundStarted.class, name = MessageTypes.ROUND_STARTED),
        @Type(value = SessionEvent.RoundEnded.class, name = MessageTypes.ROUND_ENDED),
        @Type(value = SessionEvent.PhaseAdvanced.class, name = MessageTypes.PHASE_ADVANCED),
        @Type(value = SessionEvent.TimerStarted.class, name = MessageTypes.TIMER_STARTED),
        @Type(value = SessionEvent.TimerPaused.class, name = MessageTypes.TIMER_PAUSED),
        @Type(value = SessionEvent.TimerExtended.class, name = MessageTypes.TIMER_EXTENDED),
        @Type(value = SessionEvent.DeadlineElapsed.class, name = MessageTypes.DEADLINE_ELAPSED),
        @Type(value = SessionEvent.PromptRevealed.class, name = MessageTypes.PROMPT_REVEALED),
        @Type(value = SessionEvent.PromptHidden.class, name = MessageTypes.PROMPT_HIDDEN),
        @Type(value = SessionEvent.UtteranceRecorded.class, name = MessageTypes.UTTERANCE_RECORDED),
        @Type(value = SessionEvent.ChatPosted.class, name = MessageTypes.CHAT_POSTED),
        @Type(value = SessionEvent.CodeUpdated.class, name = MessageTypes.CODE_UPDATED),
        @Type(value = SessionEvent.NoteWritten.class, name = MessageTypes.NOTE_WRITTEN),
        @Type(value = SessionEvent.CompetencyScored.class, name = MessageTypes.COMPETENCY_SCORED),
        @Type(value = SessionEvent.RecommendationRecorded.class, name = MessageTypes.RECOMMENDATION_RECORDED),
        @Type(value = SessionEvent.PresenceChanged.class, name = MessageTypes.PRESENCE_CHANGED)
})
public sealed interface SessionEvent {

    <R> R accept(Handler<R> handler);

    interface Handler<R> {

        R on(SessionCreated event);

        R on(SessionEnded event);

        R on(RoundStarted event);

        R on(RoundEnded event);

        R on(PhaseAdvanced event);

        R on(TimerStarted event);

        R on(TimerPaused event);

        R on(TimerExtended event);

        R on(DeadlineElapsed event);

        R on(PromptRevealed event);

        R on(PromptHidden event);

        R on(UtteranceRecorded event);

        R on(ChatPosted event);

        R on(CodeUpdated event);

        R on(NoteWritten event);

        R on(CompetencyScored event);

        R on(RecommendationRecorded event);

        R on(PresenceChanged event);
    }

    /**
     * A handler for consumers that care about a few event types: every event it does not override
     * goes to {@link #otherwise}. Handlers that must treat every type implement {@link Handler}.
     */
    abstract class Selective<R> implements Handler<R> {

        protected abstract R otherwise(SessionEvent event);

        @Override
        public R on(SessionCreated event) {
            return otherwise(event);
        }

        @Override
        public R on(SessionEnded event) {
            return otherwise(event);
        }

        @Override
        public R on(RoundStarted event) {
            return otherwise(event);
        }

        @Override
        public R on(RoundEnded event) {
            return otherwise(event);
        }

        @Override
        public R on(PhaseAdvanced event) {
            return otherwise(event);
        }

        @Override
        public R on(TimerStarted event) {
            return otherwise(event);
        }

        @Override
        public R on(TimerPaused event) {
            return otherwise(event);
        }

        @Override
        public R on(TimerExtended event) {
            return otherwise(event);
        }

        @Override
        public R on(DeadlineElapsed event) {
            return otherwise(event);
        }

        @Override
        public R on(PromptRevealed event) {
            return otherwise(event);
        }

        @Override
        public R on(PromptHidden event) {
            return otherwise(event);
        }

        @Override
        public R on(UtteranceRecorded event) {
            return otherwise(event);
        }

        @Override
        public R on(ChatPosted event) {
            return otherwise(event);
        }

        @Override
        public R on(CodeUpdated event) {
            return otherwise(event);
        }

        @Override
        public R on(NoteWritten event) {
            return otherwise(event);
        }

        @Override
        public R on(CompetencyScored event) {
            return otherwise(event);
        }

        @Override
        public R on(RecommendationRecorded event) {
            return otherwise(event);
        }

        @Override
        public R on(PresenceChanged event) {
            return otherwise(event);
        }
    }

    /** Interviewers only: the kit holds hidden prompts and interviewer hints. */
    record SessionCreated(String teamId, InterviewKit kit, String candidateName, Actor createdBy)
            implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record SessionEnded(Actor endedBy) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /**
     * A round began with its first phase and its timer running.
     *
     * @param timer the round clock at the start: running, the whole duration remaining
     */
    record RoundStarted(int roundIndex, String roundId, RoundKind kind, String title, String phaseId,
            String phaseTitle, TimerView timer) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record RoundEnded(int roundIndex, Duration elapsed, Actor endedBy) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** @param phaseStartedAtOffset the round clock's reading when this phase began */
    record PhaseAdvanced(int roundIndex, int phaseIndex, String phaseId, String phaseTitle,
            Duration phaseStartedAtOffset) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record TimerStarted(int roundIndex, TimerView timer) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record TimerPaused(int roundIndex, TimerView timer) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record TimerExtended(int roundIndex, Duration by, TimerView timer) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** A phase's planned time or the round's time box ran out, or a participant did not come back in time. */
    record DeadlineElapsed(DeadlineKind kind, int roundIndex, int phaseIndex, String subject, Instant dueAt)
            implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** @param parentPromptId the main prompt a deep dive belongs to; {@code null} for a main prompt */
    record PromptRevealed(int roundIndex, String promptId, String parentPromptId, String title, String text)
            implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record PromptHidden(int roundIndex, String promptId) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record UtteranceRecorded(Actor speaker, String text, UtteranceSource source, Moment moment)
            implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record ChatPosted(Actor author, String text, Moment moment) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** @param revision counts the pad's edits, 1 for the first */
    record CodeUpdated(Actor author, String text, String language, long revision, Moment moment)
            implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** Interviewers only. */
    record NoteWritten(Actor author, String text, Moment moment) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** Interviewers only. */
    record CompetencyScored(Actor interviewer, int roundIndex, String competency, int level, String comment)
            implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** Interviewers only. */
    record RecommendationRecorded(Actor interviewer, Recommendation recommendation) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /**
     * @param status the participant's presence after the change: connected while any of their
     *     connections is open
     * @param connections opaque ids of the participant's open connections, sorted
     */
    record PresenceChanged(Actor participant, PresenceStatus status, List<String> connections)
            implements SessionEvent {

        public PresenceChanged {
            connections = connections == null ? List.of() : List.copyOf(connections);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }
}
