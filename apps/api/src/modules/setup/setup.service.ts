import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { PasswordService } from '../../core/auth/password.service.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';
import { NotificationService } from '../notification/notification.service.js';
import { SimilarityService } from '../similarity/similarity.service.js';
import { TeamService } from '../team/team.service.js';
import { Role, UserEntity } from '../user/user.entity.js';
import { UserRepository } from '../user/user.repository.js';
import { normaliseEmail } from '../user/user.service.js';
import { DemoActivity } from './demo-activity.js';
import { demoData } from './demo-data.js';
import { DemoDeals } from './demo-deals.js';
import { SetupRepository } from './setup.repository.js';

export interface SetupResult {
  demoLoaded: boolean;
  adminCreated: boolean;
  logins: { email: string; password: string; role: Role; name: string }[];
}

/** The demo's notifications of the last days stay unread; older ones are marked read when the demo loads. */
const DEMO_UNREAD_DAYS = 3;

/** What an empty database gets on first start: the first admin from the environment and, unless turned off, the demo. */
@Injectable()
export class SetupService {
  private readonly logger = new Logger(SetupService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly setup: SetupRepository,
    private readonly teams: TeamService,
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly demoActivity: DemoActivity,
    private readonly demoDeals: DemoDeals,
    private readonly similarity: SimilarityService,
    private readonly notifications: NotificationService,
  ) {}

  async run(): Promise<SetupResult> {
    const result = await this.dataSource.transaction(async (em) => {
      await this.setup.lockUsers(em);
      const result: SetupResult = { demoLoaded: false, adminCreated: false, logins: [] };
      if (await em.exists(UserEntity)) return result;
      if (this.config.demo) {
        result.logins.push(...(await this.loadDemo(em)));
        result.demoLoaded = true;
      }
      const { adminEmail, adminPassword } = this.config;
      if (adminEmail && adminPassword && !(await this.users.emailTaken(em, normaliseEmail(adminEmail)))) {
        await this.users.insert(em, {
          email: normaliseEmail(adminEmail),
          name: 'Administrator',
          title: null,
          role: Role.ADMIN,
          teamId: null,
          passwordHash: await this.passwords.hash(adminPassword),
        });
        result.adminCreated = true;
        this.logger.log(`Created the first admin, ${normaliseEmail(adminEmail)}`);
      }
      return result;
    });
    // After the commit: deals go through the CRM write path, which opens transactions of its own.
    if (result.demoLoaded) {
      await this.demoDeals.load();
      // The demo's assets are written directly, so they are signed for near-copy checks here.
      await this.similarity.signUnsigned();
      // A year of demo activity is history, not news: only the last days' notifications are left unread.
      await this.notifications.markReadBefore(new Date(Date.now() - DEMO_UNREAD_DAYS * 86_400_000));
    }
    return result;
  }

  private async loadDemo(em: EntityManager): Promise<SetupResult['logins']> {
    const { password, teams, people } = demoData().organisation;
    const teamIds = new Map<string, string>();
    for (const name of teams) teamIds.set(name, (await this.teams.create(name, [], em)).id);
    const passwordHash = await this.passwords.hash(password);
    const users: UserEntity[] = [];
    for (const p of people) {
      users.push(
        await this.users.insert(em, {
          email: p.email,
          name: p.name,
          title: p.title,
          role: p.role,
          teamId: teamIds.get(p.team) ?? null,
          passwordHash,
        }),
      );
    }
    const managers = new Map<string, string[]>();
    for (const [i, person] of people.entries()) {
      if (person.manages) managers.set(person.manages, [...(managers.get(person.manages) ?? []), users[i].id]);
    }
    for (const [team, userIds] of managers) await this.teams.setManagers(teamIds.get(team)!, userIds, em);
    this.logger.log(`Loaded the demo organisation: ${teams.length} teams, ${people.length} people`);
    await this.demoActivity.load(em, new Map(users.map((p) => [p.email!, { id: p.id, teamId: p.teamId }])), teamIds);
    const shown = new Set([Role.ADMIN, Role.ENABLEMENT, Role.MANAGER, Role.MEMBER]);
    return people
      .filter((p) => shown.delete(p.role))
      .map((p) => ({ email: p.email, password, role: p.role, name: p.name }));
  }
}
