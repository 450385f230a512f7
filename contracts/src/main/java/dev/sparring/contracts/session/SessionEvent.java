package dev.sparring.contracts.session;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A fact the session-service recorded, named in the past tense. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SessionEvent.ChatPosted.class, name = MessageTypes.CHAT_POSTED),
        @JsonSubTypes.Type(value = SessionEvent.UtteranceRecorded.class, name = MessageTypes.UTTERANCE_RECORDED)
})
public sealed interface SessionEvent {

    <R> R accept(Handler<R> handler);

    interface Handler<R> {

        R on(ChatPosted event);

        R on(UtteranceRecorded event);
    }

    record ChatPosted(Actor author, String text) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }

    record UtteranceRecorded(Actor speaker, String text, UtteranceSource source) implements SessionEvent {

        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.on(this);
        }
    }
}
