-- Applies one command's outcome to a session atomically and at most once per command id:
-- stores the new state, advances the sequence and appends the events, provided no other writer
-- moved the session on since its state was read (optimistic concurrency on the sequence).
-- KEYS[1] state, KEYS[2] sequence, KEYS[3] event stream, KEYS[4] applied-commands hash, KEYS[5] kit
-- ARGV[1] command id, ARGV[2] expected sequence, ARGV[3] stream window, ARGV[4] retention seconds,
-- ARGV[5] new state json (without the kit), ARGV[6] kit json ('' when unchanged), ARGV[7] event count,
-- then per event: id, occurredAt, audience, payload
-- Returns {1, first, count} applied now; {0, first, count} applied before; {-1, current} conflict.
local applied = redis.call('HGET', KEYS[4], ARGV[1])
if applied then
  local sep = string.find(applied, ':', 1, true)
  return {0, tonumber(string.sub(applied, 1, sep - 1)), tonumber(string.sub(applied, sep + 1))}
end
local current = tonumber(redis.call('GET', KEYS[2]) or '0')
if current ~= tonumber(ARGV[2]) then
  return {-1, current}
end
local count = tonumber(ARGV[7])
local first = current + 1
for i = 0, count - 1 do
  local at = 8 + i * 4
  redis.call('XADD', KEYS[3], 'MAXLEN', ARGV[3], (first + i) .. '-0',
    'id', ARGV[at], 'occurredAt', ARGV[at + 1], 'command', ARGV[1], 'audience', ARGV[at + 2], 'event', ARGV[at + 3])
end
if count > 0 then
  redis.call('SET', KEYS[2], current + count)
  redis.call('SET', KEYS[1], ARGV[5])
  if ARGV[6] ~= '' then
    redis.call('SET', KEYS[5], ARGV[6])
  end
end
redis.call('HSET', KEYS[4], ARGV[1], first .. ':' .. count)
local ttl = tonumber(ARGV[4])
for i = 1, 5 do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('EXPIRE', KEYS[i], ttl)
  end
end
return {1, first, count}
