import { Anchor } from '@mantine/core';
import type { AnchorProps } from '@mantine/core';
import { Link } from 'react-router';

interface PersonLinkProps extends AnchorProps {
  person: { id: string; name: string };
}

/** A person's name as a link to their profile; its accessible name is their name. */
export function PersonLink({ person, ...props }: PersonLinkProps) {
  return (
    <Anchor component={Link} to={`/people/${person.id}`} inherit underline="hover" {...props}>
      {person.name}
    </Anchor>
  );
}
