package dev.sparring.contracts.session;

import java.util.Locale;

/**
 * Stable codes of the errors a client can receive; clients branch on these, never on messages.
 * On the wire each is written in kebab-case ({@link #wire()}).
 */
public enum ErrorCode {
    /** The frame body is not JSON, or not the JSON the destination expects. */
    MALFORMED_MESSAGE,
    /** A {@code type} the protocol does not define. */
    UNKNOWN_TYPE,
    /** A field is missing or out of range. */
    INVALID_VALUE,
    /** The frame is over the size limit; the connection is closed with 1009. */
    FRAME_TOO_LARGE,
    /** The caller's role or team may not do this. */
    FORBIDDEN,
    /** Allowed in general, but not in the session's current round, phase or state. */
    NOT_ALLOWED_NOW,
    UNKNOWN_SESSION,
    UNKNOWN_ROUND,
    UNKNOWN_PROMPT,
    UNKNOWN_COMPETENCY,
    UNKNOWN_KIT,
    /** Too many frames too fast; repeated abuse closes the connection with 1008. */
    RATE_LIMITED,
    /** The platform could not take the command right now; resend it with the same commandId. */
    UNAVAILABLE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
