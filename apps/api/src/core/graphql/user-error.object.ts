import { Field, ObjectType } from '@nestjs/graphql';
import type { AppError } from './errors.js';

@ObjectType('UserError', {
  description: 'Why one item of a batch was not done: the code and message it would have failed with on its own.',
})
export class UserErrorObject {
  @Field({ description: 'As `extensions.code` of an error: BAD_USER_INPUT, NOT_FOUND, CONFLICT, ...' })
  code: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, when there is one.' })
  field: string | null;
}

export const toUserError = (error: AppError): UserErrorObject => ({
  code: String(error.extensions.code),
  message: error.message,
  field: typeof error.extensions.field === 'string' ? error.extensions.field : null,
});
