package dev.sparring.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reading content files from the classpath and the mappers that parse them; shared by the kit and
 * rubric packages, not meant for other callers.
 */
public final class ContentFiles {

    /**
     * Unknown properties fail, so a misspelt {@code deepdives:} is an error instead of silently lost
     * content. A missing number reads as 0 rather than failing in the parser, so that the validator
     * reports it with its own rule and message ("version must be at least 1").
     */
    public static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Configured like {@link #YAML}. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ContentFiles() {
    }

    /**
     * The files named in {@code <directory>/index.txt}, one per line ({@code #} comments and blank lines
     * skipped), as classpath paths. An index, because listing a classpath directory does not work
     * reliably inside a jar.
     */
    public static List<String> index(String directory) {
        return read(directory + "/index.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(name -> directory + "/" + name)
                .toList();
    }

    /** A classpath resource as UTF-8 text; a missing resource is a packaging error. */
    public static String read(String path) {
        try (InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }
}
