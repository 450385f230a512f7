package dev.sparring.platform.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/** Lua scripts kept as files next to the code that runs them. */
public final class RedisScripts {

    private RedisScripts() {
    }

    /**
     * The script's text, read once. {@code RedisScript.of(Resource)} would check the resource for
     * changes on every call, which inside a Boot jar means resolving a nested jar URL per command:
     * measurable on the session-service's hot path.
     */
    public static <T> RedisScript<T> fromClasspath(String path, Class<T> resultType) {
        try {
            return RedisScript.of(new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8), resultType);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Redis script " + path, e);
        }
    }
}
