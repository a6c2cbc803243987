/** An uploaded material as the services see it; the bytes live in a blob store under `storageKey`. */
export interface StoredFile {
  readonly id: string;
  /** The applicant the file belongs to. */
  readonly ownerId: string;
  /** Who sent it: the applicant, or a clerk at the window for a walk-in applicant. */
  readonly uploadedBy: string;
  /** The sanitized original name. */
  readonly name: string;
  /** The media type detected from the content, never the one the client claimed. */
  readonly mime: string;
  readonly size: number;
  /** SHA-256 of the bytes, hex. */
  readonly sha256: string;
  readonly materialCode: string | null;
  /** The case the file is attached to, once intake has attached it. */
  readonly caseId: string | null;
  readonly storageKey: string;
  readonly createdAt: string;
  /** The region of the uploader's department; null when the applicant uploaded it. */
  readonly uploaderRegionCode: string | null;
}
