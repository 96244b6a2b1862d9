import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { FieldError, text } from '../deal/deal-fields.util.js';
import { DealRepository } from '../deal/deal.repository.js';
import { TeamRepository } from '../team/team.repository.js';
import { Role } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import type { ImportedUser, ImportedUserChange, PersonMatch } from '../user/user.repository.js';
import type { ColumnMap, ColumnSpec } from './csv-columns.util.js';
import { parseEmail } from './csv-values.util.js';
import type { BatchOutcome, ParsedRow, RowError, RowImporter } from './import-kind.js';

type TeamColumn = 'person' | 'email' | 'team' | 'manager' | 'managerEmail' | 'title';

interface PersonRef {
  name: string;
  email: string | null;
}

interface TeamRow {
  person: PersonRef;
  title: string | null;
  team: string;
  manager: PersonRef | null;
}

/** A person as the file describes them, gathered from every row that names them. */
interface Person extends PersonRef {
  rows: number[];
  title: string | null;
  /** Lower-cased names of the team they sit in (from their own row) and of the teams they manage. */
  team: string | null;
  manages: Set<string>;
}

interface Teams {
  ids: Map<string, string>;
  created: Set<string>;
}

const NAME_MAX = 120;
const personKey = (p: PersonRef) => (p.email ? `email:${p.email}` : `name:${p.name.toLowerCase()}`);

/**
 * importTeams: people and teams (sales_teams.csv: sales_agent, manager, regional_office). The office is the team;
 * the manager column makes that person a manager of the team. People are matched by email, else by name (any case);
 * people without an email are created without a login. Roles of existing people are never changed; new managers
 * are MANAGERs, everyone else a MEMBER. The file is written in one transaction, as a manager spans many rows.
 */
