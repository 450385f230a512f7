package dev.sparring.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Checks before anything starts that every port is free, so a clash is reported up front by name
 * instead of as a bind error buried in a child's log after half the platform is up.
 */
final class PortCheck {

    private PortCheck() {
    }

    /**
     * Binds the wildcard address, which fails if anything listens on the port on any interface: the
     * services bind all interfaces, and on Linux a listener on 127.0.0.1 alone blocks that too.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // SO_REUSEADDR lets a port whose last connections linger in TIME_WAIT count as free, as it is for the servers
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws {@link StartupException} naming every busy port, its owner and how to move it. */
    static void requireFree(List<PortClaim> claims) {
        List<String> problems = claims.stream()
                .filter(claim -> !isFree(claim.port()))
                .map(PortCheck::describeBusy)
                .toList();
        if (!problems.isEmpty()) {
            throw new StartupException(String.join(System.lineSeparator(), problems));
        }
    }

    static String describeBusy(PortClaim claim) {
        return "Port " + claim.port() + " (for " + claim.owner() + ") is already in use. Stop whatever listens there"
                + " (see `ss -ltnp 'sport = :" + claim.port() + "'`; an earlier run-local.sh may still be running)"
                + " or choose another port: " + claim.overrideVariable() + "=<port> ./run-local.sh";
    }
}
