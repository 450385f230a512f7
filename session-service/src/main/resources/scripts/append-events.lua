-- Applies one command's events to a session atomically, at most once per command id.
-- KEYS[1] sequence counter, KEYS[2] event stream, KEYS[3] applied-commands hash
-- ARGV[1] command id, ARGV[2] stream window, ARGV[3] retention in seconds, ARGV[4] event count,
-- then per event: id, occurredAt, audience, payload json
-- Returns {1, firstSequence, count} when applied now, {0, firstSequence, count} when applied before.
local applied = redis.call('HGET', KEYS[3], ARGV[1])
if applied then
  local sep = string.find(applied, ':', 1, true)
  return {0, tonumber(string.sub(applied, 1, sep - 1)), tonumber(string.sub(applied, sep + 1))}
end
local count = tonumber(ARGV[4])
local last = redis.call('INCRBY', KEYS[1], count)
local first = last - count + 1
for i = 0, count - 1 do
  local at = 5 + i * 4
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], (first + i) .. '-0',
    'id', ARGV[at], 'occurredAt', ARGV[at + 1], 'command', ARGV[1], 'audience', ARGV[at + 2], 'event', ARGV[at + 3])
end
redis.call('HSET', KEYS[3], ARGV[1], first .. ':' .. count)
local ttl = tonumber(ARGV[3])
for i = 1, 3 do
  redis.call('EXPIRE', KEYS[i], ttl)
end
return {1, first, count}
