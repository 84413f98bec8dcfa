-- For the Markdown output only.
-- 1. Pandoc's Markdown writer leaves a "{" that directly follows inline code, a link, an image
--    or a span unescaped, so pandoc's reader would take the text as attributes (`code`{=html}
--    even as raw HTML). Such a brace is written escaped.
-- 2. Figures are written as a reference-style image whose target (the embedded picture) and
--    alt text stand at the end of the file; older writers would fall back to raw HTML for an
--    image whose alt text differs from its caption.

local attached = { Code = true, Link = true, Image = true, Span = true }
local references = {}

local function escape_attached_braces(inlines)
  for index = #inlines, 2, -1 do
    local current, before = inlines[index], inlines[index - 1]
    if current.t == "Str" and current.text:sub(1, 1) == "{" and attached[before.t] then
      local rest = current.text:sub(2)
      inlines[index] = pandoc.RawInline("markdown", "\\{")
      if rest ~= "" then
        inlines:insert(index + 1, pandoc.Str(rest))
      end
    end
  end
  return inlines
end

local function quoted(text)
  return '"' .. text:gsub("\\", "\\\\"):gsub('"', '\\"') .. '"'
end

local function figure_as_reference(figure)
  local image
  figure.content:walk({ Image = function(found) image = image or found end })
  if not image then
    return nil
  end
  local label = "abbildung-" .. (#references + 1)
  local blocks = #figure.caption.long > 0 and figure.caption.long or { pandoc.Plain(image.caption) }
  local caption = pandoc.write(pandoc.Pandoc(blocks), "markdown", { wrap_text = "none" })
  -- Newer readers keep the alt text as the image's description, older ones as attribute.
  local alt = image.attributes["alt"] or pandoc.utils.stringify(image.caption)
  local attributes = alt ~= pandoc.utils.stringify(blocks) and (" {alt=" .. quoted(alt) .. "}") or ""
  table.insert(references, "[" .. label .. "]: " .. image.src .. attributes)
  return pandoc.RawBlock("markdown", "![" .. caption:gsub("%s+$", "") .. "][" .. label .. "]")
end

local function append_references(doc)
  if #references > 0 then
    doc.blocks:insert(pandoc.RawBlock("markdown", table.concat(references, "\n")))
  end
  return doc
end

return {
  { Inlines = escape_attached_braces },
  { Figure = figure_as_reference, Pandoc = append_references },
}
