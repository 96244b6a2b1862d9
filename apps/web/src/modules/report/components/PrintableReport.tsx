import type { AuthorshipReportFieldsFragment } from '../../../generated/graphql';
import { ENDORSEMENT_KIND_LABELS, ENDORSEMENT_KINDS } from '../../endorsement/endorsement-labels';
import { REUSE_KIND_LABELS } from '../../reuse/reuse-labels';
import type { ReuseKind } from '../../../generated/graphql';
import { ENGAGEMENT_LABELS, ENGAGEMENT_LEVELS } from '../engagement';
import { countOf, formatAmount } from '../report-format';
import classes from './ReportPrint.module.css';

const REUSE_KINDS: readonly ReuseKind[] = ['COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL', 'ADAPT', 'VIEW'];

// Short headers under "Reuses received" so the team table fits a landscape page.
const REUSE_COLUMN_LABELS: Record<ReuseKind, string> = {
  COPY: 'Copies',
  SHARE_WITH_CUSTOMER: 'Shared',
  USED_IN_DEAL: 'In deals',
  ADAPT: 'Adapted',
  VIEW: 'Views',
};

interface TeamRow {
  key: string;
  name: string;
  report: AuthorshipReportFieldsFragment;
}

function Cells({ report }: { report: AuthorshipReportFieldsFragment }) {
  return (
    <>
      <td>{report.credit.toLocaleString()}</td>
      <td>{report.rank ?? '—'}</td>
      <td>{report.assetsAuthored}</td>
      {REUSE_KINDS.map((kind) => (
        <td key={kind}>{countOf(report.reusesReceived, kind)}</td>
      ))}
      <td>{report.uniqueReusers}</td>
      <td>{report.teamsReached}</td>
      {ENDORSEMENT_KINDS.map((kind) => (
        <td key={kind}>{countOf(report.endorsementsReceived, kind)}</td>
      ))}
      <td>{report.derivedAssets}</td>
      <td>{report.wonDealsInfluenced}</td>
      <td>{formatAmount(report.wonAmountInfluenced)}</td>
      {ENGAGEMENT_LEVELS.map((level) => (
        <td key={level}>{report.engagement[level]}</td>
      ))}
    </>
  );
}

/** Every member of a team with every report column, and the team's own totals. */
export function PrintableTeamTable({ rows, team }: { rows: readonly TeamRow[]; team: AuthorshipReportFieldsFragment }) {
  return (
    <table className={classes.table} data-testid="print-team-table">
      <thead>
        <tr>
          <th rowSpan={2}>Person</th>
          <th rowSpan={2}>Credit</th>
          <th rowSpan={2}>Rank</th>
          <th rowSpan={2}>Assets authored</th>
          <th colSpan={REUSE_KINDS.length} className={classes.groupHead}>
            Reuses received
          </th>
          <th rowSpan={2}>Unique reusers</th>
          <th rowSpan={2}>Teams reached</th>
          <th colSpan={ENDORSEMENT_KINDS.length} className={classes.groupHead}>
            Endorsements received
          </th>
          <th rowSpan={2}>Derived assets</th>
          <th colSpan={2} className={classes.groupHead}>
            Won deals influenced
          </th>
          <th colSpan={ENGAGEMENT_LEVELS.length} className={classes.groupHead}>
            Engagement
          </th>
        </tr>
        <tr>
          {REUSE_KINDS.map((kind) => (
            <th key={kind}>{REUSE_COLUMN_LABELS[kind]}</th>
          ))}
          {ENDORSEMENT_KINDS.map((kind) => (
            <th key={kind}>{ENDORSEMENT_KIND_LABELS[kind].label}</th>
          ))}
          <th>Deals</th>
          <th>Amount</th>
          {ENGAGEMENT_LEVELS.map((level) => (
            <th key={level}>{ENGAGEMENT_LABELS[level].label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{row.name}</td>
            <Cells report={row.report} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td>
            Team
            <br />
            <span className={classes.footnote}>each event once</span>
          </td>
          <Cells report={team} />
        </tr>
      </tfoot>
    </table>
  );
}

/** One person's report as a two-column list of every field. */
export function PrintablePersonFields({ report }: { report: AuthorshipReportFieldsFragment }) {
  const row = (label: string, value: string | number) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td>{typeof value === 'number' ? value.toLocaleString() : value}</td>
    </tr>
  );
  const group = (label: string) => (
    <tr className={classes.group} key={`group-${label}`}>
      <th colSpan={2} scope="rowgroup">
        {label}
      </th>
    </tr>
  );
  return (
    <table className={classes.fields} data-testid="print-person-fields">
      <tbody>
        {group('Credit')}
        {row('Credit booked in the period', report.credit)}
        {row('Rank in the organisation (credit)', report.rank ?? '—')}
        {group('Authorship')}
        {row('Assets authored', report.assetsAuthored)}
        {row('Derived assets (adaptations of theirs, published)', report.derivedAssets)}
        {group('Reuses received')}
        {REUSE_KINDS.map((kind) => row(REUSE_KIND_LABELS[kind], countOf(report.reusesReceived, kind)))}
        {row('Unique reusers', report.uniqueReusers)}
        {row('Teams reached', report.teamsReached)}
        {group('Endorsements received')}
        {ENDORSEMENT_KINDS.map((kind) =>
          row(ENDORSEMENT_KIND_LABELS[kind].label, countOf(report.endorsementsReceived, kind)),
        )}
        {group('Won deals')}
        {row('Won deals influenced', report.wonDealsInfluenced)}
        {row('Won amount influenced', formatAmount(report.wonAmountInfluenced))}
        {group('Engagement')}
        {ENGAGEMENT_LEVELS.map((level) =>
          row(
            `${ENGAGEMENT_LABELS[level].label}: ${ENGAGEMENT_LABELS[level].description.toLowerCase()}`,
            report.engagement[level],
          ),
        )}
      </tbody>
    </table>
  );
}
