package dev.sparring.evaluation.report;

import dev.sparring.contracts.Topics;
import dev.sparring.contracts.report.ReportPublished;
import dev.sparring.evaluation.material.SessionMaterial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a new report version when the material says something new. The compacted
 * {@code sparring.reports} topic is the durable record (every version has its own key, so
 * compaction keeps them all); the Redis view is written after Kafka acknowledged, and can be rebuilt
 * from the topic. The same material never makes a second version.
 */
@Component
public class ReportPublisher {

    private final ReportBuilder builder;
    private final ReportView view;
    private final KafkaTemplate<String, Object> kafka;
    private final ReportProperties properties;
    private final JsonMapper json;

    ReportPublisher(ReportBuilder builder, ReportView view, KafkaTemplate<String, Object> kafka,
            ReportProperties properties, JsonMapper json) {
        this.builder = builder;
        this.view = view;
        this.kafka = kafka;
        this.properties = properties;
        this.json = json;
    }

    public Optional<Integer> latestVersion(String sessionId) {
        return view.latestVersion(sessionId);
    }

    /** @return the version now current */
    public int publishIfChanged(SessionMaterial material) {
        SessionReport draft = builder.report(material, 0);
        String digest = digest(json.writeValueAsString(draft.withVersion(0)));
        Optional<Integer> latest = view.latestVersion(material.sessionId());
        if (latest.isPresent() && view.digest(material.sessionId()).filter(digest::equals).isPresent()) {
            return latest.get();
        }
        int version = latest.orElse(0) + 1;
        SessionReport report = draft.withVersion(version);
        boolean showLevels = properties.teamsSharingLevels().contains(material.teamId());
        ReportPublished published = new ReportPublished(material.sessionId(), version, material.teamId(),
                report.generatedAt(), json.writeValueAsString(report),
                json.writeValueAsString(builder.feedback(report, showLevels)));
        send(published);
        view.store(published, digest);
        return version;
    }

    private void send(ReportPublished published) {
        int partitions = Topics.find(Topics.REPORTS).orElseThrow().partitions();
        // the partition of the session id, not of the versioned key: a session's versions stay in order
        int partition = Utils.toPositive(Utils.murmur2(published.sessionId().getBytes(StandardCharsets.UTF_8)))
                % partitions;
        try {
            kafka.send(new ProducerRecord<>(Topics.REPORTS, partition, published.key(), published))
                    .get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while publishing a report", e);
        } catch (Exception e) {
            throw new KafkaException("report " + published.key() + " was not acknowledged by Kafka", e);
        }
    }

    static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
