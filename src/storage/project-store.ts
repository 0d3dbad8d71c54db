// ProjectStore: the public facade over the IndexedDB database of projects (virtual CIRCUITPY drives).
import type { CorruptRow, DriveEntry, Flavor, IncomingFile, ProjectMeta, Result, StoreChange } from "./types";

export interface WriteOptions {
  /** The revision the caller last saw; the write fails with "conflict" if the project has moved on. */
  expectedRevision?: number;
  /** Create missing parent folders instead of failing with "not-found". Default false. */
  createParents?: boolean;
}

export interface ChangeOptions {
  expectedRevision?: number;
}

export interface StoreOptions {
  now?: () => number;
}

const NOT_YET = "ProjectStore: not implemented yet";

export class ProjectStore {
  static async open(dbName?: string, options?: StoreOptions): Promise<ProjectStore> {
    void dbName; void options;
    throw new Error(NOT_YET);
  }
  async listProjects(): Promise<ProjectMeta[]> { throw new Error(NOT_YET); }
  async createProject(flavor: Flavor, name?: string): Promise<Result<ProjectMeta>> { void flavor; void name; throw new Error(NOT_YET); }
  async getProject(id: string): Promise<ProjectMeta | undefined> { void id; throw new Error(NOT_YET); }
  async renameProject(id: string, name: string): Promise<Result<ProjectMeta>> { void id; void name; throw new Error(NOT_YET); }
  async duplicateProject(id: string): Promise<Result<ProjectMeta>> { void id; throw new Error(NOT_YET); }
  async deleteProject(id: string): Promise<Result<void>> { void id; throw new Error(NOT_YET); }
  async listEntries(id: string): Promise<DriveEntry[]> { void id; throw new Error(NOT_YET); }
  async readFile(id: string, path: string): Promise<Uint8Array | undefined> { void id; void path; throw new Error(NOT_YET); }
  async readText(id: string, path: string): Promise<string | undefined> { void id; void path; throw new Error(NOT_YET); }
  async writeFile(id: string, path: string, data: Uint8Array | string, opts?: WriteOptions): Promise<Result<ProjectMeta>> {
    void id; void path; void data; void opts; throw new Error(NOT_YET);
  }
  async mkdir(id: string, path: string, opts?: ChangeOptions): Promise<Result<void>> { void id; void path; void opts; throw new Error(NOT_YET); }
  async move(id: string, from: string, to: string, opts?: ChangeOptions): Promise<Result<void>> { void id; void from; void to; void opts; throw new Error(NOT_YET); }
  async remove(id: string, path: string, opts?: ChangeOptions): Promise<Result<{ restore: () => Promise<Result<void>> }>> {
    void id; void path; void opts; throw new Error(NOT_YET);
  }
  async importFiles(name: string, flavor: Flavor | "detect", files: IncomingFile[]): Promise<Result<ProjectMeta>> {
    void name; void flavor; void files; throw new Error(NOT_YET);
  }
  async addFiles(id: string, folder: string, files: IncomingFile[], opts?: ChangeOptions & { overwrite?: boolean }): Promise<Result<void>> {
    void id; void folder; void files; void opts; throw new Error(NOT_YET);
  }
  async exportZip(id: string): Promise<Result<Uint8Array>> { void id; throw new Error(NOT_YET); }
  async importZip(name: string, zip: Uint8Array): Promise<Result<ProjectMeta>> { void name; void zip; throw new Error(NOT_YET); }
  async getSetting<T>(key: string): Promise<T | undefined> { void key; throw new Error(NOT_YET); }
  async setSetting(key: string, value: unknown): Promise<void> { void key; void value; throw new Error(NOT_YET); }
  async checkHealth(): Promise<CorruptRow[]> { throw new Error(NOT_YET); }
  onChange(listener: (change: StoreChange) => void): () => void { void listener; return () => {}; }
  close(): void {}
}
