-- smkonzept's batch engine: one long-lived `pandoc lua` process converting many documents.
--
-- Protocol (stdin/stdout, binary): a request is a 4-byte big-endian length and a JSON object
--   {"reader": "...", "markdown": "...", "jobs": [{"to": ..., "metadata": JSON text|nil, "template": path|nil,
--    "standalone": bool, "toc": bool, "toc_depth": n, "number_sections": bool, "section_divs": bool,
--    "reference_doc": path|nil, "wrap": "none"|nil, "filters": [paths], "variables": {name: text}}]}.
-- The reply is a 4-byte length and a JSON header {"ok": true, "sizes": [...]} (or {"ok": false,
-- "error": "..."}) followed by each job's output bytes in order. The Markdown is read once; every
-- job gets a copy of that parse with its own metadata, filters and writer.
--
-- Against the command line's --sandbox: reading runs sandboxed (pandoc.read with an empty file
-- list); filters and templates are our own files, loaded as the command line loads them; the
-- writers are not sandboxed in `pandoc lua`, so images that are not data: URIs are removed before
-- writing (sanitize.lua already drops every image that is not one of the document's figures).

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

-- The metadata as pandoc's --metadata-file reads it: YAML (JSON is YAML) whose strings are
-- parsed as Markdown with the same reader extensions.
local function read_metadata(reader, metadata)
  local text = "---\n" .. metadata .. "\n---\n"
  return pandoc.read(text, reader .. "+yaml_metadata_block", nil, {}).meta
end

local function convert(request)
  local reader = request.reader
  -- An empty file list runs the reader sandboxed, as --sandbox does.
  local parsed = pandoc.read(request.markdown, reader, nil, {})
  local outputs = {}
  -- Jobs with the same metadata and filters (HTML and DOCX) share one filtered document; the
  -- filters do not look at FORMAT, so the result does not depend on the writer.
  local prepared = {}
  for index, job in ipairs(request.jobs) do
    local key = (job.metadata or "") .. "\0" .. table.concat(job.filters or {}, "\0")
    local doc = prepared[key]
    if not doc then
      doc = parsed:clone()
      if job.metadata then
        doc.meta = read_metadata(reader, job.metadata)
      end
      for _, filter in ipairs(job.filters or {}) do
        doc = pandoc.utils.run_lua_filter(doc, filter)
      end
      -- pandoc.write is not sandboxed (the DOCX writer would embed a local file named by an image):
      -- only embedded (data:) images reach a writer.
      doc = doc:walk({ Image = function(image)
        if not image.src:match("^data:") then
          return {}
        end
      end })
      prepared[key] = doc
    end
    -- No earlier document's media is left over.
    pandoc.mediabag.empty()
    local options = {
      table_of_contents = job.toc or false,
      toc_depth = job.toc_depth or 3,
      number_sections = job.number_sections or false,
      section_divs = job.section_divs or false,
    }
    if job.template then
      options.template = template(job.template, job.to)
    elseif job.standalone then
      options.template = pandoc.template.default(job.to)
    end
    if job.variables and next(job.variables) ~= nil then
      options.variables = job.variables
    end
    if job.reference_doc then
      options.reference_doc = job.reference_doc
    end
    if job.wrap then
      options.wrap_text = job.wrap
    end
    outputs[index] = pandoc.write(doc, job.to, options)
  end
  return outputs
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
    local sizes = {}
    for index, output in ipairs(result) do
      sizes[index] = #output
    end
    header = json.encode({ ok = true, sizes = sizes })
    body = table.concat(result)
  else
    header = json.encode({ ok = false, error = tostring(result) })
    body = ""
  end
  io.stdout:write(pack32(#header), header, body)
  io.stdout:flush()
end
