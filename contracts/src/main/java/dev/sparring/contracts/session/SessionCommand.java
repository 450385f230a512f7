package dev.sparring.contracts.session;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.sparring.contracts.kit.InterviewKit;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a participant (or the platform) asks a session to do. Commands are imperative; the
 * session-service decides whether they are accepted and records the resulting
 * {@link SessionEvent}s. A record's constructor refuses values that are never valid, so a
 * malformed command fails as it is read, before it reaches any logic.
 *
 * <p>Java 17 has no pattern matching over sealed types in {@code switch}, so handlers implement
 * {@link Handler}: adding a command breaks the build of every handler that forgets it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @Type(value = SessionCommand.CreateSession.class, name = MessageTypes.CREATE_SESSION),
        @Type(value = SessionCommand.EndSession.class, name = MessageTypes.END_SESSION),
        @Type(value = SessionCommand.StartRound.class, name = MessageTypes.START_ROUND),
        @Type(value = SessionCommand.EndRound.class, name = MessageTypes.END_ROUND),
        @Type(value = SessionCommand.AdvancePhase.class, name = MessageTypes.ADVANCE_PHASE),
        @Type(value = SessionCommand.StartTimer.class, name = MessageTypes.START_TIMER),
        @Type(value = SessionCommand.PauseTimer.class, name = MessageTypes.PAUSE_TIMER),
        @Type(value = SessionCommand.ExtendTimer.class, name = MessageTypes.EXTEND_TIMER),
        @Type(value = SessionCommand.RevealPrompt.class, name = MessageTypes.REVEAL_PROMPT),
        @Type(value = SessionCommand.HidePrompt.class, name = MessageTypes.HIDE_PROMPT),
        @Type(value = SessionCommand.RecordUtterance.class, name = MessageTypes.RECORD_UTTERANCE),
        @Type(value = SessionCommand.PostChat.class, name = MessageTypes.POST_CHAT),
        @Type(value = SessionCommand.UpdateCode.class, name = MessageTypes.UPDATE_CODE),
        @Type(value = SessionCommand.WriteNote.class, name = MessageTypes.WRITE_NOTE),
        @Type(value = SessionCommand.ScoreCompetency.class, name = MessageTypes.SCORE_COMPETENCY),
        @Type(value = SessionCommand.Recommend.class, name = MessageTypes.RECOMMEND),
        @Type(value = SessionCommand.UpdatePresence.class, name = MessageTypes.UPDATE_PRESENCE),
        @Type(value = SessionCommand.ElapseDeadline.class, name = MessageTypes.ELAPSE_DEADLINE)
})
public sealed interface SessionCommand {

    /** Longest text a participant may put in one utterance, chat line or note. */
    int MAX_TEXT = 8_000;

    /** Longest code pad content. */
    int MAX_CODE = 48_000;

    <R> R accept(Handler<R> handler);

    interface Handler<R> {

        R on(CreateSession command);

        R on(EndSession command);

        R on(StartRound command);

        R on(EndRound command);

        R on(AdvancePhase command);

        R on(StartTimer command);

        R on(PauseTimer command);

        R on(ExtendTimer command);

        R on(RevealPrompt command);

        R on(HidePrompt command);

        R on(RecordUtterance command);

        R on(PostChat command);

        R on(UpdateCode command);

        R on(WriteNote command);

        R on(ScoreCompetency command);

        R on(Recommend command);

        R on(UpdatePresence command);

        R on(ElapseDeadline command);
    }

    /** Opens a session for a candidate with a copy of the kit it follows. Sent by the gateway's REST API. */
    record CreateSession(String teamId, InterviewKit kit, String candidateName) implements SessionCommand {

