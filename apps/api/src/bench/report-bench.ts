import { BENCH_PASSWORD, seedPeople } from './seed.js';
import { freshByline, gql, percentile, seconds, summary, timed } from './bench-support.js';
import { analyze, benchTeamMembers, insertReportYear } from './bench.repository.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_MS = 2000;

const FIELDS = `credit rank assetsAuthored uniqueReusers teamsReached wonDealsInfluenced wonAmountInfluenced csv
  reusesReceived { kind count } endorsementsReceived { kind count } engagement { sharing participating contributing }`;
const PERSON = `trend { credit previousCredit change teamMedian points { label credit teamMedian } }
  assets { assetId title role share reuses { kind count } customerSessions wonDeals wonAmount credit }
  endorsementComments { id kind comment endorserName assetTitle }`;
const TEAM_REPORT = `query($t: ID!) { authorshipReport(teamId: $t, period: { kind: YEAR }) { ${FIELDS}
  knowledgeFlow { teamId teamName received given } members { user { id name } ${FIELDS} ${PERSON} } } }`;
const PERSON_REPORT = `query($u: ID!) { authorshipReport(userId: $u, period: { kind: YEAR }) { ${FIELDS} ${PERSON} } }`;

/**
 * The performance-review reports on PostgreSQL for a team of 50 with a year of work (BENCH_REPORT_ASSETS each,
 * BENCH_REPORT_REUSES reuses of them by the team and three other teams of 50): the team report with every
 * member's full report, and one person's, each against the 2 s target.
 */
export async function reportBench(): Promise<void> {
  const perPerson = Number(process.env.BENCH_REPORT_ASSETS ?? 20);
  const reuses = Number(process.env.BENCH_REPORT_REUSES ?? 200_000);
  const db = await freshByline('postgresql', 'report', { FISCAL_YEAR_START_MONTH: '1' });
  try {
    const started = performance.now();
    const people = await seedPeople(db.sql, 4, 50);
    const rows = await benchTeamMembers(db.sql, 'bench1-');
    const team = rows.map((r) => r.id);
    await insertReportYear(db.sql, team, people, { perPerson, reuses, endorsements: 20_000, deals: 2_000 });
    await analyze(db.sql);
    console.log(
      `  50 people, ${team.length * perPerson} assets, ${reuses.toLocaleString('en')} reuses over a year seeded in ${seconds(started)} s`,
    );
    const { login } = await gql<{ login: { token: string } }>(
      db.byline.url,
      null,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'bench1-1@bench.byline', p: BENCH_PASSWORD },
    );
    const teamTimes = await timed(RUNS, () => gql(db.byline.url, login.token, TEAM_REPORT, { t: rows[0].team_id }), 2);
    const personTimes = await timed(
      RUNS,
      (i) => gql(db.byline.url, login.token, PERSON_REPORT, { u: team[(i * 7) % team.length] }),
      2,
    );
    const verdict = (times: number[]) => (percentile(times, 95) <= TARGET_MS ? 'within' : 'OVER');
    console.log(
      `    team report, 50 people, a year  ${summary(teamTimes)}  (target ${TARGET_MS} ms: ${verdict(teamTimes)})`,
    );
    console.log(
      `    one person's report, a year     ${summary(personTimes)}  (target ${TARGET_MS} ms: ${verdict(personTimes)})`,
    );
  } finally {
    await db.close();
  }
}
