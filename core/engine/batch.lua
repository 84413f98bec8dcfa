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

local wire = dofile(pandoc.path.join({ pandoc.path.directory(arg[0]), "wire.lua" }))

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
        doc.meta = wire.read_metadata(reader, job.metadata)
      end
      for _, filter in ipairs(job.filters or {}) do
        doc = pandoc.utils.run_lua_filter(doc, filter)
      end
      -- pandoc.write is not sandboxed (the DOCX writer would embed a local file named by an image):
      -- only embedded (data:) images reach a writer.
      doc = wire.embedded_images_only(doc)
      prepared[key] = doc
    end
    -- No earlier document's media is left over.
    pandoc.mediabag.empty()
    local options = wire.writer_options(job)
    outputs[index] = pandoc.write(doc, job.to, options)
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
