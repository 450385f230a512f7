package dev.sparring.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * docker-compose.yml cannot be started on machines without a Docker engine, so what would make it
 * fail at {@code docker compose up} is checked here instead: every image it builds comes from a
 * Dockerfile and a Maven module that exist, every service module is deployed, the applications
 * find Kafka and Redis where compose puts them, and nothing starts before what it needs is healthy.
 */
class DockerComposeFileTests {

    private static final String COMPOSE_FILE = "docker-compose.yml";
    private static final String KAFKA_IMAGE = "apache/kafka";
    private static final String REDIS_IMAGE = "redis";
    private static final String REDIS_PORT = "6379";
    private static final String SPRING_BOOT_PLUGIN = "spring-boot-maven-plugin";

    private static Path root;
    private static Map<String, Map<String, Object>> services;
    /** The services compose builds from source: the Sparring applications. */
    private static List<String> applications;
    private static String kafka;
    private static String redis;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve(COMPOSE_FILE)));
        services = new LinkedHashMap<>();
        asMap(compose.get("services")).forEach((name, service) -> services.put(name, asMap(service)));
        applications = services.keySet().stream().filter(name -> services.get(name).containsKey("build")).toList();
        kafka = serviceRunning(KAFKA_IMAGE);
        redis = serviceRunning(REDIS_IMAGE);
    }

    @Test
    void everyBuiltImageComesFromADockerfileThatExists() {
        assertThat(applications).as("services built from source").isNotEmpty();
        assertSoftly(softly -> applications.forEach(service -> softly.assertThat(build(service).dockerfile())
                .as("Dockerfile of %s", service).isRegularFile()));
    }

    @Test
    void everyBuiltImagePackagesAModuleOfTheMavenBuild() {
        List<String> modules = rootModules();
        assertSoftly(softly -> applications.forEach(service -> softly.assertThat(builtModule(service).orElse(null))
                .as("module that the Dockerfile of %s builds with mvn -pl, among the root pom's %s", service, modules)
                .isIn(modules)));
    }

    @Test
    void everyServiceModuleRunsInCompose() {
        Set<String> serviceModules = rootModules().stream().filter(DockerComposeFileTests::repackagesABootJar)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> deployed = applications.stream().map(DockerComposeFileTests::builtModule)
                .flatMap(Optional::stream).collect(Collectors.toCollection(TreeSet::new));

        assertThat(serviceModules).as("modules that build an executable Spring Boot jar").isNotEmpty();
        assertThat(deployed).as("modules built by %s", COMPOSE_FILE).containsAll(serviceModules);
    }

    @Test
    void everyApplicationFindsKafkaAtTheListenerAdvertisedToContainers() {
        Map<String, String> brokerEnvironment = environment(kafka);
        Listener advertised = listenerAdvertisedTo(kafka, brokerEnvironment);
        assertThat(listeners(brokerEnvironment.get("KAFKA_LISTENERS")))
                .as("KAFKA_LISTENERS of %s: the broker listens where it tells containers to connect", kafka)
                .anySatisfy(bound -> {
                    assertThat(bound.name()).isEqualTo(advertised.name());
                    assertThat(bound.port()).isEqualTo(advertised.port());
                });

        String bootstrap = kafka + ":" + advertised.port();
        assertSoftly(softly -> applications.forEach(service -> softly.assertThat(environment(service))
                .as("environment of %s", service).containsEntry("KAFKA_BOOTSTRAP", bootstrap)));
    }

    @Test
    void everyApplicationFindsRedisByItsServiceName() {
        assertSoftly(softly -> applications.forEach(service -> softly.assertThat(environment(service))
                .as("environment of %s", service)
                .containsEntry("REDIS_HOST", redis)
                .containsEntry("REDIS_PORT", REDIS_PORT)));
    }

    @Test
    void applicationsStartOnlyOnceKafkaAndRedisAreHealthy() {
        assertSoftly(softly -> applications.forEach(service -> softly.assertThat(dependencies(service))
                .as("depends_on of %s", service)
                .containsEntry(kafka, "service_healthy")
                .containsEntry(redis, "service_healthy")));
    }

    @Test
    void kafkaLeavesTopicCreationToTheApplications() {
        assertThat(environment(kafka)).as("environment of %s", kafka)
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void everyServiceHasAHealthcheck() {
        assertSoftly(softly -> services.keySet().forEach(service -> softly.assertThat(healthcheck(service))
                .as("healthcheck test of %s", service)
                .isNotEmpty()
                .doesNotContain("NONE")));
    }

    @Test
    void applicationsAreHealthyOnlyWhenTheirActuatorSaysSo() {
        assertSoftly(softly -> applications.forEach(service -> {
            String serverPort = environment(service).get("SERVER_PORT");
            softly.assertThat(serverPort).as("SERVER_PORT of %s", service).isNotBlank();
            softly.assertThat(String.join(" ", healthcheck(service))).as("healthcheck test of %s", service)
                    .contains("localhost:" + serverPort + "/actuator/health");
        }));
    }

    @Test
    void pulledImagesArePinned() {
        assertSoftly(softly -> {
            services.forEach((service, definition) -> {
                if (definition.get("image") instanceof String image && !definition.containsKey("build")) {
                    softly.assertThat(isPinned(image)).as("image %s of %s is pinned", image, service).isTrue();
                }
            });
            applications.stream().map(service -> build(service).dockerfile()).distinct().filter(Files::isRegularFile)
                    .forEach(dockerfile -> baseImages(dockerfile).forEach(image -> softly.assertThat(isPinned(image))
                            .as("base image %s in %s is pinned", image, root.relativize(dockerfile)).isTrue()));
        });
    }

    // ---- the repository ------------------------------------------------------------------------

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(COMPOSE_FILE))) {
                return dir;
            }
        }
        return fail("no %s in %s or any directory above it", COMPOSE_FILE, Path.of("").toAbsolutePath());
    }

    private static List<String> rootModules() {
        Element modules = child(pom(root.resolve("pom.xml")), "modules");
        return modules == null ? List.of() : children(modules, "module").stream().map(Node::getTextContent)
                .map(String::trim).toList();
    }

    /** A service module is one that repackages an executable Spring Boot jar: something to deploy. */
    private static boolean repackagesABootJar(String module) {
        Path pom = root.resolve(module).resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        Element plugins = child(child(pom(pom), "build"), "plugins");
        return plugins != null && children(plugins, "plugin").stream()
                .anyMatch(plugin -> SPRING_BOOT_PLUGIN.equals(text(child(plugin, "artifactId"))));
    }

    private static Element pom(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = parent == null ? List.of() : children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }

    // ---- images and Dockerfiles ----------------------------------------------------------------

    private record Build(Path dockerfile, Map<String, String> args) {
    }

    /** compose's build: a context path, or a map whose dockerfile is relative to its context. */
    private static Build build(String service) {
        Object build = services.get(service).get("build");
        if (build instanceof String context) {
            return new Build(root.resolve(context).resolve("Dockerfile").normalize(), Map.of());
        }
        Map<String, Object> definition = asMap(build);
        Path context = root.resolve(String.valueOf(definition.getOrDefault("context", ".")));
        Path dockerfile = context.resolve(String.valueOf(definition.getOrDefault("dockerfile", "Dockerfile")));
        return new Build(dockerfile.normalize(), keyValues(definition.get("args")));
    }

    private static final Pattern PROJECT_LIST = Pattern.compile("(?:-pl|--projects)[\\s=]+[\"']?([^\\s\"']+)");
    private static final Pattern ARG = Pattern.compile("(?m)^[ \\t]*ARG[ \\t]+(\\w+)(?:=(\\S*))?");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");
    private static final Pattern FROM = Pattern.compile("(?im)^[ \\t]*FROM[ \\t]+(?:--\\S+[ \\t]+)*(\\S+)(?:[ \\t]+AS[ \\t]+(\\S+))?");

    /** The module after {@code mvn -pl} in the service's Dockerfile, with build arguments resolved. */
    private static Optional<String> builtModule(String service) {
        Build build = build(service);
        if (!Files.isRegularFile(build.dockerfile())) {
            return Optional.empty();
        }
        String dockerfile = read(build.dockerfile());
        Matcher projects = PROJECT_LIST.matcher(dockerfile);
        if (!projects.find()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher arg = ARG.matcher(dockerfile);
        while (arg.find()) {
            if (arg.group(2) != null) {
                values.putIfAbsent(arg.group(1), arg.group(2).replaceAll("^[\"']|[\"']$", ""));
            }
        }
        values.putAll(build.args());
        return Optional.of(VARIABLE.matcher(projects.group(1))
                .replaceAll(variable -> Matcher.quoteReplacement(values.getOrDefault(variable.group(1), ""))))
                .filter(module -> !module.isBlank());
    }

    private static List<String> baseImages(Path dockerfile) {
        Matcher from = FROM.matcher(read(dockerfile));
        List<String> images = new ArrayList<>();
        Set<String> stages = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        while (from.find()) {
            if (!stages.contains(from.group(1)) && !"scratch".equals(from.group(1))) {
                images.add(from.group(1));
            }
            if (from.group(2) != null) {
                stages.add(from.group(2));
            }
        }
        return images;
    }

    /** A digest, or a tag other than latest: {@code docker compose pull} next month gets the same image. */
    private static boolean isPinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        String name = image.substring(image.lastIndexOf('/') + 1);
        int colon = name.indexOf(':');
        return colon > 0 && colon < name.length() - 1 && !name.substring(colon + 1).equals("latest")
                && !name.contains("$");
    }

    /** Image name without registry, tag or digest: docker.io/library/redis:7 is redis. */
    private static String repository(String image) {
        String name = image.split("@", 2)[0];
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) {
            name = name.substring(0, colon);
        }
        return name.replaceFirst("^(docker\\.io/|index\\.docker\\.io/|registry-1\\.docker\\.io/)", "")
                .replaceFirst("^library/", "");
    }

    private static String serviceRunning(String imageRepository) {
        List<String> matching = services.keySet().stream()
                .filter(name -> services.get(name).get("image") instanceof String image
                        && repository(image).equals(imageRepository))
                .toList();
        assertThat(matching).as("services of %s running %s", COMPOSE_FILE, imageRepository).hasSize(1);
        return matching.get(0);
    }

    // ---- Kafka listeners -----------------------------------------------------------------------

    private record Listener(String name, String host, String port) {
    }

    private static final Pattern LISTENER = Pattern.compile("([A-Za-z0-9_]+)://([^:,]*):(\\d+)");

    private static List<Listener> listeners(String value) {
        List<Listener> listeners = new ArrayList<>();
        Matcher listener = LISTENER.matcher(value == null ? "" : value);
        while (listener.find()) {
            listeners.add(new Listener(listener.group(1), listener.group(2), listener.group(3)));
        }
        return listeners;
    }

    /** The advertised listener whose host is the broker's service name: the one other containers use. */
    private static Listener listenerAdvertisedTo(String broker, Map<String, String> brokerEnvironment) {
        List<Listener> toContainers = listeners(brokerEnvironment.get("KAFKA_ADVERTISED_LISTENERS")).stream()
                .filter(listener -> listener.host().equals(broker)).toList();
        assertThat(toContainers).as("listeners that %s advertises as %s:<port> in KAFKA_ADVERTISED_LISTENERS",
                broker, broker).hasSize(1);
        return toContainers.get(0);
    }

    // ---- compose values ------------------------------------------------------------------------

    /** environment as a map, whether written as a map or as a list of KEY=value. */
    private static Map<String, String> environment(String service) {
        return keyValues(services.get(service).get("environment"));
    }

    /** depends_on as service → condition; the short list form has no condition. */
    private static Map<String, String> dependencies(String service) {
        Object dependsOn = services.get(service).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> names) {
            names.forEach(name -> conditions.put(String.valueOf(name), "service_started"));
        } else if (dependsOn instanceof Map<?, ?> map) {
            map.forEach((name, options) -> conditions.put(String.valueOf(name),
                    String.valueOf(asMap(options).getOrDefault("condition", "service_started"))));
        }
        return conditions;
    }

    /** The healthcheck's test as a list of words; empty when there is none or it is disabled. */
    private static List<String> healthcheck(String service) {
        Map<String, Object> healthcheck = asMap(services.get(service).get("healthcheck"));
        if (Boolean.TRUE.equals(healthcheck.get("disable"))) {
            return List.of();
        }
        Object test = healthcheck.get("test");
        if (test instanceof List<?> words) {
            return words.stream().map(String::valueOf).toList();
        }
        return test == null ? List.of() : List.of(String.valueOf(test));
    }

    private static Map<String, String> keyValues(Object value) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> entries.put(String.valueOf(key), entry == null ? "" : String.valueOf(entry)));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> {
                String[] keyValue = String.valueOf(item).split("=", 2);
                entries.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
            });
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
