import type { EntityManager } from 'typeorm';
import { FieldError } from './deal-fields.util.js';

interface OwnerRow {
  id: string;
  email: string | null;
  name_key: string;
  team_id: string | null;
}

export interface DealOwner {
  id: string;
  teamId: string | null;
}

const key = (value: string) => value.trim().toLowerCase();

/**
 * The accounts, people and teams a batch of deals names, matched case-insensitively (people by email or name),
 * loaded with one query per kind inside the writing transaction.
 */
export class DealReferences {
  private constructor(
    private readonly accounts: Map<string, string>,
    private readonly teams: Map<string, string>,
    private readonly ownersByEmail: Map<string, DealOwner>,
    private readonly ownersByName: Map<string, DealOwner[]>,
  ) {}

  static async load(
    em: EntityManager,
    names: { accounts: string[]; owners: string[]; teams: string[] },
  ): Promise<DealReferences> {
    const accountKeys = [...new Set(names.accounts.map(key))];
    const teamKeys = [...new Set(names.teams.map(key))];
    const ownerKeys = [...new Set(names.owners.map(key))];
    // One after another: a transaction's queries share one connection.
    const accounts = accountKeys.length
      ? await em.query<{ id: string; key: string }[]>(
          'SELECT id, lower(name) AS key FROM accounts WHERE lower(name) = ANY($1)',
          [accountKeys],
        )
      : [];
    const teams = teamKeys.length
      ? await em.query<{ id: string; key: string }[]>(
          'SELECT id, lower(name) AS key FROM teams WHERE lower(name) = ANY($1)',
          [teamKeys],
        )
      : [];
    const owners = ownerKeys.length
      ? await em.query<OwnerRow[]>(
          'SELECT id, email, lower(name) AS name_key, team_id FROM users WHERE email = ANY($1) OR lower(name) = ANY($1) ORDER BY id',
          [ownerKeys],
        )
      : [];
    const byName = new Map<string, DealOwner[]>();
    for (const o of owners) {
      byName.set(o.name_key, [...(byName.get(o.name_key) ?? []), { id: o.id, teamId: o.team_id }]);
    }
    return new DealReferences(
      new Map(accounts.map((a) => [a.key, a.id])),
      new Map(teams.map((t) => [t.key, t.id])),
      new Map(owners.filter((o) => o.email).map((o) => [o.email!, { id: o.id, teamId: o.team_id }])),
      byName,
    );
  }

  account(name: string): string {
    const id = this.accounts.get(key(name));
    if (!id) throw new FieldError(`account "${name}" is not known; import the accounts first or fix the name`);
    return id;
  }

  team(name: string): string {
    const id = this.teams.get(key(name));
    if (!id) throw new FieldError(`team "${name}" is not known; import the teams first or fix the name`);
    return id;
  }

  /** An owner given by email, or by a name exactly one person has. */
  owner(value: string): DealOwner {
    if (value.includes('@')) {
      const owner = this.ownersByEmail.get(key(value));
      if (!owner) throw new FieldError(`owner "${value}" is not the email of anyone in Byline`);
      return owner;
    }
    const matches = this.ownersByName.get(key(value)) ?? [];
    if (matches.length > 1) {
      throw new FieldError(`owner "${value}" is ambiguous: ${matches.length} people have that name; give an email`);
    }
    if (!matches.length) throw new FieldError(`owner "${value}" is not known; import the teams first or fix the name`);
    return matches[0];
  }
}
