import type { EntityManager } from 'typeorm';
import type { TeamRepository } from '../team/team.repository.js';
import type { UserRepository } from '../user/user.repository.js';
import { FieldError } from './deal-fields.util.js';
import type { DealRepository } from './deal.repository.js';

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
    repositories: { deals: DealRepository; teams: TeamRepository; users: UserRepository },
  ): Promise<DealReferences> {
    const accountKeys = [...new Set(names.accounts.map(key))];
    const teamKeys = [...new Set(names.teams.map(key))];
    const ownerKeys = [...new Set(names.owners.map(key))];
    // One after another: a transaction's queries share one connection.
    const accounts = await repositories.deals.accountIdsByName(em, accountKeys);
    const teams = await repositories.teams.idsByName(em, teamKeys);
    // An owner is given by email or by name: each key is tried as both.
    const owners = ownerKeys.length ? await repositories.users.matchPeople(em, ownerKeys, ownerKeys) : [];
    const byName = new Map<string, DealOwner[]>();
    for (const o of owners) {
      byName.set(o.name_key, [...(byName.get(o.name_key) ?? []), { id: o.id, teamId: o.team_id }]);
    }
    return new DealReferences(
      accounts,
      teams,
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
