import type { AuthorshipReportObject } from './dto/authorship-report.objects.js';
import type {
  ReportAssetObject,
  ReportAcceptedAnswerObject,
  ReportEndorsementCommentObject,
  ReportTrendObject,
} from './dto/performance-report.objects.js';

/** Everything the printed person report shows. */
export interface PersonReportDocument {
  name: string;
  teamName: string | null;
  report: AuthorshipReportObject;
  trend: ReportTrendObject;
  assets: ReportAssetObject[];
  comments: ReportEndorsementCommentObject[];
  answers: ReportAcceptedAnswerObject[];
  generatedAt: Date;
}

const REUSE_LABELS: Record<string, string> = {
  VIEW: 'Views',
  COPY: 'Copies',
  SHARE_WITH_CUSTOMER: 'Shared with customers',
  USED_IN_DEAL: 'Used in deals',
  ADAPT: 'Adaptations',
};
const ENDORSEMENT_LABELS: Record<string, string> = {
  HELPFUL: 'Helpful',
  HELPED_WIN: 'Helped win',
  VERIFIED: 'Verified',
};
const ROLE_LABELS: Record<string, string> = {
  LEAD_AUTHOR: 'Lead author',
  CO_AUTHOR: 'Co-author',
  ADAPTER: 'Adapter',
  SUBJECT_MATTER_EXPERT: 'Subject-matter expert',
  REVIEWER: 'Reviewer',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const number = (n: number) => n.toLocaleString('en-US');
const amount = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const signed = (n: number) => (n > 0 ? `+${number(n)}` : number(n));

/** The trend as an SVG bar chart: the person's credit per period, the team median as a line of dots. */
export function trendChartSvg(trend: ReportTrendObject): string {
  const width = 640;
  const height = 200;
  const left = 40;
  const bottom = 28;
  const top = 12;
  const points = trend.points;
  const max = Math.max(1, ...points.map((p) => Math.max(p.credit, p.teamMedian ?? 0)));
  const slot = (width - left) / Math.max(1, points.length);
  const y = (v: number) => top + (height - top - bottom) * (1 - Math.max(0, v) / max);
  const bars = points
    .map((p, i) => {
      const x = left + i * slot + slot * 0.2;
      const barY = y(p.credit);
      const last = i === points.length - 1;
      return (
        `<rect x="${x.toFixed(1)}" y="${barY.toFixed(1)}" width="${(slot * 0.6).toFixed(1)}" ` +
        `height="${(height - bottom - barY).toFixed(1)}" fill="${last ? '#4c6ef5' : '#bac8ff'}"/>` +
        `<text x="${(x + slot * 0.3).toFixed(1)}" y="${(barY - 3).toFixed(1)}" text-anchor="middle" font-size="10">${number(p.credit)}</text>` +
        `<text x="${(x + slot * 0.3).toFixed(1)}" y="${height - 10}" text-anchor="middle" font-size="10" fill="#495057">${escapeHtml(p.label)}</text>`
      );
    })
    .join('');
  const medians = points
    .map((p, i) =>
      p.teamMedian === null ? null : `${(left + i * slot + slot / 2).toFixed(1)},${y(p.teamMedian).toFixed(1)}`,
    )
    .filter((p): p is string => p !== null);
  const medianLine = medians.length
    ? `<polyline points="${medians.join(' ')}" fill="none" stroke="#e8590c" stroke-width="2" stroke-dasharray="4 3"/>` +
      medians.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="#e8590c"/>`).join('')
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" ` +
    `aria-label="Credit per period, with the team median">` +
    `<line x1="${left}" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="#adb5bd"/>` +
    `<text x="0" y="${top + 8}" font-size="10" fill="#868e96">${number(max)}</text>` +
    `<text x="0" y="${height - bottom}" font-size="10" fill="#868e96">0</text>` +
    bars +
    medianLine +
    `</svg>`
  );
}

