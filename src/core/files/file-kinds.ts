/**
 * The kinds of file accepted as application materials (申请材料), each recognised by its content,
 * never by its name or the media type a client claims (docs/files.md).
 */
export const FILE_KINDS = {
  pdf: { mime: 'application/pdf', label: 'PDF', preview: true },
  jpeg: { mime: 'image/jpeg', label: 'JPEG', preview: true },
  png: { mime: 'image/png', label: 'PNG', preview: true },
  // GB/T 33190 版式文档: a zip package whose root holds OFD.xml.
  ofd: { mime: 'application/ofd', label: 'OFD', preview: false },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'DOCX', preview: false },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'XLSX', preview: false },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

/** The accepted kinds' labels, for messages: `PDF, JPEG, …`. */
export const ACCEPTED_LABELS: string = Object.values(FILE_KINDS).map((k) => k.label).join(', ');

/** The default upload limit in MiB; a deployment sets its own with TONGBAN_MAX_UPLOAD_MB. */
export const DEFAULT_MAX_UPLOAD_MB = 20;

/** Whether a browser should show a stored media type in place (images and PDF) rather than download it. */
export function isPreviewable(mime: string): boolean {
  return Object.values(FILE_KINDS).some((kind) => kind.mime === mime && kind.preview);
}
