-- For the Markdown output only: pandoc's Markdown writer leaves a "{" that directly follows
-- inline code, a link, an image or a span unescaped, so pandoc's reader would take the text as
-- attributes (`code`{=html} even as raw HTML). Such a brace is written escaped.

local attached = { Code = true, Link = true, Image = true, Span = true }

return {
  {
    Inlines = function(inlines)
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
    end,
  },
}
