-- Shared by the long-lived `pandoc lua` processes (engine/batch.lua, serve/preview.lua): the framed
-- JSON exchange with smkonzept (a 4-byte big-endian length, then the JSON; the answer is a framed
-- JSON header and the body bytes), compiled templates, metadata as --metadata-file reads it, and
-- the rule that only embedded (data:) images reach a writer that would read image files (pandoc.write is not sandboxed).

local json = pandoc.json
local wire = {}

-- Reader options as pandoc's command line sets them where pandoc.read's defaults differ: 72
-- columns (a pipe table with a longer line gets relative column widths).
wire.READER_OPTIONS = { columns = 72 }

local function u32(bytes)
  local a, b, c, d = bytes:byte(1, 4)
  return ((a * 256 + b) * 256 + c) * 256 + d
end

local function pack32(n)
  return string.char((n >> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255)
end

local templates = {}
function wire.template(path, to)
  local key = to .. "\0" .. path
  if not templates[key] then
    local handle = assert(io.open(path, "rb"))
    local text = handle:read("a")
    handle:close()
    templates[key] = pandoc.template.compile(text, path)
  end
  return templates[key]
end

-- The writer options the command line's flags give for ``job`` (see batch.lua's protocol).
function wire.writer_options(job)
  local options = {
    table_of_contents = job.toc or false,
    toc_depth = job.toc_depth or 3,
    number_sections = job.number_sections or false,
    section_divs = job.section_divs or false,
  }
  if job.template then
    options.template = wire.template(job.template, job.to)
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
  return options
end

-- The metadata as pandoc's --metadata-file reads it: YAML (JSON is YAML) whose strings are
-- parsed as Markdown with the same reader extensions.
function wire.read_metadata(reader, metadata)
  return pandoc.read("---\n" .. metadata .. "\n---\n", reader .. "+yaml_metadata_block", wire.READER_OPTIONS, {}).meta
end

-- Unicode spaces besides the ASCII ones (pandoc's words split at every space): NBSP, U+1680,
-- U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
local UNICODE_SPACES = { "\u{A0}", "\u{1680}", "\226\128[\128-\138]", "\226\128[\168\169\175]", "\u{205F}", "\u{3000}" }

-- A reference's or heading's text with case, spaces and ASCII punctuation left out: equal texts as
-- pandoc compares them (case and spaces folded) are equal here too.
local function reference_key(text)
  for _, space in ipairs(UNICODE_SPACES) do
    text = text:gsub(space, "")
  end
  return pandoc.text.lower((text:gsub("[%s%p]", "")))
end

-- Every text between a "[" and its "]" in ``blocks`` and in their notes, nested ones too, as
-- reference keys; and the boxes of task list items ("[ ]", "[x]", read as a ballot box where no
-- heading named "x" made them a link: in the whole document one may).
function wire.bracket_keys(blocks)
  local keys = {}
  local texts = { pandoc.utils.stringify(blocks) }
  blocks:walk({ Note = function(note)
    texts[#texts + 1] = pandoc.utils.stringify(note.content)
  end })
  for _, text in ipairs(texts) do
    if text:find("\u{2610}", 1, true) or text:find("\u{2612}", 1, true) then
      keys[""] = true
      keys["x"] = true
    end
    local open = {}
    for at = 1, text:find("[", 1, true) and #text or 0 do
      local byte = text:byte(at)
      if byte == 91 then
        open[#open + 1] = at
      elseif byte == 93 and #open > 0 then
        keys[reference_key(text:sub(table.remove(open) + 1, at - 1))] = true
      end
    end
  end
  return keys
end

-- The texts of ``headers``, as reference keys.
function wire.heading_keys(headers)
  local keys = {}
  for _, header in ipairs(headers) do
    keys[reference_key(pandoc.utils.stringify(header.content))] = true
  end
  return keys
end

-- The headings of ``headings`` (heading lines, a blank line between them) as pandoc reads them in
-- the whole document, identifiers numbered across all of them.
function wire.headers(reader, headings)
  local found = {}
  pandoc.read(headings, reader, wire.READER_OPTIONS, {}).blocks:walk({ Header = function(header)
    found[#found + 1] = header
  end })
  return found
end

-- Why a piece holding numbered examples is refused: pandoc numbers them across the whole document.
wire.EXAMPLES_CROSS = "numbered examples may continue in another piece"

-- Whether ``blocks`` hold a numbered example list ((@) or @. items): pandoc numbers examples, and
-- resolves references to them, across the whole document.
function wire.has_examples(blocks)
  local found = false
  blocks:walk({ OrderedList = function(list)
    if list.listAttributes.style == "Example" then
      found = true
    end
  end })
  return found
end

-- The text of ``page`` before and after ``body``, which it must hold exactly once.
function wire.around(page, body)
  local first, last = page:find(body, 1, true)
  if not first or body == "" or page:find(body, last + 1, true) then
    error("the body is not found once in the page")
  end
  return page:sub(1, first - 1), page:sub(last + 1)
end

-- Why a piece read alone may read otherwise than in the whole document, or nil: a bracketed text
-- (``brackets``, from wire.bracket_keys) that names one of the headings (``heading_keys``; read
-- alone, the piece keeps a reference to a heading elsewhere as text), or numbered examples.
function wire.alone_differs(brackets, examples, heading_keys)
  if examples then
    return wire.EXAMPLES_CROSS
  end
  for key in pairs(brackets) do
    if heading_keys[key] then
      return "a reference to a heading may cross pieces"
    end
  end
  return nil
end

-- Writers that never open a file an image names (DOCX and the like embed it).
local READS_NO_IMAGES = { typst = true, html5 = true, markdown = true }

-- ``doc`` as the writer ``to`` may see it: for a writer that embeds images, without those that are not data: URIs.
function wire.for_writer(doc, to)
  if READS_NO_IMAGES[to] then
    return doc
  end
  return wire.embedded_images_only(doc)
end

function wire.embedded_images_only(doc)
  return doc:walk({ Image = function(image)
    if not image.src:match("^data:") then
      return {}
    end
  end })
end

-- Answers framed requests until stdin closes: handle(request) returns the header's fields and the
-- body; an error is answered with ok = false and its message.
function wire.serve(handle)
  while true do
    local head = io.stdin:read(4)
    if not head or #head < 4 then
      break
    end
    local request = json.decode(io.stdin:read(u32(head)), false)
    local ok, fields, body = pcall(handle, request)
    local header
    if ok then
      fields.ok = true
      header = json.encode(fields)
    else
      header = json.encode({ ok = false, error = tostring(fields) })
      body = ""
    end
    io.stdout:write(pack32(#header), header, body)
    io.stdout:flush()
  end
end

return wire
