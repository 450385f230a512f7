package dev.sparring.gateway.socket;

import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.gateway.auth.SparringUser;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Candidates know their interviewers by name, not by account: before a MESSAGE frame leaves for a
 * candidate's socket, the user id of every interviewer in it (a chat's author, a presence change) is
 * replaced by the role. Interviewers' frames, and the candidate's own id, are left as they are. The
 * candidate's pages tell people apart by name and role, and their own lines by their own id.
 */
class CandidateRedaction implements ChannelInterceptor {

    private static final String ROLE = "role";
    private static final String USER_ID = "userId";
    private static final String INTERVIEWER = ParticipantRole.INTERVIEWER.name();
    private static final byte[] QUOTED_INTERVIEWER =
            ("\"" + INTERVIEWER + "\"").getBytes(StandardCharsets.UTF_8);

    private final ConnectionRegistry connections;
    private final JsonMapper json;

    CandidateRedaction(ConnectionRegistry connections, JsonMapper json) {
        this.connections = connections;
        this.json = json;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        if (SimpMessageHeaderAccessor.getMessageType(message.getHeaders()) != SimpMessageType.MESSAGE
                || !(message.getPayload() instanceof byte[] payload)
                || !isCandidate(SimpMessageHeaderAccessor.getSessionId(message.getHeaders()))
                || !contains(payload, QUOTED_INTERVIEWER)) {
            return message; // most events name no interviewer: they pass without being parsed
        }
        JsonNode tree = json.readTree(payload);
        if (!redact(tree)) {
            return message;
        }
        return MessageBuilder.createMessage(json.writeValueAsBytes(tree), message.getHeaders());
    }

    private boolean isCandidate(String connectionId) {
        return connectionId != null && connections.principal(connectionId)
                .flatMap(SparringUser::find).map(SparringUser::isCandidate).orElse(false);
    }

    private static boolean contains(byte[] payload, byte[] part) {
        outer:
        for (int i = 0; i <= payload.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (payload[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Replaces interviewers' user ids anywhere in the tree; whether anything changed. */
    private static boolean redact(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            JsonNode role = object.get(ROLE);
            JsonNode userId = object.get(USER_ID);
            if (role != null && INTERVIEWER.equals(role.asString()) && userId != null && userId.isString()) {
                object.put(USER_ID, INTERVIEWER.toLowerCase(Locale.ROOT));
                changed = true;
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                changed |= redact(field.getValue());
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                changed |= redact(element);
            }
        }
        return changed;
    }
}
