import { Card, Progress, Stack, Text, Title } from '@mantine/core';
import type { AttachmentDocumentFieldsFragment } from '../../../generated/graphql';
import { readingLabel } from '../file-checks';
import { useDocumentProgress } from '../hooks/useDocumentProgress';
import { DocumentOutline } from './DocumentOutline';
import { PdfPreview } from './PdfPreview';

interface DocumentsSectionProps {
  assetId: string;
  attachments: readonly AttachmentDocumentFieldsFragment[];
}

type Document = AttachmentDocumentFieldsFragment & {
  extraction: NonNullable<AttachmentDocumentFieldsFragment['extraction']>;
};

function isDocument(attachment: AttachmentDocumentFieldsFragment): attachment is Document {
  return attachment.extraction !== null && attachment.extraction !== undefined;
}

function DocumentBody({ assetId, document }: { assetId: string; document: Document }) {
  const { extraction } = document;
  if (extraction.status === 'PENDING' || extraction.status === 'RUNNING') {
    return (
      <Stack gap={6} data-testid="document-reading">
        <Text size="sm" c="dimmed">
          {readingLabel(extraction.pageLabel, extraction.kind)} {extraction.progress}%
        </Text>
        <Progress
          value={Math.max(extraction.progress, 3)}
          size="sm"
          radius="xl"
          color="teal"
          animated
          aria-label={`Reading ${document.fileName}`}
        />
      </Stack>
    );
  }
  if (extraction.status === 'FAILED') {
    return (
      <Text size="sm" c="red.8" data-testid="document-failed">
        {extraction.error ?? `Byline could not read ${document.fileName}.`}
      </Text>
    );
  }
  if (document.previewPath) {
    return <PdfPreview src={document.previewPath} name={document.fileName} />;
  }
  return (
    <DocumentOutline
      assetId={assetId}
      attachmentId={document.id}
      pageLabel={extraction.pageLabel ?? 'page'}
      pageCount={extraction.pageCount ?? null}
    />
  );
}

/** The asset's documents, each previewed page by page, or as its text outline, or with how far its reading got. */
export function DocumentsSection({ assetId, attachments }: DocumentsSectionProps) {
  const documents = attachments.filter(isDocument);
  const reading = documents.some(
    (document) => document.extraction.status === 'PENDING' || document.extraction.status === 'RUNNING',
  );
  useDocumentProgress(assetId, reading);
  if (documents.length === 0) {
    return null;
  }
  return (
    <Card component="section" aria-labelledby="documents-heading" data-testid="documents">
      <Stack gap="lg">
        <Title order={2} fz="lg" id="documents-heading">
          {documents.length === 1 ? 'Document' : 'Documents'}
        </Title>
        {documents.map((document) => {
          const { extraction } = document;
          const count =
            extraction.status === 'DONE' && extraction.pageCount
              ? `${extraction.pageCount} ${extraction.pageLabel ?? 'page'}${extraction.pageCount === 1 ? '' : 's'}`
              : null;
          return (
            <Stack key={document.id} gap="xs" data-testid="document" data-file-name={document.fileName}>
              <Stack gap={0}>
                <Title order={3} fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {document.fileName}
                </Title>
                <Text size="xs" c="dimmed">
                  {[extraction.kind, count, extraction.preview === 'CONVERTED' ? 'preview made by LibreOffice' : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <DocumentBody assetId={assetId} document={document} />
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
