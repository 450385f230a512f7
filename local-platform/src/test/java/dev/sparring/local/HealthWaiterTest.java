package dev.sparring.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthWaiterTest {

    @Test
    void upMeansHttp200WithStatusUp() {
        assertThat(HealthWaiter.isUp(200, "{\"groups\":[\"liveness\"],\"status\":\"UP\"}")).isTrue();
        assertThat(HealthWaiter.isUp(200, "{ \"status\" : \"UP\" }")).isTrue();
    }

    @Test
    void anythingElseIsNotUp() {
        assertThat(HealthWaiter.isUp(503, "{\"status\":\"DOWN\",\"components\":{\"ping\":{\"status\":\"UP\"}}}")).isFalse();
        assertThat(HealthWaiter.isUp(200, "<html>some other server</html>")).isFalse();
        assertThat(HealthWaiter.isUp(200, null)).isFalse();
        assertThat(HealthWaiter.isUp(404, "{\"status\":\"UP\"}")).isFalse();
    }
}
