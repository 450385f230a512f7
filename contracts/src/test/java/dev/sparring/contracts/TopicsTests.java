package dev.sparring.contracts;

import dev.sparring.contracts.Topics.TopicSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicsTests {

    @Test
    void sessionStreamsHaveAtLeastSixPartitions() {
        assertThat(Topics.find(Topics.SESSION_COMMANDS)).get().extracting(TopicSpec::partitions).isEqualTo(6);
        assertThat(Topics.find(Topics.SESSION_EVENTS)).get().extracting(TopicSpec::partitions).isEqualTo(6);
        assertThat(Topics.find(Topics.COMMAND_REJECTIONS)).get().extracting(TopicSpec::partitions).isEqualTo(6);
    }

    @Test
    void everyTopicHasADeadLetterTopicWithTheSamePartitionsAndValueType() {
        List<TopicSpec> primary = Topics.all().stream().filter(spec -> !spec.isDeadLetter()).toList();
        assertThat(primary).isNotEmpty();
        for (TopicSpec topic : primary) {
            assertThat(Topics.find(topic.name() + "-dlt")).get()
                    .satisfies(dlt -> {
                        assertThat(dlt.partitions()).isEqualTo(topic.partitions());
                        assertThat(dlt.valueType()).isEqualTo(topic.valueType());
                    });
        }
    }

    @Test
    void topicNamesAreUniquePrefixedKebabCaseNouns() {
        assertThat(Topics.all()).extracting(TopicSpec::name)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("sparring\\.[a-z]+(-[a-z]+)*"), "sparring.<kebab-case>");
    }

    @Test
    void theSessionEventLogIsKeptForeverAndReportsAndKitsAreCompacted() {
        assertThat(Topics.find(Topics.SESSION_EVENTS)).get().extracting(TopicSpec::retention)
                .isEqualTo(Topics.Retention.FOREVER);
        assertThat(Topics.find(Topics.REPORTS)).get().extracting(TopicSpec::retention)
                .isEqualTo(Topics.Retention.COMPACTED);
        assertThat(Topics.find(Topics.KITS)).get().extracting(TopicSpec::retention)
                .isEqualTo(Topics.Retention.COMPACTED);
    }

    @Test
    void aTopicOutsideThePlatformPrefixIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSpec("session-events", 6, Topics.Retention.TIMED, Object.class))
                .withMessageContaining("sparring.");
    }
}
