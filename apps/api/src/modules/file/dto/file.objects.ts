import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ExtractionStatus, PreviewKind } from '../file-extraction.entity.js';
import type { FileExtractionEntity } from '../file-extraction.entity.js';
import type { FileMatch } from '../file.repository.js';

registerEnumType(ExtractionStatus, {
  name: 'FileExtractionStatus',
  description: 'Where the reading of a file stands: PENDING (queued), RUNNING, DONE or FAILED (see error).',
});
registerEnumType(PreviewKind, {
  name: 'FilePreviewKind',
  description: 'PDF: the file itself; CONVERTED: a PDF LibreOffice made of it; OUTLINE: its text, page by page.',
});

@ObjectType('FileExtraction', { description: 'What Byline read from a document attached to an asset.' })
export class FileExtractionObject {
  @Field(() => ExtractionStatus)
  status: ExtractionStatus;

  @Field(() => Int, { description: '0–100.' })
  progress: number;

  @Field({ description: 'PDF, PPTX, DOCX or XLSX.' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'What one page is called in it: page, slide, sheet or section.' })
  pageLabel: string | null;

  @Field(() => Int, { nullable: true })
  pageCount: number | null;

  @Field(() => String, { nullable: true, description: 'The title it gives itself, if any.' })
  title: string | null;

  @Field(() => PreviewKind, { nullable: true })
  preview: PreviewKind | null;

  @Field(() => String, { nullable: true, description: 'Why it could not be read, as a sentence.' })
  error: string | null;
}

export const toFileExtractionObject = (x: FileExtractionEntity): FileExtractionObject => ({
  status: x.status,
  progress: x.progress,
  kind: x.kind,
  pageLabel: x.pageLabel,
  pageCount: x.pageCount,
  title: x.title,
  preview: x.preview,
  error: x.error,
});

@ObjectType('FilePage', { description: 'The text of one page, slide, sheet or section of a document.' })
export class FilePageObject {
  @Field(() => Int, { description: 'From 1.' })
  n: number;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field()
  text: string;
}

@ObjectType('FileMatch', { description: 'A page of an attached document that matches a search.' })
export class FileMatchObject implements Omit<FileMatch, 'assetId'> {
  @Field(() => ID)
  attachmentId: string;

  @Field()
  fileName: string;

  @Field({ description: 'page, slide, sheet or section.' })
  pageLabel: string;

  @Field(() => Int)
  page: number;

  @Field(() => String, { nullable: true })
  heading: string | null;

  @Field({ description: 'The words around the match, the matching ones marked «like this».' })
  snippet: string;
}
