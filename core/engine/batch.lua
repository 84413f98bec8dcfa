-- smkonzept's batch engine: one long-lived `pandoc lua` process converting many documents.
--
-- Protocol (stdin/stdout, binary): a request is a 4-byte big-endian length and a JSON object
--   {"reader": "...", "markdown": "...", "jobs": [{"to": ..., "metadata": JSON text|nil, "template": path|nil,
--    "standalone": bool, "toc": bool, "toc_depth": n, "number_sections": bool, "section_divs": bool,
--    "reference_doc": path|nil, "wrap": "none"|nil, "filters": [paths], "variables": {name: text}}],
--   "globals": {name: value}|nil}: globals are variables every filter of the request sees.
-- The reply is a 4-byte length and a JSON header {"ok": true, "sizes": [...]} (or {"ok": false,
-- "error": "..."}) followed by each job's output bytes in order. The Markdown is read once; every
-- job gets a copy of that parse with its own metadata, filters and writer (jobs with the same
-- metadata run the filters they begin with once: see prepared).
--
-- A request with "part" carries one piece of a document (engine/chapters.py cuts it before a
-- heading of level 1 or 2): {"headings": every heading line of the document, "offset": headings before
-- this piece, "count": headings in it, "last": whether it ends the document}. It is read between the
-- other pieces' heading lines, so its headings get the identifiers, and its bracketed texts the links
-- to headings, that they get in the whole document (read_part); a
-- piece that does not end the document ends in a marker while the filters run, so a filter
-- looking at the document's last blocks sees none of its blocks. For each job, a piece before the
-- last answers its body without the template, with the space the writer leaves before the next
-- piece's heading; the last piece answers the whole page around its own body and the text of the
-- page before the body (two outputs). With "keep" (a text), the process keeps the piece's parse for the
-- next request; with "send", the piece's parse follows as one more output, as pandoc JSON. A request
-- with "after_kept": {"key": that text, "json": such an output} converts the document made of the kept
-- piece and the sent one's blocks, as if it had read the whole (jobs and globals as for a whole
-- document): a single build reads each half once for all formats. A heading that differs from
-- its line, or a numbered example list (numbered across the document), is an error; the engine
-- then converts the whole document.
--
-- Against the command line's --sandbox: reading runs sandboxed (pandoc.read with an empty file
-- list); filters and templates are our own files, loaded as the command line loads them; the
-- writers are not sandboxed in `pandoc lua`, so images that are not data: URIs are removed before
-- a writer that would read image files (DOCX) sees them (wire.for_writer; sanitize.lua already
-- drops every image that is not one of the document's figures).

local wire = dofile(pandoc.path.join({ pandoc.path.directory(arg[0]), "wire.lua" }))

local MARK = "\u{E000}smkonzept-part\u{E000}"
local NEXT = "smkonzeptnextpiece"

-- The parse a piece asked to keep ({key = part.keep, doc = ...}); it lasts until the next request.
local kept = nil

-- The piece's blocks and all the document's headings. The piece is read between the heading lines
-- of the pieces before and after it, which stand in for them: pandoc then numbers its headings'
-- identifiers, and links a bracketed text to a heading, as in the whole document. The stand-ins
-- must come out as those headings, and the piece's own headings as its heading lines.
local function read_part(request)
  local reader, part = request.reader, request.part
  local named = wire.headers(reader, part.headings)
  local lines = {}
  for line in part.headings:gmatch("[^\n]+") do
    lines[#lines + 1] = line
  end
  local later = part.offset + part.count
  -- Nothing before the first piece: a title block (% lines) is one only at the very start.
  local text = (part.offset > 0 and table.concat(lines, "\n\n", 1, part.offset) .. "\n\n" or "") .. request.markdown
    .. "\n\n" .. table.concat(lines, "\n\n", later + 1, #lines) .. "\n"
  local parsed = pandoc.read(text, reader, wire.READER_OPTIONS, {})
  local read = parsed.blocks
  local function same(header, model)
    return header and model and header.t == "Header" and model.level == header.level and model.identifier == header.identifier
      and pandoc.utils.stringify(model.content) == pandoc.utils.stringify(header.content)
  end
  local last = #read - (#lines - later)
  local blocks = pandoc.Blocks({})
  for index, block in ipairs(read) do
    if index <= part.offset or index > last then
      if not same(block, named[index <= part.offset and index or later + index - last]) then
        error("headings differ")
      end
    else
      blocks:insert(block)
    end
  end
  local n = part.offset
  blocks:walk({ Header = function(header)
    n = n + 1
    if not same(header, named[n]) then
      error("headings differ")
    end
  end })
  if n ~= later or #named ~= #lines then
    error("heading count differs")
  end
  if wire.has_examples(blocks) then
    error(wire.EXAMPLES_CROSS)
  end
  return pandoc.Pandoc(blocks, parsed.meta), pandoc.Blocks(named)
end

-- The document a job's writer gets: ``parsed`` with the job's metadata, through the job's filters.
-- Jobs share work: one whose metadata and first filters equal an earlier job's starts from that
-- job's document after those filters (HTML and DOCX share everything; the typst source shares
-- sanitize.lua with them and runs typst.lua on a copy). The filters do not look at FORMAT, and each
-- runs on a copy, so a filter that changes its document in place changes no other job's.
local function prepared(done, parsed, request, job)
  local key = job.metadata or ""
  local doc = done[key]
  if not doc then
    doc = parsed:clone()
    if job.metadata then
      doc.meta = wire.read_metadata(request.reader, job.metadata)
    end
    done[key] = doc
  end
  for _, filter in ipairs(job.filters or {}) do
    key = key .. "\0" .. filter
    if not done[key] then
      done[key] = pandoc.utils.run_lua_filter(doc:clone(), filter, request.env)
    end
    doc = done[key]
  end
  return doc
end

-- The text of the page before its body, found by writing the page around the headings alone.
local function page_start(named, request, job)
  local heads = prepared({}, pandoc.Pandoc(named:clone()), request, job)
  local body_options = wire.writer_options(job)
  body_options.template = nil
  local skeleton = pandoc.write(wire.for_writer(pandoc.Pandoc(heads.blocks), job.to), job.to, body_options)
  local page = pandoc.write(wire.for_writer(heads, job.to), job.to, wire.writer_options(job))
  return (wire.around(page, skeleton))
end

local function convert_part(request)
  local part = request.part
  local read, named = read_part(request)
  if part.keep then
    kept = { key = part.keep, doc = read:clone() }
  end
  local sent = part.send and pandoc.write(read, "json") or nil
  if not part.last then
    read.blocks:insert(pandoc.CodeBlock(MARK))
  end
  local outputs = {}
  local done = {}
  for _, job in ipairs(request.jobs) do
    -- A copy: the marker and the stand-in heading below change it in place.
    local doc = prepared(done, read, request, job):clone()
    if not part.last then
      local last = doc.blocks[#doc.blocks]
      if not last or last.t ~= "CodeBlock" or last.text ~= MARK then
        error("part marker moved")
      end
      doc.blocks:remove(#doc.blocks)
    end
    pandoc.mediabag.empty()
    local options = wire.writer_options(job)
    if part.last then
      -- The whole page (pandoc ends it as it ends the whole document), and where its body begins.
      local page = pandoc.write(wire.for_writer(doc, job.to), job.to, options)
      local start = page_start(named, request, job)
      if page:sub(1, #start) ~= start then
        error("the page does not begin as the whole document's")
      end
      outputs[#outputs + 1] = page
      outputs[#outputs + 1] = start
    else
      -- The body and the space the writer leaves before the next piece's first block, a heading:
      -- written up to a heading that stands in for it.
      options.template = nil
      doc.blocks:insert(pandoc.Header(1, pandoc.Str(NEXT)))
      local body = pandoc.write(wire.for_writer(doc, job.to), job.to, options)
      local at = body:find(NEXT, 1, true)
      if not at or body:find(NEXT, at + 1, true) then
        error("the next piece's place is not found once")
      end
      outputs[#outputs + 1] = body:sub(1, (body:sub(1, at):match("^.*()\n") or 0))
    end
  end
  outputs[#outputs + 1] = sent
  return outputs
end

-- The document of the kept piece (with its metadata: a title block) followed by the blocks of
-- another piece's parse (pandoc JSON).
local function read_after_kept(after, previous)
  if not previous or previous.key ~= after.key then
    error("the first piece is not kept")
  end
  return pandoc.Pandoc(previous.doc.blocks .. pandoc.read(after.json, "json", {}, {}).blocks, previous.doc.meta)
end

local function convert(request)
  local previous = kept
  kept = nil
  if request.part then
    return convert_part(request)
  end
  -- Global variables every filter of the request sees, besides the usual ones.
  if request.globals then
    request.env = setmetatable(request.globals, { __index = _G })
  end
  local parsed
  if request.after_kept then
    parsed = read_after_kept(request.after_kept, previous)
  else
    -- An empty file list runs the reader sandboxed, as --sandbox does.
    parsed = pandoc.read(request.markdown, request.reader, wire.READER_OPTIONS, {})
  end
  local outputs = {}
  local done = {}
  for index, job in ipairs(request.jobs) do
    local doc = prepared(done, parsed, request, job)
    -- No earlier document's media is left over.
    pandoc.mediabag.empty()
    outputs[index] = pandoc.write(wire.for_writer(doc, job.to), job.to, wire.writer_options(job))
  end
  return outputs
end

wire.serve(function(request)
  local result = convert(request)
  local sizes = {}
  for index, output in ipairs(result) do
    sizes[index] = #output
  end
  return { sizes = sizes }, table.concat(result)
end)