@Injectable()
export class TeamImportService implements RowImporter<TeamColumn, TeamRow> {
  readonly batchSize = Infinity;
  readonly columns: ColumnSpec<TeamColumn>[] = [
    {
      key: 'person',
      label: 'sales agent',
      aliases: [
        'sales_agent',
        'sales agent',
        'salesperson',
        'sales rep',
        'agent',
        'rep',
        'employee',
        'member',
        'person',
        'full name',
        'name',
      ],
      required: true,
    },
    {
      key: 'team',
      label: 'regional office',
      aliases: ['regional_office', 'regional office', 'team', 'team name', 'sales team', 'office', 'region'],
      required: true,
    },
    {
      key: 'email',
      label: 'email',
      aliases: ['email', 'email address', 'sales agent email', 'agent email', 'work email'],
    },
    { key: 'managerEmail', label: 'manager email', aliases: ['manager email', 'manager email address'] },
    {
      key: 'manager',
      label: 'manager',
      aliases: ['manager', 'sales manager', 'manager name', 'team lead', 'reports to'],
    },
    { key: 'title', label: 'title', aliases: ['title', 'job title'] },
  ];

  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealRepository,
    private readonly teams: TeamRepository,
    private readonly users: UserRepository,
  ) {}

  parse(values: string[], columns: ColumnMap<TeamColumn>): TeamRow {
    const name = text(columns.get(values, 'person'), columns.label('person'), NAME_MAX);
    if (!name) throw new FieldError(`${columns.label('person')} is empty`);
    const team = text(columns.get(values, 'team'), columns.label('team'), 120);
    if (!team) throw new FieldError(`${columns.label('team')} is empty`);
    const managerValue = text(columns.get(values, 'manager'), columns.label('manager'), 254);
    let managerEmail = parseEmail(columns.get(values, 'managerEmail'), columns.label('managerEmail'));
    let managerName = managerValue;
    if (managerValue?.includes('@')) {
      managerEmail ??= parseEmail(managerValue, columns.label('manager'));
      managerName = null;
    }
    if (managerName && managerName.length > NAME_MAX) {
      throw new FieldError(`${columns.label('manager')} is longer than ${NAME_MAX} characters`);
    }
    return {
      person: { name, email: parseEmail(columns.get(values, 'email'), columns.label('email')) },
      title: text(columns.get(values, 'title'), columns.label('title'), 120),
      team,
      manager:
        managerName || managerEmail ? { name: managerName ?? managerEmail!.split('@')[0], email: managerEmail } : null,
    };
  }

  async write(rows: ParsedRow<TeamRow>[]): Promise<BatchOutcome> {
    return this.dataSource.transaction(async (em) => {
      await this.deals.lockCrmWrites(em);
      const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
      const { people, accepted, errors } = this.gather(rows);
      outcome.errors.push(...errors);
      const teams = await this.upsertTeams(em, accepted, outcome);
      const userIds = await this.upsertPeople(em, people, teams.ids, outcome);
      await this.linkManagers(em, people, userIds, teams, outcome);
      return outcome;
    });
  }

  /** Everyone the file names, as agents or managers, one entry per person. */
  private gather(rows: ParsedRow<TeamRow>[]): {
    people: Map<string, Person>;
    accepted: ParsedRow<TeamRow>[];
    errors: RowError[];
  } {
    const people = new Map<string, Person>();
    const accepted: ParsedRow<TeamRow>[] = [];
    const errors: RowError[] = [];
    const person = (ref: PersonRef, row: number): Person => {
      const key = personKey(ref);
      let found = people.get(key);
      if (!found) {
        found = { ...ref, rows: [], title: null, team: null, manages: new Set() };
        people.set(key, found);
      }
      found.rows.push(row);
      return found;
    };
    for (const { row, item } of rows) {
      const teamKey = item.team.toLowerCase();
      const agent = people.get(personKey(item.person));
      if (agent?.team && agent.team !== teamKey) {
        errors.push({
          row,
          message: `${item.person.name} is already in team ${agent.team} (line ${agent.rows[0]}); a person sits in one team`,
        });
        continue;
      }
      accepted.push({ row, item });
      const entry = person(item.person, row);
      entry.team = teamKey;
      entry.title = item.title ?? entry.title;
      if (item.manager) person(item.manager, row).manages.add(teamKey);
    }
    // Someone named without an email in one row and with one in another is one person, when the name is unique.
    for (const [key, named] of people) {
      if (!key.startsWith('name:')) continue;
      const withEmail = [...people.values()].filter(
        (p) => p.email && p.name.toLowerCase() === named.name.toLowerCase(),
      );
      if (withEmail.length !== 1) continue;
      const [into] = withEmail;
      into.rows.push(...named.rows);
      into.team ??= named.team;
      into.title ??= named.title;
      named.manages.forEach((t) => into.manages.add(t));
      people.delete(key);
    }
    for (const p of people.values()) p.team ??= [...p.manages][0] ?? null;
    return { people, accepted, errors };
  }

  /** Every team the file names, by lower-cased name, and which of them this import created. */
  private async upsertTeams(em: EntityManager, rows: ParsedRow<TeamRow>[], outcome: BatchOutcome): Promise<Teams> {
    const names = new Map<string, string>();
    for (const { item } of rows) if (!names.has(item.team.toLowerCase())) names.set(item.team.toLowerCase(), item.team);
    const created = await this.teams.insertMissing(em, [...names.values()]);
    outcome.created += created.length;
    outcome.unchanged += names.size - created.length;
    return { ids: await this.teams.idsByName(em, [...names.keys()]), created: new Set(created) };
  }

  /** Matches each person to a user (by email, else by a name only one user has) and creates or updates them. */
  private async upsertPeople(
    em: EntityManager,
    people: Map<string, Person>,
    teams: Map<string, string>,
    outcome: BatchOutcome,
  ): Promise<Map<Person, string>> {
    const list = [...people.values()];
    const users = await this.users.matchPeople(
      em,
      list.flatMap((p) => (p.email ? [p.email] : [])),
      list.map((p) => p.name.toLowerCase()),
    );
    const byEmail = new Map(users.filter((u) => u.email).map((u) => [u.email!, u]));
    const byName = new Map<string, PersonMatch[]>();
    for (const u of users) byName.set(u.name_key, [...(byName.get(u.name_key) ?? []), u]);
    const ids = new Map<Person, string>();
    const taken = new Set<string>();
    const inserts: ImportedUser[] = [];
    const updates: ImportedUserChange[] = [];
    for (const p of list) {
      const sameName = byName.get(p.name.toLowerCase()) ?? [];
      const candidates = p.email ? [byEmail.get(p.email)].filter((u) => u !== undefined) : sameName;
      // Someone imported earlier without an email gets theirs when a later file gives it.
      const match = candidates.length ? candidates : p.email ? sameName.filter((u) => u.email === null) : [];
      if (match.length > 1) {
        outcome.errors.push({
          row: p.rows[0],
          message: `${match.length} people in Byline are called ${p.name}; add an email column to tell them apart`,
        });
        continue;
      }
      const user = match[0];
      if (user && taken.has(user.id)) {
        outcome.errors.push({
          row: p.rows[0],
          message: `${p.name} matches a person already named on another line; give each one an email`,
        });
        continue;
      }
      const teamId = p.team ? (teams.get(p.team) ?? null) : null;
      if (!user) {
        const id = randomUUID();
        inserts.push({
          id,
          email: p.email,
          name: p.name,
          title: p.title,
          role: p.manages.size ? Role.MANAGER : Role.MEMBER,
          team_id: teamId,
        });
        ids.set(p, id);
        continue;
      }
      taken.add(user.id);
      ids.set(p, user.id);
      const change = {
        id: user.id,
        team_id: teamId ?? user.team_id,
        email: user.email ?? p.email,
        title: p.title ?? user.title,
      };
      if (change.team_id !== user.team_id || change.email !== user.email || change.title !== user.title) {
        updates.push(change);
      } else outcome.unchanged++;
    }
    await this.users.insertImported(em, inserts);
    await this.users.updateImported(em, updates);
    outcome.created += inserts.length;
    outcome.updated += updates.length;
    return ids;
  }

  private async linkManagers(
    em: EntityManager,
    people: Map<string, Person>,
    userIds: Map<Person, string>,
    teams: Teams,
    outcome: BatchOutcome,
  ): Promise<void> {
    const links = [...people.values()].flatMap((p) => {
      const userId = userIds.get(p);
      return userId ? [...p.manages].map((team) => ({ team_id: teams.ids.get(team)!, user_id: userId })) : [];
    });
    if (!links.length) return;
    const added = await this.teams.addManagers(em, links);
    // A team created by this import got its managers as part of being created; an existing one changed.
    const gained = new Set(added.filter((id) => !teams.created.has(id)));
    outcome.updated += gained.size;
    outcome.unchanged -= gained.size;
  }
}
