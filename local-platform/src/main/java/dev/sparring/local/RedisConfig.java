package dev.sparring.local;

import java.nio.file.Path;

/** The redis.conf of the local Redis: loopback only, RDB snapshots in the data directory, log to stdout. */
final class RedisConfig {

    private RedisConfig() {
    }

    static String render(int port, Path dataDir) {
        return """
                # Written by dev.sparring.local.RedisProcess on every start; edits are overwritten
                port %d
                bind 127.0.0.1
                protected-mode yes
                daemonize no
                dir %s
                dbfilename dump.rdb
                # an append-only file fsynced every second (and a snapshot on shutdown), so a restart keeps
                # session state like Kafka keeps its topics; a crash loses about a second at most
                save 60 1
                appendonly yes
                appendfsync everysec
                """.formatted(port, quote(dataDir.toAbsolutePath().toString()));
    }

    /** A redis.conf string argument: double quotes protect spaces, backslash escapes quotes and backslashes. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
