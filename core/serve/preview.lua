-- The editor's preview: like engine/batch.lua's HTML job, but the Markdown arrives in chapters and
-- pandoc reads, filters and writes only the chapters an edit changed; the rest is kept from the
-- last preview. The result is byte for byte what the whole document gives (tests/test_serve.py).
--
-- Request (4-byte big-endian length + JSON): {"reader": "...", "chunks": ["# A ...", ...],
--   "headings": "# A ...\n\n## B ...", "job": {as in batch.lua}, "job_key": "the job as JSON"}.
-- Reply: a 4-byte length and a JSON header {"ok": true, "size": n} (or {"ok": false, "error":
-- "..."}) followed by the HTML.
--
-- Chapters read alone would number their headings' automatic identifiers on their own; the
-- identifiers come instead from one parse of all heading lines, which pandoc numbers across the
-- whole document just as it does when reading the document at once. Section numbers likewise
-- come from all headings (pandoc.structure.make_sections) and are given to each chapter's
-- headings, which pandoc's writer then shows instead of counting from 1. Each chapter is written
-- alone (with section divs each chapter is one <section>), and the chapters are joined with a
-- newline as pandoc's HTML writer joins blocks. The page around them (head, table of contents,
-- template) depends only on the metadata, the variables and the headings: it is written from the
-- headings alone and kept while they stay the same. A heading whose text differs between the
-- parses, a heading below the top level, a bracketed text that names a heading (pandoc links it
-- only in the whole document), a numbered example list, or a body not found once in that page is
-- an error (the caller then renders the whole document).

local wire = dofile(pandoc.path.join({ pandoc.path.directory(arg[0]), "..", "engine", "wire.lua" }))

