-- The editor's preview: like engine/batch.lua's HTML job, but the Markdown arrives in chapters and
-- each chapter's parse is kept, so an edit makes pandoc read only the chapters it changed.
--
-- Request (4-byte big-endian length + JSON): {"reader": "...", "chunks": ["# A ...", ...],
--   "headings": "# A ...\n\n## B ...", "job": {as in batch.lua}}. Reply: a 4-byte length and a JSON
-- header {"ok": true, "size": n} (or {"ok": false, "error": "..."}) followed by the HTML.
--
-- Chapters read alone would number their headings' automatic identifiers on their own; the
-- identifiers come instead from one parse of all heading lines, which pandoc numbers across the
-- whole document just as it does when reading the document at once. A heading whose text differs
-- between the two parses is an error (the caller then renders the whole document).

local json = pandoc.json

local function u32(bytes)
  local a, b, c, d = bytes:byte(1, 4)
  return ((a * 256 + b) * 256 + c) * 256 + d
end

local function pack32(n)
  return string.char((n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255)
end

local templates = {}
local function template(path, to)
  local key = to .. "\0" .. path
  if not templates[key] then
    local handle = assert(io.open(path, "rb"))
    local text = handle:read("a")
    handle:close()
    templates[key] = pandoc.template.compile(text, path)
  end
  return templates[key]
end

local parses, kept = {}, {}
local function parse(reader, chunk)
  local key = reader .. "\0" .. chunk
  local found = parses[key]
  if not found then
    found = pandoc.read(chunk, reader, nil, {}).blocks
    parses[key] = found
  end
  kept[key] = found
  return found
end

local function headers(blocks)
  local found = {}
  blocks:walk({ Header = function(header)
    found[#found + 1] = header
  end })
  return found
end

local function convert(request)
  local reader = request.reader
  kept = {}
  local blocks = pandoc.Blocks({})
  for _, chunk in ipairs(request.chunks) do
    blocks:extend(parse(reader, chunk):clone())
  end
  parses = kept
  local named = headers(pandoc.read(request.headings, reader, nil, {}).blocks)
  local index = 0
  blocks = blocks:walk({ Header = function(header)
    index = index + 1
    local model = named[index]
    if not model or pandoc.utils.stringify(model.content) ~= pandoc.utils.stringify(header.content) then
      error("headings differ")
    end
    header.identifier = model.identifier
    return header
  end })
  if index ~= #named then
    error("heading count differs")
  end
  local job = request.job
  local doc = pandoc.Pandoc(blocks)
  if job.metadata then
    doc.meta = pandoc.read("---\n" .. job.metadata .. "\n---\n", reader .. "+yaml_metadata_block", nil, {}).meta
  end
  for _, filter in ipairs(job.filters or {}) do
    doc = pandoc.utils.run_lua_filter(doc, filter)
  end
  doc = doc:walk({ Image = function(image)
    if not image.src:match("^data:") then
      return {}
    end
  end })
  pandoc.mediabag.empty()
  local options = {
    table_of_contents = job.toc or false,
    toc_depth = job.toc_depth or 3,
    number_sections = job.number_sections or false,
    section_divs = job.section_divs or false,
    template = template(job.template, job.to),
  }
  if job.variables and next(job.variables) ~= nil then
    options.variables = job.variables
  end
  return pandoc.write(doc, job.to, options)
end

while true do
  local head = io.stdin:read(4)
  if not head or #head < 4 then
    break
  end
  local request = json.decode(io.stdin:read(u32(head)), false)
  local ok, result = pcall(convert, request)
  local header, body
  if ok then
    header = json.encode({ ok = true, size = #result })
    body = result
  else
    header = json.encode({ ok = false, error = tostring(result) })
    body = ""
  end
  io.stdout:write(pack32(#header), header, body)
  io.stdout:flush()
end
