-- Works around gaps of pandoc's typst writer and of typst: images get their alt text, text at
-- the start of a table cell or list item that typst would read as a list, term or heading marker
-- is escaped, a
-- typographic apostrophe ’ stays one (the writer turns it into ', which typst's German smart
-- quotes may draw as ‚ or ‘), and soft hyphens leave link texts (typst 0.15 fails to tag a
-- link whose text ends in one).
-- Also keeps the document's closing paragraph with the one before it, so that the last page
-- never holds a single short line.

local function typst_string(text)
  return '"' .. text:gsub("\\", "\\\\"):gsub('"', '\\"') .. '"'
end

local function alt_text(image)
  return image.attributes["alt"] or pandoc.utils.stringify(image.caption)
end

-- Only the marker character itself becomes raw typst (a backslash escape); the rest of the
-- word stays a Str, so pandoc's writer escapes it as usual (#, //, ], quotes ...).
-- Returns whether it changed ``blocks``.
local function escape_leading_marker(blocks)
  local first = blocks[1]
  if first and (first.t == "Plain" or first.t == "Para") then
    local inline = first.content[1]
    if inline and inline.t == "Str" then
      local text = inline.text
      local number, rest = text:match("^(%d+)%.(.*)$")
      local replacement
      if number then
        replacement = { pandoc.Str(number), pandoc.RawInline("typst", "\\.") }
      elseif text:match("^[%-%+=/]") then
        rest = text:sub(2)
        replacement = { pandoc.RawInline("typst", "\\" .. text:sub(1, 1)) }
      end
      if replacement then
        if rest ~= "" then
          table.insert(replacement, pandoc.Str(rest))
        end
        first.content:remove(1)
        for index = #replacement, 1, -1 do
          first.content:insert(1, replacement[index])
        end
        return true
      end
    end
  end
  return false
end

-- An unchanged list is not returned: handing it back to pandoc costs as much as the walk itself.
local function escape_list_items(list)
  local changed = false
  for index, item in ipairs(list.content) do
    if escape_leading_marker(item) then
      list.content[index] = item
      changed = true
    end
  end
  return changed and list or nil
end

local APOSTROPHE = "\u{2019}"

local function keep_apostrophes(str)
  local text = str.text
  if not text:find(APOSTROPHE, 1, true) then
    return nil
  end
  local inlines, start = {}, 1
  while true do
    local at = text:find(APOSTROPHE, start, true)
    if not at then
      break
    end
    if at > start then
      table.insert(inlines, pandoc.Str(text:sub(start, at - 1)))
    end
    table.insert(inlines, pandoc.RawInline("typst", "\\u{2019}"))
    start = at + #APOSTROPHE
  end
  if start <= #text then
    table.insert(inlines, pandoc.Str(text:sub(start)))
  end
  return inlines
end

local SOFT_HYPHEN = "\u{00AD}"

local function without_soft_hyphens(link)
  return link:walk({
    Str = function(str)
      if str.text:find(SOFT_HYPHEN, 1, true) then
        return pandoc.Str((str.text:gsub(SOFT_HYPHEN, "")))
      end
    end,
  })
end

-- The last two paragraphs go into one block that a page break cannot split.
local function keep_closing_together(doc)
  local count = #doc.blocks
  if count >= 2 and doc.blocks[count].t == "Para" and doc.blocks[count - 1].t == "Para" then
    local last, before = doc.blocks[count], doc.blocks[count - 1]
    doc.blocks:remove(count)
    doc.blocks:remove(count - 1)
    doc.blocks:extend({
      pandoc.RawBlock("typst", "#block(breakable: false)["),
      before,
      last,
      pandoc.RawBlock("typst", "]"),
    })
  end
  return doc
end

-- The file typst reads for an image. The batch engine hands this filter a document whose figures
-- are already embedded as data: URIs for DOCX and HTML; SMKONZEPT_FIGURE_FILES then names each
-- figure's file in typst's folder.
local function image_file(src)
  local files = SMKONZEPT_FIGURE_FILES
  return files and files[src] or src
end

local function typst_image(image)
  return pandoc.RawInline("typst", "#image(" .. typst_string(image_file(image.src)) .. ", alt: " .. typst_string(alt_text(image)) .. ")")
end

local function escape_table(tbl)
  local changed = false
  local function escape_row(row)
    for _, cell in ipairs(row.cells) do
      local contents = cell.contents
      if escape_leading_marker(contents) then
        cell.contents = contents
        changed = true
      end
    end
  end
  for _, body in ipairs(tbl.bodies) do
    for _, row in ipairs(body.body) do
      escape_row(row)
    end
  end
  for _, row in ipairs(tbl.head.rows) do
    escape_row(row)
  end
  return changed and tbl or nil
end

-- Whether some paragraph starts with text escape_leading_marker would change, in the document's JSON.
-- Plain searches for the paragraph starts: a pattern search through the whole JSON costs about ten
-- times as much.
local function may_start_with_marker(json)
  for _, kind in ipairs({ "Plain", "Para" }) do
    local start = '{"t":"' .. kind .. '","c":[{"t":"Str","c":"'
    local at = 1
    while true do
      local _, last = json:find(start, at, true)
      if not last then
        break
      end
      if json:match("^%d+%.", last + 1) or json:match("^[%-%+=/]", last + 1) then
        return true
      end
      at = last + 1
    end
  end
  return false
end

local function count(text, needle)
  local found, at = 0, 1
  while true do
    local _, last = text:find(needle, at, true)
    if not last then
      return found
    end
    found, at = found + 1, last + 1
  end
end

-- Images become typst's image with their alt text, before any other change to their descriptions
-- (the alt text is the description as written). Most sit in a figure: a walk through the figures
-- (blocks) costs a fraction of one through every word, which runs only if the document holds more
-- than the figures' images (``total``, from its JSON).
local function typst_images(doc, total)
  local found = 0
  doc = doc:walk({ Figure = function(figure)
    figure.content = figure.content:walk({ Image = function(image)
      found = found + 1
      return typst_image(image)
    end })
    return figure
  end })
  if found < total then
    doc = doc:walk({ Image = typst_image })
  end
  return doc
end

-- A walk costs a call into Lua for each word (Str, Link) and hands each list and table to Lua whole;
-- the document's JSON (cheap to write, text in plain UTF-8) tells whether any image, apostrophe,
-- soft hyphen or possible marker is there at all, and only what is there is walked for.
local function fix_elements(doc)
  local text = pandoc.write(doc, "json")
  local images = count(text, '"t":"Image"')
  if images > 0 then
    doc = typst_images(doc, images)
  end
  local filter = {}
  if may_start_with_marker(text) then
    filter.BulletList = escape_list_items
    filter.OrderedList = escape_list_items
    filter.Table = escape_table
  end
  if text:find(APOSTROPHE, 1, true) then
    filter.Str = keep_apostrophes
  end
  if text:find(SOFT_HYPHEN, 1, true) then
    filter.Link = without_soft_hyphens
  end
  if next(filter) == nil then
    return doc
  end
  return doc:walk(filter)
end

return {
  { Pandoc = function(doc)
    return fix_elements(keep_closing_together(doc))
  end },
}
