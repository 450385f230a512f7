package dev.sparring.gateway.auth;

import dev.sparring.platform.redis.RedisKeyspace;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts in Redis. Key layout (under the service's {@link RedisKeyspace} prefix):
 * <ul>
 * <li>{@code account:<username>}: the account as JSON ({@link Account})</li>
 * <li>{@code team:<teamId>:accounts}: a set of the team's user names, to list a team</li>
 * </ul>
 * Accounts live in Redis only (not in the Kafka log), so back Redis up in production (AOF).
 */
@Component
class AccountStore {

    /**
     * Stores the account only if the name is free, and indexes it under its team in the same
     * atomic step, so that two gateways creating the same name at once cannot both succeed and a
     * listed account always exists.
     */
    private static final RedisScript<Long> CREATE = RedisScript.of("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX') then
              redis.call('SADD', KEYS[2], ARGV[2])
              return 1
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final RedisKeyspace keyspace;

    AccountStore(StringRedisTemplate redis, JsonMapper json, RedisKeyspace keyspace) {
        this.redis = redis;
        this.json = json;
        this.keyspace = keyspace;
    }

    /** @return {@code false} when an account of that name exists already (it is left untouched) */
    boolean create(Account account) {
        Long created = redis.execute(CREATE, List.of(accountKey(account.username()), teamKey(account.teamId())),
                json.writeValueAsString(account), account.username());
        return created != null && created == 1L;
    }

    Optional<Account> find(String username) {
        return Optional.ofNullable(redis.opsForValue().get(accountKey(username)))
                .map(value -> json.readValue(value, Account.class));
    }

    /** The team's accounts ordered by user name. */
    List<Account> listByTeam(String teamId) {
        Set<String> usernames = redis.opsForSet().members(teamKey(teamId));
        if (usernames == null || usernames.isEmpty()) {
            return List.of();
        }
        List<String> keys = usernames.stream().map(this::accountKey).toList();
        List<String> values = redis.opsForValue().multiGet(keys);
        return (values == null ? List.<String>of() : values).stream()
                .filter(Objects::nonNull)
                .map(value -> json.readValue(value, Account.class))
                .filter(account -> teamId.equals(account.teamId()))
                .sorted(Comparator.comparing(Account::username))
                .toList();
    }

    /**
     * All account keys share the hash tag {@code {accounts}}: the create script updates an account and
     * its team's index together, which Redis Cluster allows only within one slot. Sign-in looks an
     * account up by name alone, so the tag cannot be the team; accounts are few and small.
     */
    private String accountKey(String username) {
        return keyspace.key("{accounts}:user:" + username);
    }

    private String teamKey(String teamId) {
        return keyspace.key("{accounts}:team:" + teamId);
    }
}
