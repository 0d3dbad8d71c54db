// Opens the browser's file or folder picker and resolves with the chosen files (empty if cancelled).
export interface PickOptions {
  accept?: string;
  multiple?: boolean;
  /** Pick a whole folder (webkitdirectory); files keep their relative paths. */
  folder?: boolean;
}

export function pickFiles(options: PickOptions = {}): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.hidden = true;
    if (options.accept) input.accept = options.accept;
    input.multiple = options.multiple ?? false;
    if (options.folder) input.webkitdirectory = true;
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener("change", () => done([...(input.files ?? [])]), { once: true });
    input.addEventListener("cancel", () => done([]), { once: true });
    document.body.append(input);
    input.click();
  });
}
