-- wrk script: POST CreateOrder with a fresh externalOrderId and idempotency key per request and two
-- distinct lines drawn from SKUS (comma-separated, set by create-order.sh through the environment).
local skus = {}
for sku in string.gmatch(os.getenv("SKUS"), "[^,]+") do skus[#skus + 1] = sku end
local token = os.getenv("TOKEN")
local counter = 0

local threads = 0
math.randomseed(os.time())
-- Each thread's ids start with the run's time, a random number and the thread's number: unique across runs.
function setup(thread)
  threads = threads + 1
  thread:set("prefix", string.format("W%d-%d-%d-", os.time(), math.random(1, 1e9), threads))
end

function init(args)
  math.randomseed(os.time() + math.random(1, 1e6))
end

function request()
  counter = counter + 1
  local a = math.random(1, #skus)
  local b = ((a + math.random(1, #skus - 1) - 1) % #skus) + 1
  local id = prefix .. counter
  local body = '{"externalOrderId":"' .. id .. '","shipMethod":"Standard","address":{"name":"Jane Buyer",'
    .. '"address1":"110 Sutter St","city":"San Francisco","provinceCode":"CA","zip":"94104","countryCode":"US"},'
    .. '"lineItems":[{"logisticsSku":"' .. skus[a] .. '","quantity":1},{"logisticsSku":"' .. skus[b] .. '","quantity":1}]}'
  return wrk.format("POST", "/logistics/api/2024-04/orders",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["idempotency-key"] = id}, body)
end
