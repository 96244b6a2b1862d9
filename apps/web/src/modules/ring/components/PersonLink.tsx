import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** A person's name, linking to their credit statement (every entry, explained). */
export function PersonLink({ person }: { person: { id: string; name: string } }) {
  return (
    <Anchor component={Link} to={`/people/${person.id}/credit`} size="sm" fw={500}>
      {person.name}
    </Anchor>
  );
}
