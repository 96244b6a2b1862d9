import { Fragment } from 'react';
import { PersonLink } from './PersonLink';

/** Several people as comma-separated profile links, e.g. an asset's authors. */
export function PersonLinks({ people }: { people: readonly { id: string; name: string }[] }) {
  return people.map((person, index) => (
    <Fragment key={person.id}>
      {index > 0 ? ', ' : null}
      <PersonLink person={person} />
    </Fragment>
  ));
}
