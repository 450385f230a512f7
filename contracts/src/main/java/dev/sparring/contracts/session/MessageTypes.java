package dev.sparring.contracts.session;

/**
 * Logical type ids written to the wire in the {@code type} property. Java class names never leave
 * the JVM, so classes can be renamed or moved without breaking stored records or other services.
 */
public final class MessageTypes {

    public static final String POST_CHAT = "chat.post";
    public static final String RECORD_UTTERANCE = "utterance.record";

    public static final String CHAT_POSTED = "chat.posted";
    public static final String UTTERANCE_RECORDED = "utterance.recorded";

    private MessageTypes() {
    }
}
