package dev.sparring.session.command;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.UtteranceSource;
import dev.sparring.session.log.PendingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandDeciderTests {

    private final Actor candidate = new Actor("u-2", "Linus", ParticipantRole.CANDIDATE);

    @Test
    void aChatLineIsPostedToEveryoneInTheAuthorsName() {
        assertThat(CommandDecider.decide(candidate, new SessionCommand.PostChat("Can I assume reads dominate?")))
                .containsExactly(new PendingEvent(Audience.EVERYONE,
                        new SessionEvent.ChatPosted(candidate, "Can I assume reads dominate?")));
    }

    @Test
    void anUtteranceKeepsItsSource() {
        assertThat(CommandDecider.decide(candidate,
                new SessionCommand.RecordUtterance("I drove the migration", UtteranceSource.SPEECH)))
                .containsExactly(new PendingEvent(Audience.EVERYONE,
                        new SessionEvent.UtteranceRecorded(candidate, "I drove the migration", UtteranceSource.SPEECH)));
    }
}
