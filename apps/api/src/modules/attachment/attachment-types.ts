/** File types an attachment may have, by extension, with the content type it is stored and served as. */
export const ATTACHMENT_TYPES: Record<string, { contentType: string; magic?: number[] }> = {
  pdf: { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  png: { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  gif: { contentType: 'image/gif', magic: [0x47, 0x49, 0x46, 0x38] },
  csv: { contentType: 'text/csv' },
  txt: { contentType: 'text/plain' },
  md: { contentType: 'text/markdown' },
};

export const ALLOWED_EXTENSIONS = Object.keys(ATTACHMENT_TYPES);

export function attachmentType(fileName: string) {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension ? ATTACHMENT_TYPES[extension] : undefined;
}

/** Whether the first bytes look like the claimed type: binary types by signature, text types by having no NUL byte. */
export function looksLike(type: { magic?: number[] }, head: Buffer): boolean {
  if (type.magic) return type.magic.every((byte, i) => head[i] === byte);
  return !head.includes(0);
}
