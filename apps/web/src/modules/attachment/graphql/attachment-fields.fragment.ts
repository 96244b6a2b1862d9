import { graphql } from '../../../generated';

export const attachmentFieldsFragment = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    sizeBytes
    createdAt
    downloadPath
    uploadedBy {
      id
      name
    }
  }
`);
