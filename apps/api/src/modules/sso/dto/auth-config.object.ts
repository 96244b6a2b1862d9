import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Single sign-on with an OpenID Connect provider, as the login page offers it.' })
export class OidcLoginConfig {
  @Field()
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'The provider\'s name, for "Sign in with <label>".' })
  label: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the browser starts signing in; add `?returnTo=<path of this site>` to come back there.',
  })
  loginUrl: string | null;
}

@ObjectType({ description: 'How people sign in to this installation (readable without signing in).' })
export class AuthConfig {
  @Field({ description: 'Whether the `login` mutation (email and password) is on.' })
  passwordLogin: boolean;

  @Field(() => OidcLoginConfig)
  oidc: OidcLoginConfig;
}
