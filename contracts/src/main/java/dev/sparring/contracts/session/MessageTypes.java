package dev.sparring.contracts.session;

/**
 * Logical type ids written to the wire in the {@code type} property. Java class names never leave
 * the JVM, so classes can be renamed or moved without breaking stored records or other services.
 */
public final class MessageTypes {

    // commands
    public static final String CREATE_SESSION = "session.create";
    public static final String END_SESSION = "session.end";
    public static final String START_ROUND = "round.start";
    public static final String END_ROUND = "round.end";
    public static final String ADVANCE_PHASE = "phase.advance";
    public static final String START_TIMER = "timer.start";
    public static final String PAUSE_TIMER = "timer.pause";
    public static final String EXTEND_TIMER = "timer.extend";
    public static final String REVEAL_PROMPT = "prompt.reveal";
    public static final String HIDE_PROMPT = "prompt.hide";
    public static final String RECORD_UTTERANCE = "utterance.record";
    public static final String POST_CHAT = "chat.post";
    public static final String UPDATE_CODE = "code.update";
    public static final String WRITE_NOTE = "note.write";
    public static final String SCORE_COMPETENCY = "score.submit";
    public static final String RECOMMEND = "recommendation.submit";
    public static final String UPDATE_PRESENCE = "presence.update";
    public static final String ELAPSE_DEADLINE = "deadline.elapse";

    // events
    public static final String SESSION_CREATED = "session.created";
    public static final String SESSION_ENDED = "session.ended";
    public static final String ROUND_STARTED = "round.started";
    public static final String ROUND_ENDED = "round.ended";
    public static final String PHASE_ADVANCED = "phase.advanced";
    public static final String TIMER_STARTED = "timer.started";
    public static final String TIMER_PAUSED = "timer.paused";
    public static final String TIMER_EXTENDED = "timer.extended";
    public static final String DEADLINE_ELAPSED = "deadline.elapsed";
    public static final String PROMPT_REVEALED = "prompt.revealed";
    public static final String PROMPT_HIDDEN = "prompt.hidden";
    public static final String UTTERANCE_RECORDED = "utterance.recorded";
    public static final String CHAT_POSTED = "chat.posted";
    public static final String CODE_UPDATED = "code.updated";
    public static final String NOTE_WRITTEN = "note.written";
    public static final String COMPETENCY_SCORED = "score.submitted";
    public static final String RECOMMENDATION_RECORDED = "recommendation.submitted";
    public static final String PRESENCE_CHANGED = "presence.changed";

    private MessageTypes() {
    }
}
