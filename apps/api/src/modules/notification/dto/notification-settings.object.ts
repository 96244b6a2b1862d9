import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';

export enum DigestFrequency {
  NONE = 'NONE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often unread notifications are emailed: never, daily (07:00 UTC) or weekly (Mondays).',
});

@ObjectType('NotificationSettings', { description: 'How you are told about what concerns you.' })
export class NotificationSettingsObject {
  @Field(() => DigestFrequency, { description: 'Your email digest of unread notifications; NONE until you choose.' })
  digest: DigestFrequency;

  @Field({
    description: 'Whether this installation can send email (an SMTP server is configured); if not, no digests.',
  })
  digestsAvailable: boolean;
}

@InputType('UpdateNotificationSettingsInput')
export class UpdateNotificationSettingsInput {
  @Field(() => DigestFrequency)
  @IsEnum(DigestFrequency)
  digest: DigestFrequency;
}
