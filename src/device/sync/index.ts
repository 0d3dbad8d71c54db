// Hash-based sync between a project and a board: plan, decide, execute, and "download board".
export { prepareSync, executeSync, type SyncBoard, type SyncDecisions, type ChangedFileDecision, type BoardOnlyDecision, type SyncOptions, type SyncProgress, type SyncResult } from "./board-sync";
export { planSync, localChecksums, needsDecisions, type SyncPlan, type PlanItem, type PlanInput, type UploadReason, type BoardOnlyReason, type ConflictReason } from "./sync-planner";
export { downloadBoard, type DownloadedBoard } from "./download-board";
export { restoreRecord, emptyRecord, isProjectPath, type SyncRecord } from "./sync-record";
export { toBoardPath, toProjectPath, isSystemPath } from "./board-paths";
