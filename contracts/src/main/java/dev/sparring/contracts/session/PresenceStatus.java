package dev.sparring.contracts.session;

/** Whether a participant's browser is with the session right now. */
public enum PresenceStatus {
    CONNECTED,
    /** The connection dropped without a goodbye; they count as left unless they are back in time. */
    RECONNECTING,
    LEFT
}
