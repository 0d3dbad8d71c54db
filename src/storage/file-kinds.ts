// Tells text files (opened in the editor) from binary ones (.mpy, images, fonts) by name, and by content when unsure.

const TEXT_EXTENSIONS = new Set([
  "py", "pyi", "txt", "toml", "json", "md", "csv", "tsv", "ini", "cfg", "conf", "yaml", "yml",
  "html", "htm", "css", "js", "xml", "svg", "rst", "log", "sh", "env", "bdf", "pio", "c", "h", "gitignore",
]);

/** True for files the editor should open as text. Names without an extension (README, LICENSE) count as text. */
export function isTextPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  // Dotfiles (.gitignore, .env) are text, like names without an extension.
  if (dot <= 0) return true;
  return TEXT_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/** Content sniff for unknown extensions: valid UTF-8 without NUL bytes is treated as text. */
export function looksLikeText(data: Uint8Array): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}
