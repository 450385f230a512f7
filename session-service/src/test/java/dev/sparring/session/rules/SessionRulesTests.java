package dev.sparring.session.rules;

import dev.sparring.contracts.session.Actor;
import dev.sparring.contracts.session.Audience;
import dev.sparring.contracts.session.DeadlineKind;
import dev.sparring.contracts.session.ErrorCode;
import dev.sparring.contracts.session.ParticipantRole;
import dev.sparring.contracts.session.PresenceStatus;
import dev.sparring.contracts.session.Recommendation;
import dev.sparring.contracts.session.RoundState.RoundStatus;
import dev.sparring.contracts.session.SessionCommand;
import dev.sparring.contracts.session.SessionEvent;
import dev.sparring.contracts.session.SessionState.SessionStatus;
import dev.sparring.testsupport.TestKits;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionRulesTests {

    static final Actor ADA = new Actor("ada", "Ada", ParticipantRole.INTERVIEWER);
    static final Actor LINUS = new Actor("candidate:s-1", "Linus", ParticipantRole.CANDIDATE);
    static final Duration ROUND = Duration.ofMinutes(45);

    final SessionScenario session = new SessionScenario();

    SessionScenario created() {
        session.accept(ADA, new SessionCommand.CreateSession("team-1", TestKits.threeRounds(ROUND), "Linus"));
        return session;
    }

    SessionScenario inSystemDesign() {
        created().accept(ADA, new SessionCommand.StartRound(1));
        return session;
    }

    static Decision.Rejected rejected(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        return (Decision.Rejected) decision;
    }

    @Nested
    class CreatingASession {

        @Test
        void anInterviewerCreatesItForTheirTeamAndOnlyInterviewersSeeTheKit() {
            Decision decision = session.send(ADA,
                    new SessionCommand.CreateSession("team-1", TestKits.threeRounds(ROUND), "Linus"));

            assertThat(((Decision.Accepted) decision).events()).singleElement()
                    .satisfies(event -> assertThat(event.audience()).isEqualTo(Audience.INTERVIEWERS));
            assertThat(session.state().status()).isEqualTo(SessionStatus.OPEN);
            assertThat(session.state().rounds()).extracting(round -> round.status())
                    .containsOnly(RoundStatus.PENDING);
        }

        @Test
        void aCandidateCannotCreateOne() {
            assertThat(rejected(session.send(LINUS,
                    new SessionCommand.CreateSession("team-1", TestKits.threeRounds(ROUND), "Linus"))).code())
                    .isEqualTo(ErrorCode.FORBIDDEN);
        }

        @Test
        void anyOtherCommandForAnUnknownSessionIsRefused() {
            assertThat(rejected(session.send(ADA, new SessionCommand.StartRound(0))).code())
                    .isEqualTo(ErrorCode.UNKNOWN_SESSION);
        }
    }

    @Nested
    class Rounds {

        @Test
        void startingARoundRunsItsClockFromItsFirstPhase() {
            List<SessionEvent> events = created().accept(ADA, new SessionCommand.StartRound(1));

            assertThat(events).singleElement().isInstanceOfSatisfying(SessionEvent.RoundStarted.class, started -> {
                assertThat(started.phaseId()).isEqualTo("requirements");
                assertThat(started.timer().running()).isTrue();
                assertThat(started.timer().remaining()).isEqualTo(ROUND);
            });
            assertThat(session.state().status()).isEqualTo(SessionStatus.IN_PROGRESS);
            assertThat(session.state().currentRound()).isEqualTo(1);
        }

        @Test
        void onlyOneRoundRunsAtATimeAndARoundIsPlayedOnce() {
            inSystemDesign();

            assertThat(rejected(session.send(ADA, new SessionCommand.StartRound(2))).message())
                    .contains("round 1 is still running");
            session.accept(ADA, new SessionCommand.EndRound());
            assertThat(rejected(session.send(ADA, new SessionCommand.StartRound(1))).code())
                    .isEqualTo(ErrorCode.NOT_ALLOWED_NOW);
            assertThat(rejected(session.send(ADA, new SessionCommand.StartRound(7))).code())
                    .isEqualTo(ErrorCode.UNKNOWN_ROUND);
        }

        @Test
        void phasesAdvanceInOrderUntilTheLast() {
            inSystemDesign();

            List<String> phases = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                session.after(Duration.ofMinutes(5));
                SessionEvent.PhaseAdvanced advanced = (SessionEvent.PhaseAdvanced) session
                        .accept(ADA, new SessionCommand.AdvancePhase()).get(0);
                phases.add(advanced.phaseId());
            }

            assertThat(phases).containsExactly("scale-estimate", "high-level-design", "deep-dive", "wrap-up");
            assertThat(rejected(session.send(ADA, new SessionCommand.AdvancePhase())).message())
                    .contains("last phase");
        }

        @Test
        void aCandidateCannotSteerTheInterview() {
            inSystemDesign();

            for (SessionCommand command : List.of(new SessionCommand.AdvancePhase(), new SessionCommand.EndRound(),
                    new SessionCommand.PauseTimer(), new SessionCommand.RevealPrompt("rate-limiter"),
                    new SessionCommand.WriteNote("peek"), new SessionCommand.EndSession(),
                    new SessionCommand.ScoreCompetency(1, "trade-offs", 4, ""))) {
                assertThat(rejected(session.send(LINUS, command)).code()).as(command.toString())
                        .isEqualTo(ErrorCode.FORBIDDEN);
            }
        }

        @Test
        void endingTheSessionEndsTheRunningRoundAndRefusesFurtherPlay() {
            inSystemDesign().after(Duration.ofMinutes(10));

            List<SessionEvent> events = session.accept(ADA, new SessionCommand.EndSession());

            assertThat(events).hasExactlyElementsOfTypes(SessionEvent.RoundEnded.class, SessionEvent.SessionEnded.class);
            assertThat(session.state().rounds().get(1).clock().usedBeforeRun()).isEqualTo(Duration.ofMinutes(10));
            assertThat(rejected(session.send(LINUS, new SessionCommand.PostChat("hello?"))).message())
                    .contains("ended");
        }
    }

    @Nested
    class Timer {

        @Test
        void pausingStopsTheClockAndExtendingAddsTime() {
            inSystemDesign().after(Duration.ofMinutes(10));
            session.accept(ADA, new SessionCommand.PauseTimer());
            session.after(Duration.ofMinutes(30));
            SessionEvent.TimerExtended extended = (SessionEvent.TimerExtended) session
                    .accept(ADA, new SessionCommand.ExtendTimer(Duration.ofMinutes(5))).get(0);

            assertThat(extended.timer().running()).isFalse();
            assertThat(extended.timer().remaining()).isEqualTo(Duration.ofMinutes(40));
            assertThat(rejected(session.send(ADA, new SessionCommand.PauseTimer())).message()).contains("paused");
        }

        @Test
        void theRoundDeadlineFiresOnceWhenTheTimeBoxRunsOut() {
            inSystemDesign();
            Deadlines.Deadline round = roundDeadline();
            assertThat(round.dueAt()).isEqualTo(session.now().plus(ROUND));

            session.after(ROUND);
            List<SessionEvent> fired = session.accept(Actor.SYSTEM, round.elapse());
            List<SessionEvent> again = session.accept(Actor.SYSTEM, round.elapse());

            assertThat(fired).singleElement().isInstanceOfSatisfying(SessionEvent.DeadlineElapsed.class,
                    elapsed -> assertThat(elapsed.kind()).isEqualTo(DeadlineKind.ROUND));
            assertThat(again).isEmpty();
        }

        @Test
        void aDeadlineThatMovedIsStaleAndDoesNotFire() {
            inSystemDesign();
            Deadlines.Deadline original = roundDeadline();
            session.after(Duration.ofMinutes(20));
            session.accept(ADA, new SessionCommand.PauseTimer());
            session.after(Duration.ofMinutes(30));

            assertThat(session.accept(Actor.SYSTEM, original.elapse())).isEmpty();
            assertThat(Deadlines.pending(session.state(), SessionScenario.GRACE)).isEmpty();
        }

        @Test
        void thePhaseDeadlineCountsFromTheStartOfThePhaseOnTheRoundClock() {
            inSystemDesign();
            session.after(Duration.ofMinutes(3));
            session.accept(ADA, new SessionCommand.AdvancePhase());

            Deadlines.Deadline phase = Deadlines.pending(session.state(), SessionScenario.GRACE).stream()
                    .filter(deadline -> deadline.kind() == DeadlineKind.PHASE).findFirst().orElseThrow();

            assertThat(phase.phaseIndex()).isEqualTo(1);
            assertThat(phase.dueAt()).isEqualTo(session.now().plus(ROUND.dividedBy(5)));
        }

        @Test
        void onlyThePlatformElapsesDeadlines() {
            inSystemDesign().after(ROUND);

            assertThat(rejected(session.send(ADA, roundDeadline().elapse())).code()).isEqualTo(ErrorCode.FORBIDDEN);
        }

        private Deadlines.Deadline roundDeadline() {
            return Deadlines.pending(session.state(), SessionScenario.GRACE).stream()
                    .filter(deadline -> deadline.kind() == DeadlineKind.ROUND).findFirst().orElseThrow();
        }
    }

    @Nested
    class Prompts {

        @Test
        void revealingAndHidingChangesWhatTheCandidateSees() {
            inSystemDesign();

            SessionEvent.PromptRevealed revealed = (SessionEvent.PromptRevealed) session
                    .accept(ADA, new SessionCommand.RevealPrompt("rate-limiter-cache-cold")).get(0);
            assertThat(revealed.text()).isEqualTo("What happens when the counter cache is cold?");
            assertThat(revealed.parentPromptId()).isEqualTo("rate-limiter");
            assertThat(session.state().rounds().get(1).revealedPromptIds()).containsExactly("rate-limiter-cache-cold");

            session.accept(ADA, new SessionCommand.HidePrompt("rate-limiter-cache-cold"));
            assertThat(session.state().rounds().get(1).revealedPromptIds()).isEmpty();
        }

        @Test
        void unknownPromptsAndPromptsOfOtherRoundsAreRefused() {
            inSystemDesign();

            assertThat(rejected(session.send(ADA, new SessionCommand.RevealPrompt("nope"))).code())
                    .isEqualTo(ErrorCode.UNKNOWN_PROMPT);
            assertThat(rejected(session.send(ADA, new SessionCommand.RevealPrompt("lru-cache"))).code())
                    .isEqualTo(ErrorCode.UNKNOWN_PROMPT);
            assertThat(rejected(session.send(ADA, new SessionCommand.HidePrompt("rate-limiter"))).code())
                    .isEqualTo(ErrorCode.NOT_ALLOWED_NOW);
        }
    }

    @Nested
    class Transcript {

        @Test
        void utterancesAreStampedWithRoundPhaseAndRoundClock() {
            inSystemDesign().after(Duration.ofSeconds(90));

            SessionEvent.UtteranceRecorded said = (SessionEvent.UtteranceRecorded) session.accept(LINUS,
                    new SessionCommand.RecordUtterance("Is it per user or per IP?", null)).get(0);

            assertThat(said.moment().roundIndex()).isEqualTo(1);
            assertThat(said.moment().phaseId()).isEqualTo("requirements");
            assertThat(said.moment().offset()).isEqualTo(Duration.ofSeconds(90));
        }

        @Test
        void notesAndScoresAreForInterviewersOnly() {
            inSystemDesign();

            Decision note = session.send(ADA, new SessionCommand.WriteNote("Asked about scale early"));
            Decision score = session.send(ADA, new SessionCommand.ScoreCompetency(1, "requirements", 3, "good"));
            Decision recommendation = session.send(ADA, new SessionCommand.Recommend(Recommendation.YES));

            for (Decision decision : List.of(note, score, recommendation)) {
                assertThat(((Decision.Accepted) decision).events()).extracting(Decision.Pending::audience)
                        .containsOnly(Audience.INTERVIEWERS);
            }
        }

        @Test
        void aScoreNamesACompetencyOfItsRoundAndALaterScoreReplacesTheEarlier() {
            inSystemDesign();

            assertThat(rejected(session.send(ADA, new SessionCommand.ScoreCompetency(1, "ownership", 3, ""))).code())
                    .isEqualTo(ErrorCode.UNKNOWN_COMPETENCY);
            assertThat(rejected(session.send(ADA, new SessionCommand.ScoreCompetency(2, "ownership", 3, ""))).code())
                    .isEqualTo(ErrorCode.NOT_ALLOWED_NOW);
            session.accept(ADA, new SessionCommand.ScoreCompetency(1, "trade-offs", 2, ""));
            session.accept(ADA, new SessionCommand.ScoreCompetency(1, "trade-offs", 3, "revised"));

            assertThat(session.state().rounds().get(1).scores()).singleElement()
                    .satisfies(score -> assertThat(score.level()).isEqualTo(3));
        }

        @Test
        void aNoteBeforeTheFirstRoundBelongsToNoRound() {
            created();

            session.accept(ADA, new SessionCommand.WriteNote("Candidate joined early"));

            assertThat(session.state().rounds()).allSatisfy(round -> assertThat(round.notes()).isEmpty());
        }

        @Test
        void theCodePadCountsItsRevisions() {
            created();
            session.accept(LINUS, new SessionCommand.UpdateCode("def f(): pass", "python"));
            session.accept(LINUS, new SessionCommand.UpdateCode("def f(): return 1", "python"));

            assertThat(session.state().codePad().revision()).isEqualTo(2);
            assertThat(session.state().codePad().text()).isEqualTo("def f(): return 1");
        }
    }

    @Nested
    class Presence {

        @Test
        void aDroppedParticipantLeavesWhenTheGracePeriodRunsOutUnlessBackInTime() {
            created();
            session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-1"));
            session.accept(Actor.SYSTEM, presence(PresenceStatus.RECONNECTING, "tab-1"));
            Deadlines.Deadline grace = Deadlines.pending(session.state(), SessionScenario.GRACE).get(0);

            session.after(SessionScenario.GRACE);
            List<SessionEvent> events = session.accept(Actor.SYSTEM, grace.elapse());

            assertThat(events).singleElement()
                    .isEqualTo(new SessionEvent.PresenceChanged(LINUS, PresenceStatus.LEFT, List.of()));
        }

        @Test
        void aParticipantWithTwoTabsOpenStaysConnectedUntilTheLastOneCloses() {
            created();
            session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-1"));
            session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-2"));

            assertThat(session.accept(Actor.SYSTEM, presence(PresenceStatus.LEFT, "tab-1"))).singleElement()
                    .isEqualTo(new SessionEvent.PresenceChanged(LINUS, PresenceStatus.CONNECTED, List.of("tab-2")));
            assertThat(Deadlines.pending(session.state(), SessionScenario.GRACE)).isEmpty();
            assertThat(session.accept(Actor.SYSTEM, presence(PresenceStatus.RECONNECTING, "tab-2"))).singleElement()
                    .isEqualTo(new SessionEvent.PresenceChanged(LINUS, PresenceStatus.RECONNECTING, List.of()));
        }

        @Test
        void connectedSinceIsWhenTheParticipantCameNotWhenTheirSecondTabOpened() {
            created();
            session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-1"));
            java.time.Instant came = session.state().participants().get(LINUS.userId()).since();
            session.after(Duration.ofMinutes(5));

            session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-2"));

            assertThat(session.state().participants().get(LINUS.userId()))
                    .satisfies(participation -> assertThat(participation.since()).isEqualTo(came))
                    .satisfies(participation -> assertThat(participation.connections()).containsExactly("tab-1", "tab-2"));
        }

        @Test
        void nobodyIsWaitedForOnceTheSessionHasEnded() {
            created();
            session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-1"));
            session.accept(ADA, new SessionCommand.EndSession());

            assertThat(session.accept(Actor.SYSTEM, presence(PresenceStatus.RECONNECTING, "tab-1"))).isEmpty();
            assertThat(Deadlines.pending(session.state(), SessionScenario.GRACE)).isEmpty();
        }

        @Test
        void aRepeatedPresenceChangesNothing() {
            created();
            session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-1"));

            assertThat(session.accept(Actor.SYSTEM, presence(PresenceStatus.CONNECTED, "tab-1"))).isEmpty();
        }

        private SessionCommand.UpdatePresence presence(PresenceStatus status, String connection) {
            return new SessionCommand.UpdatePresence(LINUS, status, connection);
        }
    }

    @Test
    void replayingTheEventLogRebuildsTheSameState() {
        inSystemDesign().after(Duration.ofMinutes(4));
        session.accept(ADA, new SessionCommand.RevealPrompt("rate-limiter"));
        session.accept(ADA, new SessionCommand.AdvancePhase());
        session.accept(ADA, new SessionCommand.PauseTimer());
        session.accept(ADA, new SessionCommand.ScoreCompetency(1, "requirements", 4, ""));

        assertThat(SessionEvolution.replay(session.log())).isEqualTo(session.state());
    }
}
