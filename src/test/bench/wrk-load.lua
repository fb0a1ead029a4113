-- wrk script of wrk-load.sh, set by the environment:
--   WRK_PATH      the path (and query) to GET, or to POST when WRK_BODY_FILE is set
--   WRK_KEY       an X-API-Key header (empty: none)
--   WRK_USERS     a file of shopper ids, one a line: "{user}" in WRK_PATH rotates over them
--   WRK_BODY_FILE a file sent as the body of a POST, with WRK_CONTENT_TYPE
--   WRK_SESSION   when set, each thread keeps the session cookie of its first answer (pages, as a browser would)
local path = os.getenv("WRK_PATH") or "/api/v1/ping"
local key = os.getenv("WRK_KEY") or ""
local users = {}
local users_file = os.getenv("WRK_USERS") or ""
if users_file ~= "" then
  for line in io.lines(users_file) do
    if line ~= "" then users[#users + 1] = line end
  end
end
local body_file = os.getenv("WRK_BODY_FILE") or ""
local content_type = os.getenv("WRK_CONTENT_TYPE") or "application/octet-stream"
local keep_session = (os.getenv("WRK_SESSION") or "") ~= ""

local body = nil
if body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  body = f:read("*a")
  f:close()
end

local counter = 0
local cookie = nil
local offset = 0

function setup(thread)
  offset = offset + 500
  thread:set("counter", offset)
end

function request()
  counter = counter + 1
  local p = path
  if #users > 0 then
    p = string.gsub(p, "{user}", users[(counter % #users) + 1])
  end
  local headers = {}
  if key ~= "" then headers["X-API-Key"] = key end
  if cookie then headers["Cookie"] = cookie end
  if body then
    headers["Content-Type"] = content_type
    return wrk.format("POST", p, headers, body)
  end
  return wrk.format("GET", p, headers)
end

function response(status, headers, body)
  if keep_session and not cookie then
    local set = headers["Set-Cookie"] or headers["set-cookie"]
    if set then cookie = string.match(set, "^([^;]+)") end
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("NON2XX_OR_ERRORS %d\n", errors))
end