/** The printable person report: plain HTML and inline SVG, nothing fetched, for Chromium to print. */
export function personReportHtml(doc: PersonReportDocument): string {
  const { report, trend } = doc;
  const figures: [string, string, string][] = [
    [
      'Credit',
      number(report.credit),
      trend.change === null ? 'Booked in the period' : `${signed(trend.change)} on the period before`,
    ],
    ['Team median', trend.teamMedian === null ? '—' : number(trend.teamMedian), 'Credit, same period'],
    ['Rank', report.rank ? `#${report.rank}` : '—', 'Organisation, by credit'],
    ['Assets authored', number(report.assetsAuthored), "Published by the period's end"],
    ['Unique reusers', number(report.uniqueReusers), `${number(report.teamsReached)} teams reached`],
    ['Won deals influenced', number(report.wonDealsInfluenced), amount(report.wonAmountInfluenced)],
  ];
  const reuseCols = ['COPY', 'SHARE_WITH_CUSTOMER', 'USED_IN_DEAL', 'ADAPT', 'VIEW'];
  const assetRows = doc.assets
    .map((a) => {
      const reuses = new Map(a.reuses.map((r) => [r.kind, r.count]));
      return (
        `<tr><td>${escapeHtml(a.title)}<div class="dim">${escapeHtml(a.kind.replace(/_/g, ' ').toLowerCase())}</div></td>` +
        `<td>${escapeHtml(ROLE_LABELS[a.role] ?? a.role)}</td><td class="n">${a.share}%</td>` +
        reuseCols.map((k) => `<td class="n">${number(reuses.get(k) ?? 0)}</td>`).join('') +
        `<td class="n">${number(a.customerSessions)}</td><td class="n">${number(a.wonDeals)}</td>` +
        `<td class="n">${amount(a.wonAmount)}</td><td class="n">${number(a.credit)}</td></tr>`
      );
    })
    .join('');
  const comments = doc.comments
    .map(
      (c) =>
        `<li><blockquote>${escapeHtml(c.comment)}</blockquote><div class="dim">${escapeHtml(c.endorserName)} · ` +
        `${escapeHtml(ENDORSEMENT_LABELS[c.kind] ?? c.kind)} · on “${escapeHtml(c.assetTitle)}” · ` +
        `${c.createdAt.toISOString().slice(0, 10)}</div></li>`,
    )
    .join('');
  const answers = doc.answers
    .map(
      (a) =>
        `<li>“${escapeHtml(a.questionTitle)}”<div class="dim">asked by ${escapeHtml(a.askerName)} · accepted ` +
        `${a.acceptedAt.toISOString().slice(0, 10)}</div></li>`,
    )
    .join('');
  const e = report.engagement;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.name)} · ${escapeHtml(report.period.label)}</title>
<style>
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#212529;font-size:11px;margin:0}
h1{font-size:20px;margin:0}h2{font-size:13px;margin:18px 0 6px;border-bottom:1px solid #dee2e6;padding-bottom:3px}
.dim{color:#868e96;font-size:9.5px}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin-top:12px}
.fig{border:1px solid #dee2e6;border-radius:6px;padding:7px 9px}.fig b{display:block;font-size:17px}
.fig span{font-size:9px;text-transform:uppercase;letter-spacing:.04em;color:#495057}
table{width:100%;border-collapse:collapse;font-size:9.5px}th,td{padding:3px 4px;border-bottom:1px solid #e9ecef;text-align:left;vertical-align:top}
th{font-weight:600;background:#f1f3f5}.n{text-align:right;font-variant-numeric:tabular-nums}tr{break-inside:avoid}
ul{list-style:none;padding:0;margin:0}li{margin:0 0 8px;break-inside:avoid}blockquote{margin:0 0 2px;padding-left:8px;border-left:3px solid #ffc078}
.legend{font-size:9.5px;color:#495057}.legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
</style></head><body>
<h1>${escapeHtml(doc.name)}</h1>
<div class="dim">${[
    doc.teamName,
    report.period.label,
    `Generated ${doc.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ]
    .filter(Boolean)
    .map((t) => escapeHtml(String(t)))
    .join(' · ')}</div>
<div class="grid">${figures.map(([label, value, detail]) => `<div class="fig"><span>${escapeHtml(label)}</span><b>${escapeHtml(value)}</b><div class="dim">${escapeHtml(detail)}</div></div>`).join('')}</div>
<h2>Credit trend</h2>
<div class="legend"><i style="background:#4c6ef5"></i>Credit<i style="background:#e8590c"></i>Team median</div>
${trendChartSvg(trend)}
<h2>Engagement</h2>
<div>Sharing ${number(e.sharing)} · Participating ${number(e.participating)} · Contributing ${number(e.contributing)} · Endorsements received: ${report.endorsementsReceived.map((k) => `${escapeHtml(ENDORSEMENT_LABELS[k.kind] ?? k.kind)} ${number(k.count)}`).join(', ')}</div>
<h2>Assets behind the credit</h2>
${
  doc.assets.length
    ? `<table><thead><tr><th>Asset</th><th>Role</th><th class="n">Share</th>${reuseCols.map((k) => `<th class="n">${escapeHtml(REUSE_LABELS[k])}</th>`).join('')}<th class="n">Buyer sessions</th><th class="n">Won deals</th><th class="n">Won amount</th><th class="n">Credit</th></tr></thead><tbody>${assetRows}</tbody></table>`
    : '<p class="dim">No published assets in this period.</p>'
}
<h2>Endorsement comments</h2>
${comments ? `<ul>${comments}</ul>` : '<p class="dim">No endorsement comments in this period.</p>'}
<h2>Accepted answers</h2>
${answers ? `<ul>${answers}</ul>` : '<p class="dim">No accepted answers in this period.</p>'}
</body></html>`;
}
