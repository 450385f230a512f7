package dev.sparring.local;

/**
 * A port the platform is about to listen on.
 *
 * @param port the TCP port
 * @param owner who will listen there, as the user knows it ("Kafka", "gateway")
 * @param overrideVariable the environment variable that moves it elsewhere
 */
public record PortClaim(int port, String owner, String overrideVariable) {
}
