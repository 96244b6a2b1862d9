import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttachmentEntity } from '../attachment.entity.js';

@ObjectType('Attachment', {
  description: 'A file attached to an asset. Download it from /attachments/{id} with your token.',
})
export class AttachmentObject {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'Path to download it from (with the Authorization header).' })
  downloadPath: string;

  assetId: string;
  uploadedById: string;
}

export const toAttachmentObject = (a: AttachmentEntity): AttachmentObject => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  createdAt: a.createdAt,
  downloadPath: `/attachments/${a.id}`,
  assetId: a.assetId,
  uploadedById: a.uploadedById,
});
