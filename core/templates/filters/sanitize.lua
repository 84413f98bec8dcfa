-- Turns whatever raw markup got through into visible text, keeps only safe link targets,
-- drops images that are not the document's own figures (and the figure around them), and
-- strips attributes except heading ids and a few classes the templates use.

local allowed_classes = { unnumbered = true, unlisted = true }
local figures = {}
local embedded = {}

local function safe_url(url)
  local lower = url:lower()
  return lower:match("^https?://") or lower:match("^mailto:") or lower:match("^#")
end

local function clean_attr(attr)
  local identifier = attr.identifier
  if identifier:match("[%s\"'<>&]") then
    identifier = ""
  end
  local classes = {}
  for _, class in ipairs(attr.classes) do
    if allowed_classes[class] then
      table.insert(classes, class)
    end
  end
  return pandoc.Attr(identifier, classes, {})
end

local function with_clean_attr(element)
  element.attr = clean_attr(element.attr)
  return element
end

return {
  {
    Meta = function(meta)
      local names = meta["smkonzept-figures"]
      if names and pandoc.utils.type(names) ~= "List" then
        names = { names }
      end
      for _, name in ipairs(names or {}) do
        local key = pandoc.utils.stringify(name)
        figures[key] = true
        local data = meta["smkonzept-figure-" .. key]
        if data then
          embedded[key] = pandoc.utils.stringify(data)
        end
      end
      -- The figure list and data are instructions for this filter, not document metadata.
      for key in pairs(meta) do
        if key:match("^smkonzept%-") then
          meta[key] = nil
        end
      end
      return meta
    end,
  },
  {
    RawBlock = function(raw)
      return pandoc.CodeBlock(raw.text)
    end,
    RawInline = function(raw)
      return pandoc.Code(raw.text)
    end,
    Link = function(link)
      if not safe_url(link.target) then
        return link.content
      end
      link.attr = clean_attr(link.attr)
      link.title = ""
      return link
    end,
    Image = function(image)
      if not figures[image.src] then
        return image.caption
      end
      local alt = image.attributes["alt"]
      image.attr = clean_attr(image.attr)
      if alt then
        image.attributes["alt"] = alt
      end
      image.src = embedded[image.src] or image.src
      return image
    end,
    Span = function(span)
      return span.content
    end,
    Div = function(div)
      return div.content
    end,
    Header = with_clean_attr,
    Code = with_clean_attr,
    CodeBlock = with_clean_attr,
    Table = with_clean_attr,
    Figure = function(figure)
      -- A figure whose image was dropped above is no figure any more: keep its text only.
      local has_image = false
      figure.content:walk({ Image = function() has_image = true end })
      if not has_image then
        return figure.content
      end
      return with_clean_attr(figure)
    end,
  },
}
