package dev.sparring.platform.report;

import dev.sparring.platform.redis.RedisKeyspace;

/**
 * The Redis view of rubric reports, written by the evaluation-service and read by gateways. It is
 * a view: the compacted {@code sparring.reports} topic holds every version and rebuilds it.
 *
 * <pre>
 * {prefix}report:{id}:reports    hash    version -> report JSON
 * {prefix}report:{id}:feedback   hash    version -> candidate feedback JSON
 * {prefix}report:{id}:latest     string  the latest version
 * {prefix}report:{id}:content    string  digest of the latest version's content (to tell a revision from a repeat)
 * </pre>
 */
public final class ReportKeys {

    private final String reports;
    private final String feedback;
    private final String latest;
    private final String content;

    public ReportKeys(RedisKeyspace keyspace, String sessionId) {
        String base = keyspace.key("report:{" + sessionId + "}:");
        this.reports = base + "reports";
        this.feedback = base + "feedback";
        this.latest = base + "latest";
        this.content = base + "content";
    }

    public String reports() {
        return reports;
    }

    public String feedback() {
        return feedback;
    }

    public String latest() {
        return latest;
    }

    public String content() {
        return content;
    }
}
