package dev.sparring.gateway.socket;

/**
 * The body a client SENDs to {@code /app/sessions/{sessionId}/resume} after (re)subscribing.
 *
 * @param afterSequence the last sequence number it applied; 0 for none
 */
public record ResumeRequest(long afterSequence) {
}
