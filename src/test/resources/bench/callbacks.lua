-- Replays pre-signed status callbacks, one line each: path <TAB> form body <TAB> signature.
-- Each wrk thread starts at a different offset so threads do not send the same callback together.
local requests = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    local path, body, signature = line:match("([^\t]+)\t([^\t]*)\t([^\t]+)")
    requests[#requests + 1] = wrk.format("POST", path, {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Twilio-Signature"] = signature
    }, body)
  end
  index = (offset or 1) * 7919 % #requests
end

function request()
  index = index % #requests + 1
  return requests[index]
end
