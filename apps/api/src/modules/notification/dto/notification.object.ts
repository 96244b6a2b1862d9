import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationEntity } from '../notification.entity.js';

@ObjectType('Notification', { description: 'Something you are told about: a buyer opened a link you shared, ...' })
export class NotificationObject {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. SHARE_OPENED.' })
  kind: string;

  @Field({ description: 'What to show, written for you.' })
  text: string;

  @Field(() => String, { nullable: true, description: 'Where in the app it leads, e.g. /assets/<id>.' })
  path: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}

export const toNotificationObject = (n: NotificationEntity): NotificationObject => ({
  id: n.id,
  kind: n.kind,
  text: n.text,
  path: n.path,
  createdAt: n.createdAt,
  readAt: n.readAt,
});
