-- Rebuilds a session from its event log, unless Redis already holds that version or a newer one.
-- KEYS[1] state, KEYS[2] sequence, KEYS[3] event stream, KEYS[4] applied-commands hash, KEYS[5] kit
-- ARGV[1] version, ARGV[2] stream window, ARGV[3] retention seconds, ARGV[4] state json (without the kit),
-- ARGV[5] kit json, ARGV[6] applied count, then per command: id, "first:count";
-- then the event count, then per event (the last `window` only): sequence, id, occurredAt, command, audience, payload
-- Returns 1 restored, 0 Redis was not behind.
local version = tonumber(ARGV[1])
if tonumber(redis.call('GET', KEYS[2]) or '0') >= version then
  return 0
end
local at = 7
local applied = tonumber(ARGV[6])
for i = 1, applied do
  redis.call('HSET', KEYS[4], ARGV[at], ARGV[at + 1])
  at = at + 2
end
local count = tonumber(ARGV[at])
at = at + 1
redis.call('DEL', KEYS[3])
for i = 1, count do
  redis.call('XADD', KEYS[3], 'MAXLEN', ARGV[2], ARGV[at] .. '-0',
    'id', ARGV[at + 1], 'occurredAt', ARGV[at + 2], 'command', ARGV[at + 3], 'audience', ARGV[at + 4], 'event', ARGV[at + 5])
  at = at + 6
end
redis.call('SET', KEYS[2], version)
redis.call('SET', KEYS[1], ARGV[4])
redis.call('SET', KEYS[5], ARGV[5])
local ttl = tonumber(ARGV[3])
for i = 1, 5 do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('EXPIRE', KEYS[i], ttl)
  end
end
return 1