local parses, kept = {}, {}
-- A chapter's blocks as read alone, with the level and text of each of its headings.
local function parse(reader, chunk)
  local key = reader .. "\0" .. chunk
  local found = parses[key]
  if not found then
    local blocks = pandoc.read(chunk, reader, wire.READER_OPTIONS, {}).blocks
    local heads = {}
    blocks:walk({ Header = function(header)
      heads[#heads + 1] = { level = header.level, text = pandoc.utils.stringify(header.content) }
    end })
    found = { blocks = blocks, heads = heads, brackets = wire.bracket_keys(blocks), examples = wire.has_examples(blocks) }
    parses[key] = found
  end
  kept[key] = found
  return found
end

local heading_parses = {}
local function named_headers(reader, headings)
  local found = heading_parses[headings]
  if not found then
    found = wire.headers(reader, headings)
    heading_parses = { [headings] = found }
  end
  return found
end

local metas = {}
-- The metadata as read, and as the filters leave it (they see it once per document in the build).
local function metadata(reader, job)
  local key = (job.metadata or "") .. "\0" .. table.concat(job.filters or {}, "\0")
  local found = metas[key]
  if not found then
    local meta = pandoc.Meta({})
    if job.metadata then
      meta = wire.read_metadata(reader, job.metadata)
    end
    local doc = pandoc.Pandoc({}, meta)
    for _, filter in ipairs(job.filters or {}) do
      doc = pandoc.utils.run_lua_filter(doc, filter)
    end
    doc = wire.embedded_images_only(doc)
    found = { key = key, read = meta, final = doc.meta }
    metas = { [key] = found }
  end
  return found
end

-- The chapters' blocks after the filters, as the build's filters leave them in the whole document
-- (the filters act on each element; the metadata they read is the document's). The chapters not
-- kept from the last preview go through the filters together, separated by marker code blocks.
local filtered, filtered_kept = {}, {}
local MARK = "\u{E000}smkonzept-chapter\u{E000}"
local function filter_chapters(pending, meta)
  if #pending == 0 then
    return
  end
  local blocks = pandoc.Blocks({})
  for _, item in ipairs(pending) do
    blocks:extend(item.blocks)
    blocks:insert(pandoc.CodeBlock(MARK))
  end
  local doc = pandoc.Pandoc(blocks, meta.read)
  for _, filter in ipairs(meta.filters) do
    doc = pandoc.utils.run_lua_filter(doc, filter)
  end
  doc = wire.embedded_images_only(doc)
  local all, top = 0, 0
  doc.blocks:walk({ Header = function()
    all = all + 1
  end })
  local at, current = 1, pandoc.Blocks({})
  for _, block in ipairs(doc.blocks) do
    if block.t == "CodeBlock" and block.text == MARK then
      if not pending[at] then
        error("chapter markers differ")
      end
      local headers = pandoc.Blocks({})
      for _, own in ipairs(current) do
        if own.t == "Header" then
          headers:insert(own)
          top = top + 1
        end
      end
      pending[at].chapter.blocks = current
      pending[at].chapter.headers = headers
      at, current = at + 1, pandoc.Blocks({})
    else
      current:insert(block)
    end
  end
  if at ~= #pending + 1 or #current > 0 then
    error("chapter markers differ")
  end
  if all ~= top then
    error("heading below the top level")
  end
end

local fragments, fragments_kept = {}, {}
local frames = {}

local function convert(request)
  local reader = request.reader
  local job = request.job
  local meta = metadata(reader, job)
  meta.filters = job.filters or {}
  local named = named_headers(reader, request.headings)
  local heading_keys = wire.heading_keys(named)
  kept = {}
  filtered_kept = {}
  fragments_kept = {}
  local index = 0
  local chapters = {}
  local pending = {}
  for _, chunk in ipairs(request.chunks) do
    local read = parse(reader, chunk)
    local differs = wire.alone_differs(read.brackets, read.examples, heading_keys)
    if differs then
      error(differs)
    end
    local ids = {}
    for _, head in ipairs(read.heads) do
      index = index + 1
      local model = named[index]
      if not model or model.level ~= head.level or pandoc.utils.stringify(model.content) ~= head.text then
        error("headings differ")
      end
      ids[#ids + 1] = model.identifier
    end
    local key = meta.key .. "\0" .. table.concat(ids, "\0") .. "\0" .. chunk
    local chapter = filtered[key]
    if not chapter then
      local n = 0
      local blocks = read.blocks:clone():walk({ Header = function(header)
        n = n + 1
        header.identifier = ids[n]
        return header
      end })
      chapter = { key = key }
      pending[#pending + 1] = { chapter = chapter, blocks = blocks }
    end
    filtered_kept[key] = chapter
    chapters[#chapters + 1] = chapter
  end
  filter_chapters(pending, meta)
  parses = kept
  filtered = filtered_kept
  if index ~= #named then
    error("heading count differs")
  end

  -- The headings that make the sections, the table of contents and the numbers; a heading
  -- anywhere but at the top level (in a list, a quote) is left to the whole document.
  local tops = pandoc.Blocks({})
  for _, chapter in ipairs(chapters) do
    tops:extend(chapter.headers)
  end
  local numbers = {}
  if job.number_sections then
    pandoc.structure.make_sections(tops:clone(), { number_sections = true }):walk({ Header = function(header)
      numbers[#numbers + 1] = header.attributes.number or ""
    end })
  end

  local body_options = { section_divs = job.section_divs or false, number_sections = job.number_sections or false }
  local flags = job.to .. (body_options.section_divs and "+sections" or "") .. (body_options.number_sections and "+numbers" or "") .. "\0"
  local parts = {}
  local at = 0
  for _, chapter in ipairs(chapters) do
    local own = {}
    for _ = 1, #chapter.headers do
      at = at + 1
      own[#own + 1] = numbers[at] or ""
    end
    local key = flags .. chapter.key .. "\0" .. table.concat(own, "\0")
    local html = fragments[key]
    if not html then
      local blocks = chapter.blocks:clone()
      if job.number_sections then
        local n = 0
        blocks = blocks:map(function(block)
          if block.t == "Header" then
            n = n + 1
            if own[n] ~= "" then
              block.attributes.number = own[n]
            end
          end
          return block
        end)
      end
      html = pandoc.write(pandoc.Pandoc(blocks), job.to, body_options)
      fragments[key] = html
    end
    fragments_kept[key] = html
    if html ~= "" then
      parts[#parts + 1] = html
    end
  end
  fragments = fragments_kept
  local body = table.concat(parts, "\n")

  -- The page around the body (head, table of contents) depends only on the headings and the
  -- metadata: it is written from the headings alone and kept until they change.
  local skeleton = pandoc.write(pandoc.Pandoc(tops), job.to, body_options)
  local frame_key = (request.job_key or "") .. "\0" .. meta.key .. "\0" .. skeleton
  local frame = frames[frame_key]
  if not frame then
    pandoc.mediabag.empty()
    local options = wire.writer_options(job)
    local page = pandoc.write(pandoc.Pandoc(tops, meta.final), job.to, options)
    frame = { wire.around(page, skeleton) }
    frames = { [frame_key] = frame }
  end
  return frame[1] .. body .. frame[2]
end

wire.serve(function(request)
  local result = convert(request)
  return { size = #result }, result
end)
