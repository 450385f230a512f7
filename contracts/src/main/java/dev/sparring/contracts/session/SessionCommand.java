package dev.sparring.contracts.session;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a participant asks the session to do. Commands are imperative; the session-service decides
 * whether they are accepted and records the resulting {@link SessionEvent}s.
 *
 * <p>Java 17 has no pattern matching over sealed types in {@code switch}, so handlers implement
 * {@link Handler}: adding a command breaks the build of every handler that forgets it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SessionCommand.PostChat.class, name = MessageTypes.POST_CHAT),
        @JsonSubTypes.Type(value = SessionCommand.RecordUtterance.class, name = MessageTypes.RECORD_UTTERANCE)
})
public sealed interface SessionCommand {

    <R> R accept(Handler<R> handler);

    interface Handler<R> {

        R on(PostChat command);

        R on(RecordUtterance command);
    }

    /** A chat line typed into the session's chat box. */
    record PostChat(String text) implements SessionCommand {

        public PostChat {
            text = Texts.required(text, "text");
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    /** A transcript segment: something a participant said (speech-to-text) or typed as an answer. */
    record RecordUtterance(String text, UtteranceSource source) implements SessionCommand {

        public RecordUtterance {
            text = Texts.required(text, "text");
            source = source == null ? UtteranceSource.TYPED : source;
        }

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }
}
