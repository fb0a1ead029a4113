-- wrk script: GET /api/v1/recommendations/users/shopperNNNN@demo.vitrine.io?n=10, rotating over the 1,000 demo
-- shoppers (each wrk thread starts at a different one), so histories and results differ from request to request.
local counter = 0
local offset = 0

function setup(thread)
  offset = offset + 500
  thread:set("counter", offset)
end

function request()
  counter = counter + 1
  local path = string.format("/api/v1/recommendations/users/shopper%04d@demo.vitrine.io?n=10", (counter % 1000) + 1)
  return wrk.format("GET", path)
end
