-- A second real client: neovim 0.7 (Debian's package) drives `heapscope lsp` headless,
-- opens a file, waits for its diagnostics and asks for a hover. Writes one line per check
-- to the file named by HEAPSCOPE_NVIM_OUT and exits 0 when every check passed.
local out = assert(io.open(os.getenv("HEAPSCOPE_NVIM_OUT"), "w"))
local failures = 0
local function check(name, ok, detail)
  out:write((ok and "ok   " or "FAIL ") .. name .. (detail and (": " .. detail) or "") .. "\n")
  if not ok then failures = failures + 1 end
end

local file = os.getenv("HEAPSCOPE_NVIM_FILE")
vim.cmd("edit " .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "heapscope",
  cmd = { os.getenv("HEAPSCOPE_LAUNCHER"), "lsp" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
check("client started", client_id ~= nil)
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local diagnostics = vim.diagnostic.get(bufnr)
check("diagnostics arrived", got, tostring(#diagnostics))
local messages = {}
for _, d in ipairs(diagnostics) do
  table.insert(messages, string.format("%d:%d %s", d.lnum, d.col, d.message))
end
local joined = table.concat(messages, " | ")
check("undefined name reported at line 4, column 20", joined:find("3:19 name 'missing' is not defined", 1, true) ~= nil, joined)

-- Hover on `total` in `return total + missing` (line 4, column 11, 0-based 3:11).
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 3, character = 11 } }
local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, 30000)
local text = ""
for _, response in pairs(responses or {}) do
  if response.result and response.result.contents then
    text = response.result.contents.value or vim.inspect(response.result.contents)
  end
end
check("hover tells the scope", text:find("(local) total", 1, true) ~= nil, text:gsub("\n", " "):sub(1, 120))

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
out:close()
vim.cmd(failures == 0 and "qall!" or "cquit! 1")
