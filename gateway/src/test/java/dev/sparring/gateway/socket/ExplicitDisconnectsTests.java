package dev.sparring.gateway.socket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which text messages are a client's STOMP goodbye. */
class ExplicitDisconnectsTests {

    @Test
    void aDisconnectFrameIsAGoodbyeWithOrWithoutHeadersAndAfterHeartBeats() {
        assertThat(ExplicitDisconnects.isDisconnect("DISCONNECT\n\n\0")).isTrue();
        assertThat(ExplicitDisconnects.isDisconnect("DISCONNECT\nreceipt:bye-1\n\n\0")).isTrue();
        assertThat(ExplicitDisconnects.isDisconnect("DISCONNECT\r\n\r\n\0")).isTrue();
        assertThat(ExplicitDisconnects.isDisconnect("\n\nDISCONNECT\n\n\0")).isTrue();
    }

    @Test
    void otherFramesAreNot() {
        assertThat(ExplicitDisconnects.isDisconnect("SEND\ndestination:/app/x\n\nDISCONNECT\0")).isFalse();
        assertThat(ExplicitDisconnects.isDisconnect("DISCONNECTED\n\n\0")).isFalse();
        assertThat(ExplicitDisconnects.isDisconnect("DISCONNECT")).isFalse();
        assertThat(ExplicitDisconnects.isDisconnect("\n")).isFalse();
        assertThat(ExplicitDisconnects.isDisconnect("")).isFalse();
    }
}
