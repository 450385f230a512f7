-- Claims sessions whose next deadline has passed: pushes each one's score forward by the lease so
-- other instances skip it while this one handles it. Handling rewrites the score from the
-- session's state; if this instance dies first, the lease runs out and another instance claims it.
-- KEYS[1] deadlines sorted set (member session id, score due time in epoch millis)
-- ARGV[1] now millis, ARGV[2] lease millis, ARGV[3] batch size
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local until_ms = tonumber(ARGV[1]) + tonumber(ARGV[2])
for _, session in ipairs(due) do
  redis.call('ZADD', KEYS[1], until_ms, session)
end
return due