        public CreateSession {
            Texts.required(teamId, "teamId");
            Objects.requireNonNull(kit, "kit");
            candidateName = Texts.bounded(candidateName, "candidateName", 200);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record EndSession() implements SessionCommand {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** Starts the round at {@code roundIndex} (0-based) of the kit: its first phase, its timer running. */
    record StartRound(int roundIndex) implements SessionCommand {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record EndRound() implements SessionCommand {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** Moves the current round to its next phase. */
    record AdvancePhase() implements SessionCommand {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record StartTimer() implements SessionCommand {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record PauseTimer() implements SessionCommand {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** Gives the current round more time (1 second to 60 minutes at a time). */
    record ExtendTimer(Duration by) implements SessionCommand {

        public ExtendTimer {
            Objects.requireNonNull(by, "by");
            if (by.isNegative() || by.isZero() || by.compareTo(Duration.ofMinutes(60)) > 0) {
                throw new IllegalArgumentException("by must be between 1 second and 60 minutes");
            }
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** Shows a main or deep-dive prompt of the current round to the candidate. */
    record RevealPrompt(String promptId) implements SessionCommand {

        public RevealPrompt {
            Texts.required(promptId, "promptId");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record HidePrompt(String promptId) implements SessionCommand {

        public HidePrompt {
            Texts.required(promptId, "promptId");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** A transcript segment: something a participant said (speech-to-text in the browser) or typed as an answer. */
    record RecordUtterance(String text, UtteranceSource source) implements SessionCommand {

        public RecordUtterance {
            text = Texts.bounded(text, "text", MAX_TEXT);
            source = source == null ? UtteranceSource.TYPED : source;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** A line in the session's chat; part of the transcript too. */
    record PostChat(String text) implements SessionCommand {

        public PostChat {
            text = Texts.bounded(text, "text", MAX_TEXT);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** The whole text of the code pad after an edit (the last edit wins); empty is allowed. */
    record UpdateCode(String text, String language) implements SessionCommand {

        public UpdateCode {
            text = text == null ? "" : text;
            if (text.length() > MAX_CODE) {
                throw new IllegalArgumentException("text is longer than " + MAX_CODE + " characters");
            }
            language = language == null || language.isBlank() ? "plaintext" : Texts.bounded(language, "language", 40);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** An interviewer's private note on the current round. */
    record WriteNote(String text) implements SessionCommand {

        public WriteNote {
            text = Texts.bounded(text, "text", MAX_TEXT);
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /**
     * An interviewer's score for one competency of the current (or an ended) round, on the rubric's
     * four anchored levels: 1 poor, 2 borderline, 3 solid, 4 outstanding. A later score by the same
     * interviewer replaces the earlier one.
     */
    record ScoreCompetency(int roundIndex, String competency, int level, String comment) implements SessionCommand {

        public ScoreCompetency {
            Texts.required(competency, "competency");
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("level must be 1 to 4, was " + level);
            }
            comment = comment == null ? "" : comment;
            if (comment.length() > MAX_TEXT) {
                throw new IllegalArgumentException("comment is longer than " + MAX_TEXT + " characters");
            }
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** An interviewer's overall recommendation; a later one replaces the earlier. */
    record Recommend(Recommendation recommendation) implements SessionCommand {

        public Recommend {
            Objects.requireNonNull(recommendation, "recommendation");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /**
     * Sent by a gateway when a participant's socket connects, drops or says goodbye.
     *
     * @param connection an opaque id of the socket, so a participant with two tabs open stays present
     *     until the last one closes; null when unknown (the report then speaks for the participant)
     */
    record UpdatePresence(Actor participant, PresenceStatus status, String connection) implements SessionCommand {

        public UpdatePresence {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /**
     * Sent by the platform's timer when a deadline it was given has passed. It names the deadline it
     * fires for, so a deadline that moved (the timer was paused or extended) is recognised as stale.
     *
     * @param subject for a presence deadline, the participant's user id; otherwise empty
     */
    record ElapseDeadline(DeadlineKind kind, int roundIndex, int phaseIndex, String subject, Instant dueAt)
            implements SessionCommand {

        public ElapseDeadline {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(dueAt, "dueAt");
            subject = subject == null ? "" : subject;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }
}
