/**
 * Demo knowledge assets for the demo organisation: enablement material, best practices, win/loss analyses and
 * client-facing content, written by the demo people (see demo-organisation.ts) over the last year.
 * Pure data plus a self-check; nothing here touches the database.
 */

export const DEMO_PRODUCTS = [
  'GTX Basic',
  'GTX Pro',
  'MG Special',
  'MG Advanced',
  'GTX Plus Basic',
  'GTX Plus Pro',
  'GTK 500',
] as const;

export const DEMO_INDUSTRIES = [
  'Technology',
  'Medical',
  'Retail',
  'Software',
  'Finance',
  'Marketing',
  'Entertainment',
  'Telecommunications',
  'Services',
  'Employment',
] as const;

export const DEMO_BUYER_ROLES = [
  'CFO',
  'CIO',
  'CTO',
  'VP Sales',
  'Head of Operations',
  'Procurement',
  'IT Director',
  'Data Lead',
  'CMO',
] as const;

export const DEMO_JOURNEY_PHASES = ['AWARENESS', 'BUYING', 'IMPLEMENTATION'] as const;

export const DEMO_ASSET_TEAMS = [
  'EMEA Enterprise',
  'North America Mid-Market',
  'APAC Commercial',
  'Sales Enablement',
] as const;

export const DEMO_COMPETITORS = ['Northbeam', 'Quantix', 'Veloria', 'Castellan'] as const;

export const DEMO_WIN_LOSS_REASONS = [
  'price',
  'product fit',
  'relationship',
  'competitor strength',
  'timing',
  'decision dynamics',
  'implementation risk',
  'executive sponsorship',
] as const;

export const DEMO_AUTHOR_EMAILS = [
  'admin@byline.demo',
  'jonas.weber@byline.demo',
  'claire.dubois@byline.demo',
  'marcus.lee@byline.demo',
  'aiko.tanaka@byline.demo',
  'sofia.rossi@byline.demo',
  'lars.nilsson@byline.demo',
  'fatima.el-amin@byline.demo',
  'carol.jensen@byline.demo',
  'diego.alvarez@byline.demo',
  'hannah.brooks@byline.demo',
  'ravi.menon@byline.demo',
  'mei.lin@byline.demo',
  'tom.walker@byline.demo',
] as const;

export interface DemoAsset {
  key: string;
  kind: 'ENABLEMENT' | 'BEST_PRACTICE' | 'WIN_LOSS' | 'CLIENT_FACING';
  title: string;
  summary: string;
  body: string;
  visibility: 'ORG' | 'TEAM' | 'PRIVATE';
  team: string;
  industries: string[];
  buyerRoles: string[];
  journeyPhases: ('AWARENESS' | 'BUYING' | 'IMPLEMENTATION')[];
  products: string[];
  tags: string[];
  authors: {
    email: string;
    role: 'LEAD_AUTHOR' | 'CO_AUTHOR' | 'ADAPTER' | 'SUBJECT_MATTER_EXPERT' | 'REVIEWER';
    share: number;
  }[];
  derivedFrom?: string;
  status: 'PUBLISHED' | 'DRAFT';
  publishedDaysAgo: number;
  win?: { outcome: 'WON' | 'LOST'; competitor: string; reasons: string[]; lessons: string };
}

export const DEMO_ASSETS: DemoAsset[] = [
  // ───────────────────────────── ENABLEMENT ─────────────────────────────
  {
    key: 'gtx-product-line-overview',
    kind: 'ENABLEMENT',
    title: 'GTX product line at a glance: Basic, Pro, Plus Basic and Plus Pro',
    summary:
      'How to position the four GTX systems in the first two calls: list prices, user and site limits, and the discovery questions that point to the right one.',
    body: `# GTX product line at a glance

Use this page to position the four GTX systems in the first two calls. Every GTX system ships as a managed edge appliance plus the GTX control software; the differences are scale, automation and how many sites you can run from one console.

## The lineup

| System | List price (annual) | Users | Sites | Best fit |
|---|---|---|---|---|
| GTX Basic | $18,000 | up to 50 | 1 | Single-site teams replacing spreadsheets and scripts |
| GTX Pro | $42,000 | up to 250 | 1 | Departments that need workflow automation, SSO and audit logs |
| GTX Plus Basic | $29,000 | up to 100 | 5 included, $1,200 per extra site | Small multi-site operators: clinics, stores, branches |
| GTX Plus Pro | $64,000 | up to 500 | 20 included, $900 per extra site | Networks of 20 to 300 sites that need central control |

## How to pick in discovery

1. **Count the sites first.** One location points to GTX Basic or GTX Pro. Two or more, start with GTX Plus.
2. **Ask who signs off on access.** If the IT Director mentions SSO, audit trails or SOC 2 evidence, you are in Pro territory.
3. **Ask about connectivity.** GTX Plus Pro keeps processing for 72 hours offline. This is the feature that wins retail and field-service deals.
4. **Ask about growth.** Upgrades are credited pro rata, so landing on Basic is never a dead end.

## What not to say

- Don't call GTX Basic "the cheap one." Position it as "the fastest way to get live": typical go-live is 4 to 6 weeks.
- Don't promise GTX Plus features on GTX Pro. The multi-site console and offline mode are Plus-only.
- Don't quote Plus pricing per user. Plus is priced per site; users are a ceiling, not a meter.

## When to bring in a Solutions Engineer

Bring an SE in when the prospect mentions more than 50 sites, a custom integration, or a throughput requirement above 5,000 transactions per second. That is usually an MG Advanced or GTK 500 conversation instead, and quoting GTX first makes the later re-quote harder.`,
    visibility: 'ORG',
    team: 'Sales Enablement',
    industries: ['Technology', 'Retail', 'Software', 'Services'],
    buyerRoles: ['CIO', 'IT Director', 'Head of Operations'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Basic', 'GTX Pro', 'GTX Plus Basic', 'GTX Plus Pro'],
    tags: ['product-training', 'positioning', 'onboarding'],
    authors: [
      { email: 'jonas.weber@byline.demo', role: 'LEAD_AUTHOR', share: 70 },
      { email: 'lars.nilsson@byline.demo', role: 'SUBJECT_MATTER_EXPERT', share: 30 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 350,
  },
  {
    key: 'discovery-question-bank-cfo',
    kind: 'ENABLEMENT',
    title: 'Discovery question bank for CFO and finance-led evaluations',
    summary:
      'Twelve discovery questions for CFO conversations, grouped by cost of the status quo, budget, business case and risk, plus how to read the answers.',
    body: `# Discovery question bank: CFO and finance-led evaluations

CFOs rarely care how the system works. They care what it costs to do nothing, how fast payback arrives, and who carries the risk. Use these questions in order; skip a section only if you already have the answer in writing.

## 1. Cost of the status quo
- "What does the current process cost you per month, including the people who keep it running?"
- "When reporting is late, which decision gets delayed, and what does that delay cost?"
- "How much are you paying today in maintenance or renewal on the current system?"

## 2. Budget and timing
- "Is this funded from an existing line, or does it need a new capital or operating request?"
- "When does your fiscal year close, and what has to be signed before then?"
- "Do you prefer an annual subscription or a multi-year commitment with price protection?"

## 3. Business case expectations
- "What payback period does your board expect for a project of this size: 12 months, 18?"
- "Who built the last business case that got approved here, and can we model ours the same way?"
- "Which number would make this an easy yes for you?"

## 4. Risk and decision process
- "What went wrong with the last technology purchase your team approved?"
- "Who besides you has to agree: Procurement, the CIO, the board?"
- "What would make you pause this project after signature?"

## Listening cues

| If the CFO says... | It usually means... | Your next move |
|---|---|---|
| "We're just benchmarking" | No funded project yet | Quantify the cost of the status quo before sending pricing |
| "Procurement will handle it" | The CFO wants distance from the negotiation | Ask for a 20-minute check-in before final terms |
| "Payback needs to be under a year" | A firm hurdle rate | Lead with a GTX Pro business case; hold GTK 500 until scope is proven |

## After the call
Log the cost-of-status-quo figure and the payback hurdle in the opportunity within 24 hours. Deal desk will not approve discounts above 20% without them.`,
    visibility: 'ORG',
    team: 'Sales Enablement',
    industries: ['Finance', 'Retail', 'Medical', 'Services'],
    buyerRoles: ['CFO', 'Procurement'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Pro', 'MG Advanced', 'GTK 500'],
    tags: ['discovery', 'business-case', 'question-bank'],
    authors: [{ email: 'jonas.weber@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 320,
  },
  {
    key: 'pricing-guardrails-guide',
    kind: 'ENABLEMENT',
    title: 'List pricing and discount guardrails for all seven systems',
    summary:
      'The single source of truth for list prices, add-ons and who approves which discount, with the give-get rules deal desk enforces.',
    body: `# List pricing and discount guardrails

This is the single source of truth for list prices and approvals. If a quote disagrees with this page, this page wins. Questions go to RevOps in the deal desk channel.

## List prices (annual subscription, USD)

| System | List price | Included | Add-ons |
|---|---|---|---|
| GTX Basic | $18,000 | 1 appliance, 50 users | None |
| GTX Pro | $42,000 | 1 appliance, 250 users | Extra 100 users: $6,500 |
| GTX Plus Basic | $29,000 | 5 sites, 100 users | Extra site: $1,200 |
| GTX Plus Pro | $64,000 | 20 sites, 500 users | Extra site: $900 |
| MG Special | $36,000 | 2-node gateway, compliance templates | None |
| MG Advanced | $78,000 | 2-node HA cluster, analytics | Extra node: $14,000 |
| GTK 500 | $145,000 | 3-node cluster | Extra node: $38,000 |

## Approval matrix

| Discount off list | Who approves | Turnaround |
|---|---|---|
| 0 to 10% | Account Executive | Immediate |
| 11 to 20% | Sales Manager | 1 business day |
| 21 to 25% | Regional Director | 2 business days |
| 26 to 35% | Deal desk (RevOps and Finance) | 3 business days |
| Above 35% | Not available | None |

## Rules that are not negotiable
1. A 3-year commitment earns an extra 5%, which does not count toward the approval tiers above.
2. Implementation is never discounted: $9,000 for GTX, $18,000 for MG, $45,000 for GTK 500.
3. Every discount above 10% needs a give-get in the opportunity notes: case study rights, earlier signature, longer term or larger scope.
4. No free pilots. Paid pilots run up to 30 days and are credited against year one.
5. Bundles of two or more systems qualify for 5% before the approval tiers start.

## Common questions
- **"Northbeam is 30% cheaper. Can I match?"** Not on price alone. Run the 3-year TCO table from the Northbeam battlecard first; deal desk will ask whether you did.
- **"Can I offer quarterly billing?"** Yes, on contracts above $50,000. It is a payment term, not a discount, and needs manager approval only.
- **"The customer wants a price cap on renewal."** Up to 5% annual uplift cap on 3-year terms, approved by your manager.`,
    visibility: 'ORG',
    team: 'Sales Enablement',
    industries: ['Technology', 'Medical', 'Retail', 'Finance', 'Telecommunications', 'Services'],
    buyerRoles: ['CFO', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['GTX Basic', 'GTX Pro', 'MG Special', 'MG Advanced', 'GTX Plus Basic', 'GTX Plus Pro', 'GTK 500'],
    tags: ['pricing', 'discounting', 'deal-desk'],
    authors: [
      { email: 'admin@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'jonas.weber@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 300,
  },
  {
    key: 'battlecard-northbeam',
    kind: 'ENABLEMENT',
    title: 'Battlecard: Northbeam in mid-market deals',
    summary:
      'Northbeam leads with price and a fast demo. This battlecard shows the 3-year TCO gap, the landmines to set early and talk tracks for the price objection.',
    body: `# Battlecard: Northbeam in mid-market deals

Northbeam shows up in roughly 1 in 3 of our NA Mid-Market opportunities. They lead with price and a fast demo. We win when the buyer thinks past year one.

## Know the competitor
- **Pricing:** list is 25 to 30% below GTX Basic and GTX Pro; Q4 discounts reach 40%.
- **Support:** business hours only on the standard tier; 24/7 is a $7,500 add-on.
- **SLA:** 99.5% uptime versus our 99.9% on GTX Pro.
- **Hardware:** white-label appliances with a mandatory refresh fee in year 3.
- **Gaps:** no offline mode, no multi-site console, audit logs only on their top tier.

## Three-year TCO (150 users, one site)

| Cost line | GTX Pro | Northbeam Pro |
|---|---|---|
| Subscription, 3 years | $126,000 | $90,000 |
| 24/7 support | Included | $22,500 |
| Hardware refresh | Included | $18,000 |
| Implementation | $9,000 | $15,000 |
| **Total** | **$135,000** | **$145,500** |

## Landmines to set early
1. "Ask every vendor what 24/7 support costs, in writing."
2. "Ask what happens to the appliance in year 3."
3. "Ask for their actual uptime over the last 12 months, not the contractual SLA."

## Objection handling
**"Northbeam is 30% cheaper."**
> "On the first invoice, yes. Over three years, once support and the hardware refresh are in, we come out about $10,000 lower. Can I walk your finance team through the line items?"

**"Their demo looked simpler."**
> "It is simpler, because the audit and approval steps aren't there. Who on your side has to prove to an auditor who changed what?"

**"We only need the basics."**
> "Then GTX Basic at $18,000 is the fair comparison, and it includes 24/7 critical support."

## When to walk away
If the buyer has a hard budget under $20,000, one site and no compliance requirements, qualify out politely and set a 12-month follow-up. Carol pulled the numbers: we win 22% of those deals and spend 30+ hours on each one.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Retail', 'Services', 'Employment', 'Marketing'],
    buyerRoles: ['CFO', 'Head of Operations', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['GTX Basic', 'GTX Pro'],
    tags: ['battlecard', 'competitor:Northbeam', 'objection-handling', 'tco'],
    authors: [
      { email: 'marcus.lee@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'carol.jensen@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 305,
  },
  {
    key: 'battlecard-quantix',
    kind: 'ENABLEMENT',
    title: 'Battlecard: displacing Quantix in enterprise replacement cycles',
    summary:
      'How to use the Quantix Q7 end-of-support date to open replacement conversations, where Quantix is strong and exposed, and answers to the migration-risk objection.',
    body: `# Battlecard: displacing Quantix in enterprise replacement cycles

Quantix is the incumbent in roughly half of our EMEA Enterprise targets, especially banks, insurers and telecom operators. We rarely win by attacking Quantix. We win by making the cost and risk of staying visible.

## The trigger event
Quantix has announced end of support for its Q7 appliance series in December 2026. Every Q7 customer must either migrate to Quantix Q9 (new hardware, new contract) or re-evaluate. That is our opening.

## Where Quantix is strong
- Deep, custom integrations built over 5 to 10 years.
- Relationships at CIO level and with the large system integrators.
- A renewals team that knows exactly when to drop the price.

## Where Quantix is exposed

| Topic | Quantix | Our answer |
|---|---|---|
| Implementation | 9 to 12 months typical | GTK 500: 12 to 16 weeks; MG Advanced: 8 to 10 weeks |
| Professional services | About 40% of year-one cost | Fixed fee: $45,000 (GTK 500), $18,000 (MG) |
| Contract | 5-year terms, auto-renewal | Annual or 3-year with price protection |
| Throughput per node | About 22,000 tps (Q9) | 40,000 tps per GTK 500 node |

## Talk track for the CIO
> "You're going to replace the Q7 hardware either way. The question is whether you sign another five years on the same architecture, or use this moment to cut your run cost and your dependence on one integrator."

## Objections
- **"Migration is too risky."** Offer the parallel-run plan: both platforms live for 6 weeks, cutover by business unit. Reference: Kestrel Telecom, 14 weeks, zero customer-facing incidents.
- **"Quantix will match your price."** They usually will, late, with a 30% drop. Ask the CFO: "If they could offer that now, what were you paying for over the last five years?"
- **"Our integrator only supports Quantix."** Lars runs a 2-hour integration mapping workshop; we have certified connectors for 40+ core systems. Offer the integrator the migration work.

## Evidence pack
Kestrel Telecom reference call (via Sofia), the MG Advanced technical deep dive, and the mutual action plan template. Bring finance in before Quantix's retention offer lands, not after.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance', 'Telecommunications', 'Medical'],
    buyerRoles: ['CIO', 'CFO', 'IT Director'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTK 500', 'MG Advanced'],
    tags: ['battlecard', 'competitor:Quantix', 'tco', 'migration'],
    authors: [
      { email: 'claire.dubois@byline.demo', role: 'LEAD_AUTHOR', share: 50 },
      { email: 'lars.nilsson@byline.demo', role: 'CO_AUTHOR', share: 30 },
      { email: 'sofia.rossi@byline.demo', role: 'CO_AUTHOR', share: 20 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 195,
  },
  {
    key: 'discovery-question-bank-cio-cto',
    kind: 'ENABLEMENT',
    title: 'Technical discovery questions for CIO, CTO and IT Director meetings',
    summary:
      'The CFO question bank rebuilt for technical leaders: architecture, constraints, success criteria and ownership, with a table mapping answers to the right system.',
    body: `# Technical discovery questions for CIO, CTO and IT Director meetings

Adapted from the CFO question bank. Same structure (status quo, constraints, success criteria, risk) rewritten for technical leaders. The CFO wants payback; the CIO wants to avoid becoming the person whose migration failed.

## 1. Current architecture
- "Walk me through what happens to a transaction from the edge to your reporting layer today."
- "Which parts of that path are custom code, and who maintains it?"
- "What is your peak load in transactions per second, and when does it happen?"

## 2. Constraints
- "Where must data physically reside: in-country, in your own data center, or anywhere in a region?"
- "Which identity provider do you use, and is SSO mandatory for new systems?"
- "Which certifications does your security team require before a pilot: ISO 27001, SOC 2 Type II, PCI DSS?"

## 3. Success criteria
- "If we are live in 90 days, what has to be true for you to call it a success?"
- "Which metric would you show your CEO: uptime, latency, cost per transaction or time to report?"

## 4. Risk and ownership
- "Who on your team will own the platform after go-live, and how many hours a week can they give us during implementation?"
- "What is your rollback plan if a cutover weekend goes badly?"
- "Which vendor relationship are you most worried about disturbing?"

## Mapping answers to a system

| Signal | Likely fit |
|---|---|
| Peak below 5,000 tps, one site | GTX Pro |
| Many sites, unreliable connectivity | GTX Plus Pro |
| Regulated data, needs audit templates fast | MG Special |
| Many integrations, high availability required | MG Advanced |
| Peak above 20,000 tps or a Quantix Q7 replacement | GTK 500 |

## SE notes
Ask for an architecture diagram before the second meeting. If they won't share one, the project is probably not funded yet. Don't talk GTK 500 node counts until you have a real peak-load number; a guessed sizing becomes the number Procurement anchors on.`,
    visibility: 'ORG',
    team: 'Sales Enablement',
    industries: ['Technology', 'Software', 'Telecommunications', 'Finance'],
    buyerRoles: ['CIO', 'CTO', 'IT Director'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Pro', 'GTX Plus Pro', 'MG Special', 'MG Advanced', 'GTK 500'],
    tags: ['discovery', 'technical-discovery', 'question-bank'],
    authors: [
      { email: 'lars.nilsson@byline.demo', role: 'ADAPTER', share: 60 },
      { email: 'jonas.weber@byline.demo', role: 'LEAD_AUTHOR', share: 40 },
    ],
    derivedFrom: 'discovery-question-bank-cfo',
    status: 'PUBLISHED',
    publishedDaysAgo: 270,
  },
  {
    key: 'mg-advanced-technical-deep-dive',
    kind: 'ENABLEMENT',
    title: 'MG Advanced technical deep dive: HA clustering, analytics and integrations',
    summary:
      'Architecture, MG Advanced versus MG Special, a 35-minute demo flow and answers to the technical objections SEs hear most.',
    body: `# MG Advanced technical deep dive

For Solutions Engineers and technically confident AEs. MG Advanced is our managed gateway for organizations that need high availability, streaming analytics and many integrations on one platform.

## Architecture
- **Cluster:** 2 to 8 nodes, active-active. The base subscription includes 2 nodes; each extra node is $14,000 a year.
- **Failover:** under 4 seconds with no message loss (tested at 30,000 messages per second on a 4-node cluster).
- **Analytics:** streaming SQL over the last 30 days of events, kept on the cluster. Long-term history goes to the customer's warehouse.
- **Connectors:** 42 certified connectors, including SAP, Salesforce, ServiceNow, Snowflake, Kafka and the major core banking platforms.

## MG Advanced vs. MG Special

| Capability | MG Special | MG Advanced |
|---|---|---|
| Nodes | 2 (fixed) | 2 to 8 |
| Compliance templates (HIPAA, PCI DSS, GDPR) | Included | Included |
| Streaming analytics | Not available | Included |
| Custom connectors via SDK | Not available | Included |
| Typical deployment | 30 days | 8 to 10 weeks |
| List price | $36,000 | $78,000 |

## Demo flow (35 minutes)
1. Show the live cluster map, kill a node on screen and let the customer watch failover. (5 min)
2. Build a streaming query with the customer's own field names. (10 min)
3. Connect one of their systems with a certified connector. (10 min)
4. Walk the audit log and role model for the IT Director. (10 min)

## Technical objections
- **"Active-active means split-brain risk."** We use quorum with a witness node. Show section 4 of the design document.
- **"We already have Kafka."** Good. MG Advanced consumes from and produces to Kafka natively; it replaces the custom glue, not Kafka.
- **"Analytics belongs in our warehouse."** Agreed for history. MG Advanced covers the last 30 days in real time so operations teams stop waiting for overnight loads.

## Sizing rule of thumb
Start with 2 nodes per 15,000 messages per second at peak, plus one node of headroom for regulated customers. Above 8 nodes, or above 60,000 messages per second, the conversation is GTK 500.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Technology', 'Finance', 'Telecommunications'],
    buyerRoles: ['CTO', 'IT Director', 'Data Lead'],
    journeyPhases: ['BUYING', 'IMPLEMENTATION'],
    products: ['MG Advanced', 'MG Special'],
    tags: ['product-training', 'architecture', 'solutions-engineering', 'demo-script'],
    authors: [{ email: 'lars.nilsson@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 230,
  },
  {
    key: 'battlecard-veloria',
    kind: 'ENABLEMENT',
    title: 'Battlecard: Veloria and the software-only pitch',
    summary:
      'Veloria sells a polished cloud-only platform with a two-week POC. Where it struggles (edge processing, APAC data residency, usage-based bills) and how to surface it.',
    body: `# Battlecard: Veloria and the software-only pitch

Veloria sells a cloud-only analytics and workflow platform. Their demo is polished and their proof of concept takes two weeks. In APAC we meet them most in Software, Technology and Marketing accounts.

## What Veloria does well
- Beautiful dashboards; business users love the first demo.
- No hardware, so no rack space or shipping conversation.
- Fast POC: 10 to 14 days with sample data.

## Where Veloria struggles

| Topic | Veloria | Us |
|---|---|---|
| Edge processing | None; all data goes to their cloud | GTX Plus Pro processes at each site, 72 hours offline |
| Data residency in APAC | Sydney and Tokyo regions only | In-country appliances; Singapore, Jakarta and Seoul deployments live |
| Pricing model | Usage-based, per GB processed | Fixed annual subscription |
| Latency at the site | 120 to 300 ms round trip | Under 10 ms on the local appliance |

## Questions that expose the gap
1. "What happens at your sites if the internet connection drops for an hour?"
2. "How much did your data volume grow last year? Let's price Veloria at that growth rate for three years."
3. "Has your legal team confirmed where Veloria would store data for your customers in Indonesia?"

## Objection handling
**"Software-only is simpler for our IT team."**
> "Fewer boxes is simpler, agreed. Our appliances are managed remotely by us; your team never patches them. What you keep is local processing and a predictable bill."

**"Veloria's POC was live in two weeks."**
> "With sample data. Ask them to run it on a full week of your production volume and share the invoice they would have sent."

## Pricing reality check
A Software customer processing 4 TB a month, growing 4% a month, would pay Veloria roughly $38,000 in year one and $96,000 in year three. GTX Pro stays at $42,000 a year. Show this as a simple line chart; CFOs react to the shape, not the numbers.

## When not to fight
No offline requirement, no residency rule and low, slow-growing data volume: that is Veloria's home ground. Reposition on time to first dashboard with the customer's own data, or qualify out.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Software', 'Technology', 'Marketing', 'Telecommunications'],
    buyerRoles: ['CTO', 'Data Lead', 'CIO'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Pro', 'GTX Plus Pro', 'MG Advanced'],
    tags: ['battlecard', 'competitor:Veloria', 'data-residency', 'objection-handling'],
    authors: [{ email: 'mei.lin@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 210,
  },
  {
    key: 'battlecard-quantix-apac',
    kind: 'ENABLEMENT',
    title: 'Quantix battlecard, APAC edition: partner channels and local pricing',
    summary:
      'The EMEA Quantix battlecard adapted for APAC, where Quantix sells through partners who bundle managed services and own the customer relationship.',
    body: `# Quantix battlecard, APAC edition

Adapted from the EMEA Quantix battlecard. The core story is the same: the Q7 end-of-support date is the trigger. But in APAC, Quantix sells mostly through partners, which changes who we need to influence and how pricing behaves.

## What is different in APAC
- **Partner-led:** about 70% of Quantix revenue in APAC goes through three system integrators. The partner often owns the relationship more than Quantix does.
- **Bundled pricing:** partners bundle Quantix with multi-year managed services, so the customer rarely sees the software price on its own.
- **Q7 install base:** heaviest in Japan and Australia, mostly banks and telecom operators.

## Adjusted talk track
> "Your Q7 hardware reaches end of support in December 2026. Before you renew the managed services contract, it's worth seeing what the platform and the services cost separately. Most customers have never had that breakdown."

## A comparison we have seen (Australian bank, 6 nodes)

| Line | Quantix via partner | GTK 500, 6 nodes |
|---|---|---|
| Term | 5 years, services bundled | 3 years |
| Total contract value | $2.6M | $822,000 including implementation |
| Annualized | $520,000 | $274,000 |
| Hardware refresh | Customer pays at Q9 migration | Included |

## Working with partners
1. Identify the integrator in the first call and ask who runs operations day to day.
2. Don't try to cut the partner out. Offer them the GTK 500 implementation under our partner program, with a 20% services margin.
3. Bring Aiko into partner executive meetings in Japan. Protocol matters, and a senior presence signals commitment.

## Objections
- **"Our partner says migration takes a year."** The partner is quoting a Quantix-to-Quantix upgrade. Share the Kestrel Telecom timeline (14 weeks) and offer an SE-led migration assessment.
- **"We can't change partners mid-contract."** Check the termination clause. Most include a technology-change exit at hardware end of life.
- **"Quantix gave us 30% off last renewal."** Ask what the price was before that discount, and what the partner fees were on top.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Finance', 'Telecommunications', 'Technology'],
    buyerRoles: ['CIO', 'Procurement', 'CFO'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500', 'MG Advanced'],
    tags: ['battlecard', 'competitor:Quantix', 'partners', 'apac'],
    authors: [{ email: 'ravi.menon@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    derivedFrom: 'battlecard-quantix',
    status: 'PUBLISHED',
    publishedDaysAgo: 160,
  },
  {
    key: 'gtk-500-sizing-guide',
    kind: 'ENABLEMENT',
    title: 'GTK 500 sizing guide: nodes, throughput and rack space',
    summary:
      'A five-step method for sizing a GTK 500 cluster from peak load, three worked examples with pricing, and the facilities checklist.',
    body: `# GTK 500 sizing guide

Use this before you quote a GTK 500. Wrong sizing is the most common reason GTK 500 deals get re-quoted late, and a late re-quote costs trust with Procurement.

## Node specs
- 2U rack unit, 1.1 kW typical draw
- 40,000 transactions per second sustained per node, 55,000 burst for 60 seconds
- 48 TB usable local storage per node, about 15 days of hot retention at full load with 900-byte payloads
- Base cluster: 3 nodes at $145,000 a year; each extra node $38,000 a year

## Sizing steps
1. Get the **peak** transactions per second, not the average. Ask for the busiest hour of the last 12 months.
2. Divide the peak by 30,000 (we size at 75% of node capacity) and round up.
3. Add one node for N+1 redundancy.
4. The minimum is 3 nodes. If step 3 gives fewer, quote 3.
5. If the customer needs more than 15 days of hot retention, talk to an SE before quoting.

## Worked examples

| Customer profile | Peak tps | Nodes | Annual subscription |
|---|---|---|---|
| Regional telecom operator | 85,000 | 3 + 1 = 4 | $183,000 |
| Streaming platform, live events | 140,000 | 5 + 1 = 6 | $259,000 |
| Mid-size bank, card processing | 48,000 | 2 + 1 = 3 (minimum) | $145,000 |

## Facilities checklist
- Rack space: 2U per node plus 1U for the management switch
- Power: two independent feeds per rack
- Network: 2 x 25 GbE per node
- Remote hands available at the data center on install day

## Red flags
- The customer can't give a peak number. Run our 2-week traffic capture first; it is free and it anchors the whole proposal.
- Peak above 300,000 tps. Escalate to the product team. We have done it, but a design review is mandatory.
- The customer insists on sizing for average load to save budget. Put the risk in writing and copy the IT Director.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Telecommunications', 'Technology', 'Finance', 'Entertainment'],
    buyerRoles: ['CTO', 'IT Director'],
    journeyPhases: ['BUYING', 'IMPLEMENTATION'],
    products: ['GTK 500'],
    tags: ['sizing', 'solutions-engineering', 'architecture'],
    authors: [
      { email: 'mei.lin@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'lars.nilsson@byline.demo', role: 'SUBJECT_MATTER_EXPERT', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 170,
  },
  {
    key: 'battlecard-castellan',
    kind: 'ENABLEMENT',
    title: 'Battlecard: Castellan in Finance and Telecommunications security reviews',
    summary:
      'Castellan wins in the security review, not on features. A four-week play to reach the security team early, with a time-to-compliance comparison.',
    body: `# Battlecard: Castellan in Finance and Telecommunications security reviews

Castellan rarely wins on features. It wins in the security review. Its founders came from national cyber agencies, and CISOs trust the brand. If Castellan is in the deal and we are not in front of the security team by week three, we lose.

## Castellan's strengths
- FIPS 140-3 validated hardware modules. We match this on MG Special and MG Advanced; the certificate is in the trust portal.
- A large library of pre-filled security questionnaires.
- Strong references at tier-1 banks and national telecom operators.

## Castellan's weaknesses

| Area | Castellan | MG Special / MG Advanced |
|---|---|---|
| Time to production | 6 to 9 months | 30 days (MG Special), 8 to 10 weeks (MG Advanced) |
| Analytics | Basic reporting, export only | Streaming analytics on MG Advanced |
| Roadmap | One fixed annual release | Quarterly releases, customer advisory board |
| Price, 2-node gateway | About $95,000 a year | $36,000 (MG Special) |

## The play
1. **Week 1:** Ask the sponsor who runs the security review and who can veto. Request a 30-minute intro. Bring Lars.
2. **Week 2:** Send our completed SIG Lite and CAIQ questionnaires before they ask. Speed signals maturity.
3. **Week 3:** Offer a joint architecture session with their security architect. Show the audit log and key management live.
4. **Week 4:** Give the CIO a time-to-compliance comparison: every month Castellan takes to deploy is another month of manual controls.

## Objections
**"Castellan is the safer choice."**
> "Safer in the security review, maybe. But who carries the risk during the nine months before Castellan is live? That's the gap we close in 30 days."

**"Our CISO already knows Castellan."**
> "That's fair. Can we get 30 minutes with your CISO to show the same controls? If we don't meet the bar, we'll tell you ourselves."

## Read before your first Castellan deal
The Nordvik Bank loss. Short version: we were technically stronger and never met the security team until it was too late.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance', 'Telecommunications'],
    buyerRoles: ['CIO', 'IT Director', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['MG Special', 'MG Advanced', 'GTK 500'],
    tags: ['battlecard', 'competitor:Castellan', 'security-review', 'objection-handling'],
    authors: [
      { email: 'fatima.el-amin@byline.demo', role: 'LEAD_AUTHOR', share: 70 },
      { email: 'lars.nilsson@byline.demo', role: 'SUBJECT_MATTER_EXPERT', share: 30 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 150,
  },
  {
    key: 'apac-pricing-addendum',
    kind: 'ENABLEMENT',
    title: 'APAC pricing addendum: currency bands, partner margins and approval paths',
    summary:
      'APAC-specific additions to the global pricing guardrails: quarterly currency rates, partner margins, who approves what, and local quoting rules for Japan, Australia and Southeast Asia.',
    body: `# APAC pricing addendum

Adapted from the global list pricing and discount guardrails. Everything in the global guide applies unless this page says otherwise. For APAC Commercial only; do not share with partners.

## Currency bands
We quote in local currency using a fixed rate set each quarter, not the daily rate. Current quarter:

| Currency | Rate per USD | GTX Pro list | GTK 500 base |
|---|---|---|---|
| AUD | 1.52 | AUD 63,800 | AUD 220,400 |
| SGD | 1.34 | SGD 56,300 | SGD 194,300 |
| JPY | 150 | JPY 6,300,000 | JPY 21,750,000 |

If a customer asks for USD, quote the USD list price with no adjustment.

## Partner margins
- Resell partners: 20% off list on subscription; 25% for Gold partners with three or more certified engineers.
- Referral partners: 10% of first-year subscription, paid after the customer pays.
- Partner margin does **not** count toward the discount approval tiers. A 10% customer discount on a partner deal is still an AE-level approval.

## Approval paths in APAC
1. Up to 10%: the AE.
2. 11 to 25%: Aiko (Head of Sales APAC covers both the manager and regional director tiers).
3. 26 to 35%: deal desk. Submit before 14:00 Singapore time on Wednesday for an answer the same week.

## Local rules
- **Japan:** customers expect a formal quotation document with the company seal. Allow three extra days and get the legal entity name exactly right.
- **Australia:** GST is added on top of list and must be shown as a separate line. State government customers often require a 12-month price hold.
- **Singapore and Indonesia:** government-linked companies often need three competing quotes. Never discount in the first round; you will be asked again.
- **Seasonal retailers:** quarterly billing is available on contracts above $50,000 and is not a discount. Offer it early rather than cutting price late.

Tom's note from the Australian deals: always quote the 3-year option next to the annual one. Australian CFOs chose it in 7 of 10 deals last year when it was on the page.`,
    visibility: 'TEAM',
    team: 'APAC Commercial',
    industries: ['Technology', 'Finance', 'Retail', 'Telecommunications', 'Software'],
    buyerRoles: ['CFO', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['GTX Basic', 'GTX Pro', 'GTX Plus Basic', 'GTX Plus Pro', 'MG Special', 'MG Advanced', 'GTK 500'],
    tags: ['pricing', 'discounting', 'partners', 'apac'],
    authors: [
      { email: 'aiko.tanaka@byline.demo', role: 'ADAPTER', share: 60 },
      { email: 'tom.walker@byline.demo', role: 'LEAD_AUTHOR', share: 40 },
    ],
    derivedFrom: 'pricing-guardrails-guide',
    status: 'PUBLISHED',
    publishedDaysAgo: 140,
  },
  {
    key: 'mg-special-compliance-training',
    kind: 'ENABLEMENT',
    title: 'MG Special for regulated buyers: certification map and demo script',
    summary:
      'What MG Special includes, which compliance evidence answers which buyer concern, and a 20-minute demo script for Medical and Finance prospects.',
    body: `# MG Special for regulated buyers: certification map and demo script

MG Special is the fastest route to production for Medical and Finance customers who need a compliant gateway now, not after a nine-month program. This module covers what it includes, how to demo it, and what to say when the compliance team joins the call.

## What's in the box
- 2-node gateway appliance with FIPS 140-3 validated key storage
- Pre-built control templates: HIPAA, PCI DSS 4.0, GDPR, ISO 27001 Annex A
- Immutable audit log with 7-year retention export
- Target deployment: 30 days from signature
- List price $36,000 a year; implementation $18,000 fixed

## Certification map

| Buyer concern | Evidence to send | Where to find it |
|---|---|---|
| "Is it HIPAA-ready?" | HIPAA control mapping, BAA template | Trust portal, Medical folder |
| "What's in PCI scope?" | PCI DSS 4.0 attestation, segmentation guide | Trust portal, Finance folder |
| "Where is data stored?" | Data residency statement per region | Trust portal, Legal folder |
| "Can we see pen test results?" | Latest third-party summary, under NDA | Request through Fatima or Lars |

## 20-minute demo script
1. **Open with the problem (2 min):** "Most teams we meet are running compliance checks by hand while a bigger project is stuck in review."
2. **Apply a template (5 min):** apply the HIPAA template live and show 38 controls switch on.
3. **Audit trail (5 min):** change a routing rule, then show the signed audit entry.
4. **Evidence export (5 min):** export the auditor package as a PDF.
5. **Close (3 min):** "If we start this month, your next audit would already have this evidence. Who else needs to see this before you can decide?"

## Rules of engagement
- Never say "certified for HIPAA." HIPAA has no certification. Say "HIPAA-ready, with a full control mapping."
- Bring the security review pack to the second meeting, not the fourth.
- If they need streaming analytics or more than 2 nodes, move the conversation to MG Advanced before pricing.`,
    visibility: 'ORG',
    team: 'Sales Enablement',
    industries: ['Medical', 'Finance'],
    buyerRoles: ['CIO', 'IT Director', 'Procurement'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['MG Special'],
    tags: ['product-training', 'compliance', 'demo-script', 'security-review'],
    authors: [
      { email: 'jonas.weber@byline.demo', role: 'LEAD_AUTHOR', share: 50 },
      { email: 'fatima.el-amin@byline.demo', role: 'SUBJECT_MATTER_EXPERT', share: 30 },
      { email: 'lars.nilsson@byline.demo', role: 'REVIEWER', share: 20 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 95,
  },
  {
    key: 'discovery-question-bank-data-lead-apac',
    kind: 'ENABLEMENT',
    title: 'Discovery questions for Data Leads in Software and Telecommunications (APAC)',
    summary:
      'The technical question bank adapted for Data Leads, who increasingly own budgets in APAC Software and Telecom accounts, with residency questions and a cultural note.',
    body: `# Discovery questions for Data Leads in Software and Telecommunications (APAC)

Adapted from the CIO, CTO and IT Director question bank. Data Leads are the new power center in APAC Software and Telecom accounts. They often own the budget for anything that produces data, and they decide whether our system is "infrastructure" or "a data product."

## 1. Data flow today
- "Which data sets does your team depend on that arrive late or incomplete?"
- "How many hours a week does your team spend fixing pipelines rather than building models?"
- "How fresh is your freshest data: minutes, hours, or yesterday?"

## 2. Residency and governance
- "Which markets require in-country storage? Have you mapped this for Indonesia, Vietnam and India?"
- "Who approves a new data source: you, security, or legal?"
- "Do you tag personal data at ingestion, or later in the warehouse?"

## 3. Tooling
- "What is your warehouse and streaming stack: Snowflake, BigQuery, Kafka, Flink?"
- "Which tools have you retired in the last two years, and why?"

## 4. Value
- "If data arrived in under a minute instead of overnight, which decision would change first?"
- "How is your team's impact measured: models shipped, cost saved, revenue influenced?"

## Mapping answers

| What you hear | Position |
|---|---|
| "Pipelines break every week" | MG Advanced connectors and streaming SQL |
| "Legal blocks new markets" | GTX Pro appliances in-country, no cross-border transfer |
| "We're Veloria-curious" | Run the 3-year usage cost exercise from the Veloria battlecard |
| "We have one engineer for all ingestion" | Managed appliances; we patch and monitor |

## Cultural note
In Japan and Korea, a Data Lead will rarely challenge a vendor in a group meeting. Ask these questions in a 1:1 follow-up and send them in writing two days ahead. You will get far more honest answers, and the written answers often circulate internally as the first draft of requirements.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Software', 'Telecommunications', 'Technology'],
    buyerRoles: ['Data Lead', 'CTO'],
    journeyPhases: ['AWARENESS'],
    products: ['GTX Pro', 'MG Advanced'],
    tags: ['discovery', 'question-bank', 'data-residency', 'apac'],
    authors: [{ email: 'mei.lin@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    derivedFrom: 'discovery-question-bank-cio-cto',
    status: 'PUBLISHED',
    publishedDaysAgo: 110,
  },
  {
    key: 'gtx-plus-objection-handling-drills',
    kind: 'ENABLEMENT',
    title: 'Objection handling drills: ten GTX Plus objections with talk tracks',
    summary:
      'Draft role-play kit for sales kickoff: the ten most common GTX Plus objections, short answers and a scorecard for peer feedback.',
    body: `# Objection handling drills: ten GTX Plus objections (draft)

Draft for the next sales kickoff. Pairs role-play each objection for 4 minutes: 1 minute objection, 2 minutes response, 1 minute feedback using the scorecard below. Still collecting talk tracks from NA and APAC before I publish.

## The ten objections
1. **"We only have 6 stores; GTX Plus is overkill."** GTX Plus Basic includes 5 sites and the sixth is $1,200. Compare that with running six separate GTX Basic systems.
2. **"Our connection is reliable; we don't need offline mode."** Ask when the last outage was and what an hour of downtime costs per store.
3. **"Per-site pricing will punish our growth."** Above 20 sites, GTX Plus Pro drops to $900 per site. Show the curve.
4. **"Northbeam offers multi-site for less."** Northbeam has no central console; each site is managed on its own.
5. **"Veloria is cloud-only and easier."** Latency at the site and cost at scale; use the Veloria battlecard.
6. **"We can't get IT time for 40 installs."** Appliances ship pre-configured and stores plug in two cables. Average install: 22 minutes.
7. **"Our franchisees buy their own tech."** Head office pays for the console; franchisees pay per site.
8. **"The hardware will be obsolete in three years."** Hardware refresh is included in the subscription.
9. **"We want a free pilot in one store."** Offer a 30-day paid pilot at 3 sites, credited against year one.
10. **"Procurement needs three quotes."** Help them scope the comparison so quotes are like for like.

## Scorecard (1 to 3 per line)

| Skill | Scores 1 | Scores 3 |
|---|---|---|
| Acknowledged before answering | Jumped straight in | Restated the concern first |
| Used a number | Vague | Specific and sourced |
| Asked a follow-up question | No | Yes, and it moved the deal forward |
| Kept it under 2 minutes | Rambled | Crisp |

## Open items
- Need a Medical version of objection 7: hospital groups versus independent clinics.
- Marcus to confirm the 22-minute install average against implementation data.`,
    visibility: 'PRIVATE',
    team: 'Sales Enablement',
    industries: ['Retail', 'Services'],
    buyerRoles: ['Head of Operations', 'CFO', 'IT Director'],
    journeyPhases: ['BUYING'],
    products: ['GTX Plus Basic', 'GTX Plus Pro'],
    tags: ['objection-handling', 'role-play', 'sales-kickoff'],
    authors: [{ email: 'jonas.weber@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'DRAFT',
    publishedDaysAgo: 12,
  },

  // ──────────────────────────── BEST_PRACTICE ───────────────────────────
  {
    key: 'playbook-retail-gtx-plus-expansion',
    kind: 'BEST_PRACTICE',
    title: 'Land-and-expand playbook: GTX Plus Basic in 10 stores, GTX Plus Pro across 200',
    summary:
      'How NA Mid-Market turns 10-store retail pilots into chain-wide rollouts: land, prove, expand, with the expansion math and what kills deals.',
    body: `# Land-and-expand playbook: GTX Plus Basic in 10 stores, GTX Plus Pro across 200

Most retail chains won't buy 200 sites on day one. They'll buy 10 if the first 10 prove the case fast. This is how NA Mid-Market turned 10-store pilots into full rollouts in 7 of our last 11 attempts.

## Phase 1: Land (weeks 0 to 8)
- Sell GTX Plus Basic: 5 sites included, 5 more at $1,200 each, so $35,000 in year one.
- Pick the stores with the worst reporting delays, not the best managers. You need a visible before and after.
- Agree three metrics up front with the Head of Operations: end-of-day reporting time, stockout alerts per week, manual hours per store.

## Phase 2: Prove (weeks 8 to 20)
- Weekly 15-minute metrics call with the ops lead. Same slide every week.
- At week 12, send a one-page results summary to the CFO, even if nobody asked for it.
- Diego books a store-manager roundtable at week 16. Quotes from store managers close more expansions than dashboards do.

## Phase 3: Expand (weeks 20 to 30)
- Move to GTX Plus Pro once the plan goes past 20 sites; the per-site cost drops from $1,200 to $900.
- Price the expansion as a 3-year deal to unlock the extra 5%.

## Expansion math (200 stores)

| Option | Year-one cost | Per store |
|---|---|---|
| GTX Plus Basic, 200 sites | $29,000 + 195 x $1,200 = $263,000 | $1,315 |
| GTX Plus Pro, 200 sites | $64,000 + 180 x $900 = $226,000 | $1,130 |

## What kills expansions
1. No executive saw the pilot results. The ops lead moved on and the data died with them.
2. The pilot had no end date, so it never "finished."
3. We expanded before IT signed off on the rollout runbook.

## Talk track for the expansion meeting
> "In ten stores you cut end-of-day reporting from 90 minutes to about 30. Across 200 stores, that's 200 manager-hours back every day. The question isn't whether to roll out. It's whether you want it done before peak season."`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Retail'],
    buyerRoles: ['Head of Operations', 'CFO', 'IT Director'],
    journeyPhases: ['BUYING', 'IMPLEMENTATION'],
    products: ['GTX Plus Basic', 'GTX Plus Pro'],
    tags: ['playbook', 'land-and-expand', 'multi-site', 'pilot'],
    authors: [
      { email: 'marcus.lee@byline.demo', role: 'LEAD_AUTHOR', share: 50 },
      { email: 'carol.jensen@byline.demo', role: 'CO_AUTHOR', share: 30 },
      { email: 'diego.alvarez@byline.demo', role: 'CO_AUTHOR', share: 20 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 335,
  },
  {
    key: 'sdr-outbound-sequence-ops-leaders',
    kind: 'BEST_PRACTICE',
    title: 'Seven-touch outbound sequence for Heads of Operations',
    summary:
      'The SDR sequence that books meetings with 6.8% of contacted Heads of Operations: cadence, example emails, a 20-second voicemail and the rules behind it.',
    body: `# Seven-touch outbound sequence for Heads of Operations

This sequence books meetings with 6.8% of the Heads of Operations we contact (Retail, Services and Employment, last two quarters, 1,140 contacts). Copy it, rewrite the first line for every account, keep the structure.

## Cadence

| Day | Channel | Goal |
|---|---|---|
| 1 | Email 1 | Name a specific problem |
| 3 | LinkedIn connect, no pitch | Become a familiar name |
| 5 | Call and voicemail | 20 seconds, max |
| 8 | Email 2 | Proof from a peer |
| 12 | Call | Ask one question |
| 16 | Email 3 | Offer something useful |
| 21 | Email 4 | Make it easy to say no |

## Email 1: the problem
Example for a 40-location facility services company:
> **Subject:** 40 sites, one report?
>
> Hi Dana, ops leaders running 40+ locations keep telling us the same thing: yesterday's numbers show up tomorrow, stitched together by hand. Is that true at Brightside too? If it is, I have a two-minute breakdown of how a similar company got end-of-day reporting down to 30 minutes. Want it?

## Email 2: peer proof
> **Subject:** 90 minutes to 30
>
> Dana, a home goods chain with 120 stores cut end-of-day reporting from 90 minutes to about 30 per store in its pilot. Their ops director said the biggest win was managers leaving on time. Happy to send the one-page summary.

## Voicemail (under 20 seconds)
> "Hi Dana, Diego here. I sent a note about end-of-day reporting across your 40 sites. One question: is that worth 15 minutes this month? I'll try you again Thursday."

## Email 4: the breakup
> **Subject:** close the loop?
>
> Dana, I haven't heard back, so I'll assume reporting isn't a priority right now. If that changes, just reply "later" and I'll check in next quarter. No hard feelings either way.

## Rules I learned the hard way
- Never attach a PDF to email 1. Reply rates drop by half.
- Send between 7:00 and 8:30 local time. Ops leaders read email before the floor opens.
- If they reply "not me," ask who. 40% of my meetings came from referrals inside the account.
- Log every touch. Marcus reviews sequences every Friday.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Retail', 'Services', 'Employment'],
    buyerRoles: ['Head of Operations'],
    journeyPhases: ['AWARENESS'],
    products: ['GTX Basic', 'GTX Pro', 'GTX Plus Pro'],
    tags: ['prospecting', 'email-templates', 'outbound', 'sdr'],
    authors: [{ email: 'diego.alvarez@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 315,
  },
  {
    key: 'negotiation-procurement-tactics',
    kind: 'BEST_PRACTICE',
    title: 'Negotiating with Procurement: trading concessions without giving away margin',
    summary:
      'Every concession should buy something. A give-get table, tactics that hold margin, the moves Procurement will make and a closing line that works.',
    body: `# Negotiating with Procurement: trading concessions without giving away margin

Procurement's job is to get a lower number. Ours is to make sure every concession buys something. In EMEA Enterprise, deals where we traded every concession closed at an average 14% discount. Deals where we conceded unilaterally closed at 27% and took three weeks longer.

## Before the first Procurement call
1. Know your walk-away price and your approval ceiling. See the pricing guardrails.
2. List your tradeables in advance and put a value on each.
3. Confirm with the business sponsor that they still want the project, and by when. Procurement can't create urgency; the sponsor can.

## The give-get table

| If they ask for... | We ask for... |
|---|---|
| 10% more discount | A 3-year term or signature this quarter |
| 90-day payment terms | Case study and reference rights |
| Free implementation | Larger scope: extra nodes or sites |
| A price cap on renewal | A 3-year commitment |
| A longer pilot | A paid pilot credited against year one |

## Tactics that work
- **Anchor on value, not list.** Open with the business case number the CFO agreed, then the price.
- **Concede in shrinking steps.** 5%, then 3%, then 1%. Procurement reads the pattern and stops asking.
- **Never concede in the meeting.** "Let me take that back" buys time and signals that approvals are real.
- **Negotiate the package.** Discuss all open points together. Agreeing items one at a time lets them pick off concessions.

## Tactics Procurement will use
- *"Your competitor is 20% cheaper."* Ask to see the scope being compared. It usually leaves out services or support.
- *"We need your best and final by Friday."* Check with the sponsor whether Friday is real.
- *"These are our standard terms for all suppliers."* Standard terms can be redlined. Ask which clauses are truly non-negotiable.

## A closing line I use
> "We can meet you at 18% if we sign by the 28th on a three-year term. If the timing doesn't work, our offer stays at 12%, and I'd rather be straight with you about that now."`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance', 'Telecommunications', 'Medical'],
    buyerRoles: ['Procurement', 'CFO'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500', 'MG Advanced'],
    tags: ['negotiation', 'pricing', 'procurement', 'closing'],
    authors: [{ email: 'claire.dubois@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 290,
  },
  {
    key: 'sales-to-implementation-handoff',
    kind: 'BEST_PRACTICE',
    title: 'Sales-to-implementation handoff checklist (NA Mid-Market)',
    summary:
      'Complete within two business days of closed-won: commercials, people, technical scope and expectations, with typical timelines and a 30-minute handoff call agenda.',
    body: `# Sales-to-implementation handoff checklist (NA Mid-Market)

Customers judge us on the first 30 days after signature. Most bad starts trace back to something the AE knew and nobody wrote down. Complete this checklist within 2 business days of closed-won and walk the implementation lead through it on a 30-minute call.

## 1. Commercials
- [ ] Signed order form attached, with systems, quantities and term
- [ ] Non-standard terms highlighted: payment terms, SLA credits, price caps
- [ ] Implementation package: standard GTX ($9,000) or custom scope

## 2. People
- [ ] Executive sponsor: name, title, what they personally care about
- [ ] Day-to-day project owner on the customer side and their availability
- [ ] IT contact who can approve network changes and rack space
- [ ] Anyone who opposed the deal, and why

## 3. Technical
- [ ] Number of sites and shipping addresses for appliances
- [ ] Identity provider for SSO (GTX Pro and above)
- [ ] Integrations promised during the sales cycle, written down **exactly** as promised
- [ ] Data migration: source system, volume, deadline

## 4. Expectations
- [ ] Go-live date the customer believes in
- [ ] The three success metrics from the business case
- [ ] Anything we demoed that is on the roadmap, not shipped

## Typical timelines

| System | Kickoff to go-live |
|---|---|
| GTX Basic | 4 to 6 weeks |
| GTX Pro | 6 to 8 weeks |
| GTX Plus Basic (5 sites) | 6 to 8 weeks |
| GTX Plus Pro (20+ sites) | 10 to 14 weeks, phased |

## Handoff call agenda (30 minutes)
1. The AE tells the deal story in 5 minutes: why they bought, why now.
2. Walk the checklist; the implementation lead asks questions.
3. Agree who sends the welcome email (implementation, within 24 hours).
4. The AE joins the kickoff call, then steps back.

**Rule:** if section 4 is empty, the handoff isn't done. The AE owns any gap discovered in the first 30 days.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Retail', 'Services', 'Software'],
    buyerRoles: ['Head of Operations', 'IT Director'],
    journeyPhases: ['IMPLEMENTATION'],
    products: ['GTX Basic', 'GTX Pro', 'GTX Plus Basic', 'GTX Plus Pro'],
    tags: ['handoff', 'implementation', 'checklist', 'onboarding'],
    authors: [
      { email: 'hannah.brooks@byline.demo', role: 'LEAD_AUTHOR', share: 70 },
      { email: 'marcus.lee@byline.demo', role: 'REVIEWER', share: 30 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 275,
  },
  {
    key: 'playbook-medical-gtx-plus-expansion',
    kind: 'BEST_PRACTICE',
    title: 'Medical variant: expanding GTX Plus across hospital networks',
    summary:
      'The retail land-and-expand playbook adapted for hospital networks: longer committees, HIPAA reviews, MG Special in the pilot, and metrics hospital leaders accept.',
    body: `# Medical variant: expanding GTX Plus across hospital networks

Adapted from the retail land-and-expand playbook. The structure holds (land small, prove fast, expand on evidence), but hospitals buy differently: longer committees, compliance reviews, and clinical leaders who outrank operations.

## What changes from retail

| Retail playbook | Hospital network version |
|---|---|
| Pilot in 10 stores | Pilot in 2 or 3 sites: one hospital plus outpatient clinics |
| Head of Operations decides | Value analysis committee decides; Head of Operations sponsors |
| 8-week land | 12 to 16 weeks, including 4 weeks of security review |
| GTX Plus only | GTX Plus plus MG Special for HIPAA-scoped data flows |

## Phase 1: Land (weeks 0 to 16)
- Sell GTX Plus Basic for the pilot sites and MG Special as the compliant gateway: $29,000 + $36,000 = $65,000 in year one.
- Send the security pack (HIPAA control mapping, BAA template) with the proposal, not after it.
- Choose pilot sites with measurable pain: supply room stockouts, lost mobile equipment, manual shift reports.

## Phase 2: Prove (weeks 16 to 32)
- Use metrics hospital leaders accept: supply stockouts per month, nurse hours on manual counts, time to locate mobile equipment.
- Present results to the value analysis committee in their format: one page, cost per bed, no vendor branding.

## Phase 3: Expand (weeks 32 to 52)
- Move to GTX Plus Pro past 20 sites. Many networks have 30 to 80 sites once clinics and labs are counted.
- Align the expansion with the capital budget cycle. Most hospital networks approve capital once a year.

## Stakeholders to map early
1. CIO: owns the security review.
2. Head of Operations or COO: the sponsor.
3. Procurement and supply chain: runs the committee.
4. Chief Nursing Officer: not a buyer role in our CRM, but can stop the project.

## Talk track
> "Your nurses spend about 40 minutes a shift looking for equipment and supplies. In the pilot, we'll measure that on two floors. If we don't move it by 25%, you shouldn't expand."`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Medical'],
    buyerRoles: ['Head of Operations', 'CIO', 'Procurement'],
    journeyPhases: ['BUYING', 'IMPLEMENTATION'],
    products: ['GTX Plus Basic', 'GTX Plus Pro', 'MG Special'],
    tags: ['playbook', 'land-and-expand', 'healthcare', 'pilot'],
    authors: [{ email: 'hannah.brooks@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    derivedFrom: 'playbook-retail-gtx-plus-expansion',
    status: 'PUBLISHED',
    publishedDaysAgo: 250,
  },
  {
    key: 'mutual-action-plan-template',
    kind: 'BEST_PRACTICE',
    title: 'Mutual action plan template for 90-day enterprise closes',
    summary:
      'A week-by-week mutual action plan for GTK 500 deals, with rules for keeping it real and what it tells you about the deal. Forecast accuracy rose from 61% to 84%.',
    body: `# Mutual action plan template for 90-day enterprise closes

A mutual action plan (MAP) is a shared document listing every step between today and go-live, with owners on both sides. In EMEA Enterprise we started using one on every deal above $150,000 last year. Forecast accuracy on those deals went from 61% to 84%.

## When to introduce it
After the second meeting, once the sponsor agrees there's a problem worth solving. I say: "Could we write down what needs to happen for you to be live by your deadline? It helps me not waste your team's time."

## Template (90 days, GTK 500 example)

| Week | Milestone | Customer owner | Our owner |
|---|---|---|---|
| 1 | Success criteria agreed | CIO | AE |
| 2 | Architecture workshop | IT Director | SE |
| 3 | Security questionnaire returned | Security lead | SE |
| 4 | Business case reviewed with CFO | CFO | AE and Regional Director |
| 6 | Sizing and proposal | IT Director | SE and AE |
| 8 | Legal redlines exchanged | Legal | Deal desk |
| 9 | Procurement negotiation | Procurement | AE |
| 11 | Investment committee approval | CFO | AE, supporting materials |
| 12 | Signature | CFO | Regional Director |
| 13 | Implementation kickoff | Project owner | Implementation lead |

## Rules
1. Every row has a named owner on both sides. A row without a name isn't real.
2. Review the MAP at the start of every meeting. Five minutes, no more.
3. When a date slips, move it openly and ask what caused it. Slips are information.
4. Share it in a format the customer can edit. A PDF MAP is a proposal, not a plan.

## What it tells you
- If the customer won't commit to owners, you're not in a real buying process.
- If Legal and Procurement aren't on the plan by week 4, add two months to your forecast.
- If the CFO row keeps moving, the business case isn't landing. Go back to it before pushing for signature.

Claire's note from our pipeline review: the three deals we lost late (week 10 or later) all had a MAP without a Procurement row.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance', 'Telecommunications', 'Technology'],
    buyerRoles: ['CFO', 'CIO', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500', 'MG Advanced'],
    tags: ['mutual-action-plan', 'deal-management', 'closing', 'forecasting'],
    authors: [
      { email: 'sofia.rossi@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'claire.dubois@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 235,
  },
  {
    key: 'sdr-outbound-sequence-emea-finance',
    kind: 'BEST_PRACTICE',
    title: 'Outbound sequence for EMEA Finance prospects (DACH and France notes)',
    summary:
      "Diego's seven-touch sequence rebuilt for European financial services: fewer touches, a DORA hook, formal tone, no breakup email, and GDPR-safe prospecting.",
    body: `# Outbound sequence for EMEA Finance prospects (DACH and France notes)

Adapted from Diego's seven-touch sequence for Heads of Operations. We kept the cadence idea and changed almost everything else. Finance buyers in EMEA read more, reply less, and expect a vendor to understand regulation before asking for their time.

## What we changed and why

| Diego's version | EMEA Finance version | Why |
|---|---|---|
| 7 touches in 21 days | 5 touches in 28 days | More senior buyers, lower tolerance for volume |
| Ops pain: reporting time | Regulatory pain: DORA, audit evidence | DORA has applied to EU financial entities since January 2025 |
| Casual subject lines | Plain, specific subject lines | Formality is expected, especially in DACH |
| Breakup email | No breakup; quarterly nurture instead | Breakup emails read as pressure in Germany and France |

## Email 1 (English; German and French versions in the comments)
> **Subject:** DORA incident reporting and your gateway logs
>
> Dear Mr. Hoffmann, under DORA, major ICT incidents need an initial notification within hours, and many banks still assemble gateway logs by hand to produce it. MG Special creates a signed, exportable audit trail for every routing change. Would a 20-minute technical overview with our solutions engineer be useful before your next audit cycle?

## Cadence
1. Day 1: Email 1, the regulation hook
2. Day 6: LinkedIn connect, no message
3. Day 12: Email 2, a short anonymized summary of a bank deployment
4. Day 20: Call, in the local language where possible
5. Day 28: Email 3, an invitation to a roundtable or webinar

## Local notes
- **DACH:** use titles (Dr., Mr., Ms.) and the formal "Sie" in German versions. Never use first names in email 1.
- **France:** decision-makers often expect a referral. Mention a mutual connection or industry body when you can.
- **GDPR:** contact business addresses only, with a documented legitimate-interest assessment, and keep the opt-out line in every email.

Results so far: a 4.1% meeting rate on 310 contacts. Lower than Diego's, but the average deal size is 3.6 times larger.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance'],
    buyerRoles: ['CFO', 'CIO', 'Head of Operations'],
    journeyPhases: ['AWARENESS'],
    products: ['MG Special', 'GTX Pro'],
    tags: ['prospecting', 'email-templates', 'outbound', 'emea', 'gdpr'],
    authors: [
      { email: 'fatima.el-amin@byline.demo', role: 'ADAPTER', share: 70 },
      { email: 'sofia.rossi@byline.demo', role: 'LEAD_AUTHOR', share: 30 },
    ],
    derivedFrom: 'sdr-outbound-sequence-ops-leaders',
    status: 'PUBLISHED',
    publishedDaysAgo: 215,
  },
  {
    key: 'executive-sponsor-playbook',
    kind: 'BEST_PRACTICE',
    title: 'Securing an executive sponsor before the proposal goes out',
    summary:
      'Deals above $100,000 with a confirmed sponsor close at 48%, without one at 19%. A four-part sponsor test, how to get there, and a first-meeting agenda.',
    body: `# Securing an executive sponsor before the proposal goes out

In APAC Commercial, deals above $100,000 with a confirmed executive sponsor close at 48%. Without one, 19%. The proposal is not the moment to discover who signs.

## What a sponsor is, and is not
A sponsor has budget authority or direct access to it, personally benefits from the outcome, and will spend political capital to move the deal. A friendly Data Lead who likes our demo is a champion, not a sponsor. We need both.

## The test (all four must be true)
1. The sponsor has told us, in their own words, why this matters to them this year.
2. The sponsor has met our executive at least once.
3. The sponsor has named the other approvers.
4. The sponsor has agreed to a decision date.

## How to get there
- **Ask the champion directly:** "Who will have to defend this investment at the next leadership meeting?" Then ask for an introduction.
- **Offer peer-level access.** Executives meet executives. I will fly for a 30-minute meeting if the sponsor is real.
- **Bring something useful:** a benchmark of three peer companies in their industry, not a product deck.
- **Respect hierarchy.** In Japan and Korea, request the meeting through the champion's manager, never around them.

## First sponsor meeting (30 minutes)

| Minutes | Topic | Who leads |
|---|---|---|
| 0 to 5 | Their priorities for the year | Sponsor |
| 5 to 15 | What we heard from their team, in their metrics | Our executive |
| 15 to 25 | Risks, and how other customers handled them | Our executive |
| 25 to 30 | Agree the decision date and next step | AE |

## Warning signs
- The sponsor delegates every meeting after the first: re-qualify.
- The sponsor asks for "a cheaper option" before seeing the business case: they don't have the budget they implied.
- The sponsor changes role: restart the test from step 1 within two weeks. Waiting longer is how late-stage deals die.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Technology', 'Finance', 'Telecommunications', 'Entertainment'],
    buyerRoles: ['CFO', 'CIO', 'CTO'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500', 'MG Advanced'],
    tags: ['executive-sponsorship', 'multithreading', 'deal-strategy'],
    authors: [{ email: 'aiko.tanaka@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 195,
  },
  {
    key: 'renewal-risk-playbook',
    kind: 'BEST_PRACTICE',
    title: 'Renewal risk playbook: spotting churn signals 120 days out',
    summary:
      'Seven churn signals with weights, a 120-day plan for at-risk renewals, and a talk track for right-sizing instead of losing the logo.',
    body: `# Renewal risk playbook: spotting churn signals 120 days out

Renewals are won or lost long before the renewal date. In NA Mid-Market, 9 of our last 12 churned accounts showed at least three of the signals below four months before renewal. We saw them and didn't act.

## The signals

| Signal | Where to find it | Weight |
|---|---|---|
| Active users down 25% or more over 60 days | Usage dashboard | High |
| Executive sponsor left or changed role | LinkedIn, account notes | High |
| Competitor seen at the account (Northbeam, Veloria) | Rep notes, events | High |
| Support tickets up, CSAT below 4.0 | Support portal | Medium |
| No QBR in the last 6 months | CRM activity | Medium |
| New CIO or CFO | News, LinkedIn | Medium |
| Late invoice payments | Finance | Low |

Three or more signals, or any two rated High, puts the account on the risk list.

## The 120-day plan
1. **Day 120:** review the list with Marcus and assign an owner to each at-risk account.
2. **Day 110:** health-check call with the day-to-day owner. Ask: "If you were renewing today, what would make you hesitate?"
3. **Day 90:** executive touch. If the sponsor left, find the new one using the sponsor playbook.
4. **Day 75:** deliver a value recap: metrics from go-live to today, in their numbers.
5. **Day 60:** send the renewal proposal, including any right-sizing. Better to move from GTX Pro to GTX Basic than to lose the logo.
6. **Day 30:** signature target. Anything unsigned at day 30 goes on the weekly forecast call.

## Talk track for a right-sizing conversation
> "You're using about 40 of the 250 seats on GTX Pro, and the automation features aren't part of your workflow yet. I'd rather move you to a plan that fits and earn the upgrade back than have you renew something that feels wasteful."

## What not to do
- Don't lead with a discount. It tells the customer the price was wrong all along.
- Don't wait for the customer to raise problems. Mid-market customers leave quietly.`,
    visibility: 'TEAM',
    team: 'North America Mid-Market',
    industries: ['Software', 'Services', 'Marketing'],
    buyerRoles: ['Head of Operations', 'CFO', 'VP Sales'],
    journeyPhases: ['IMPLEMENTATION'],
    products: ['GTX Basic', 'GTX Pro', 'GTX Plus Basic'],
    tags: ['renewal', 'churn', 'account-management'],
    authors: [{ email: 'carol.jensen@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 155,
  },
  {
    key: 'sales-to-implementation-handoff-apac',
    kind: 'BEST_PRACTICE',
    title: 'APAC handoff checklist: partner-led implementations and time zones',
    summary:
      'Extra handoff sections for APAC: partner scope and economics, time zones, holidays and languages, hardware logistics and customs, with adjusted timelines.',
    body: `# APAC handoff checklist: partner-led implementations and time zones

Adapted from Hannah's NA Mid-Market handoff checklist. Use her checklist as the base (every item still applies) and add the sections below. About 60% of APAC implementations are delivered with a partner, and our customers span five time zones, which creates gaps the NA version doesn't cover.

## Extra section A: Partner
- [ ] Partner name, certified engineers and their certification level
- [ ] Who the customer calls first, partner or us, written into the welcome email
- [ ] Partner statement of work attached, with scope lines matching what we sold
- [ ] Partner margin and services fees confirmed, so nobody re-quotes the customer

## Extra section B: Time zones and language
- [ ] Customer working hours and public holidays for the first 90 days (Golden Week, Lunar New Year, Diwali, Hari Raya)
- [ ] Language for training and documentation: Japanese, Bahasa Indonesia or English
- [ ] Support routing: the Singapore hub covers 08:00 to 20:00 SGT; outside those hours, GTX Pro and above route to 24/7 global support

## Extra section C: Hardware logistics
- [ ] Import duties and who pays them (Indonesia and India can add 3 to 5 weeks)
- [ ] Local power and rack specifications confirmed for GTK 500 sites
- [ ] A named site contact who can receive hardware

## Adjusted timelines

| System | NA timeline | APAC with partner |
|---|---|---|
| GTX Pro | 6 to 8 weeks | 8 to 10 weeks |
| GTX Plus Pro | 10 to 14 weeks | 12 to 18 weeks, customs included |
| GTK 500 | 12 to 16 weeks | 14 to 20 weeks |

## Handoff call
Same agenda as NA, plus the partner's project manager joins. Schedule it at 09:00 Singapore time so Sydney and Tokyo are in working hours; India-based partners join a separate 14:00 SGT session.

Tom's note: the two APAC implementations that slipped most last year both had a partner scope that didn't match the order form. Check section A twice.`,
    visibility: 'TEAM',
    team: 'APAC Commercial',
    industries: ['Technology', 'Software', 'Retail'],
    buyerRoles: ['IT Director', 'Head of Operations'],
    journeyPhases: ['IMPLEMENTATION'],
    products: ['GTX Pro', 'GTX Plus Pro', 'GTK 500'],
    tags: ['handoff', 'implementation', 'checklist', 'partners', 'apac'],
    authors: [
      { email: 'tom.walker@byline.demo', role: 'ADAPTER', share: 60 },
      { email: 'mei.lin@byline.demo', role: 'LEAD_AUTHOR', share: 40 },
    ],
    derivedFrom: 'sales-to-implementation-handoff',
    status: 'PUBLISHED',
    publishedDaysAgo: 145,
  },
  {
    key: 'playbook-medical-gtx-plus-apac',
    kind: 'BEST_PRACTICE',
    title: 'APAC hospital network expansion playbook (Japan, Singapore, Australia)',
    summary:
      'The hospital network playbook adapted for APAC: who owns the budget in each market, private groups before public tenders, bed turnover as a metric, and partner economics.',
    body: `# APAC hospital network expansion playbook (Japan, Singapore, Australia)

Adapted from Hannah's Medical variant of the retail land-and-expand playbook. Three generations in, the shape still holds: small pilot, hard metrics, expansion timed to the budget cycle. What changes in APAC is who owns the budget, how data residency is handled, and how long procurement takes.

## Market differences

| Market | Budget owner | Procurement pattern | Data requirement |
|---|---|---|---|
| Japan | Hospital corporation board | April to March fiscal year; tenders for public hospitals | In-country storage expected |
| Singapore | Public healthcare clusters or private groups | Government tenders for public clusters | Healthcare data in-country |
| Australia | State health departments or private groups | Panel arrangements; private groups buy directly | State-level privacy rules |

## Land
- Private hospital groups first. Public tenders take 9 to 14 months; private groups in Australia and Singapore decide in 4 to 6.
- Pilot: GTX Plus Basic at 3 sites plus MG Special. Quote in local currency using the APAC pricing addendum.
- Offer the security pack in English and Japanese from day one.

## Prove
- Use Hannah's metrics: supply stockouts, nurse hours on manual counts, equipment search time. In Japan, add bed turnover time; it is the metric hospital boards watch most closely.
- Results summaries must be approved by the hospital before we use them anywhere. Japanese customers may decline public references, so ask for a private reference call instead.

## Expand
- Send the expansion proposal three months before the fiscal year starts: January for Japan, March for Australian private groups on a July year.
- Move to GTX Plus Pro above 20 sites.

## Partner role
In Japan, expansion usually needs a local integrator for on-site support. Agree partner economics before the pilot, not after. Retrofitting a partner into an expansion cost us six months at a private group in Osaka.

## Talk track (Australia, private group)
> "Your group added four day-surgery sites last year. If each one runs the same manual stock counts as your hospitals, the pilot numbers tell you what that costs. Let's price the whole network now so new sites start on the system."`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Medical'],
    buyerRoles: ['Head of Operations', 'CIO', 'Procurement', 'CFO'],
    journeyPhases: ['BUYING', 'IMPLEMENTATION'],
    products: ['GTX Plus Basic', 'GTX Plus Pro', 'MG Special'],
    tags: ['playbook', 'land-and-expand', 'healthcare', 'apac', 'partners'],
    authors: [
      { email: 'ravi.menon@byline.demo', role: 'ADAPTER', share: 60 },
      { email: 'tom.walker@byline.demo', role: 'LEAD_AUTHOR', share: 40 },
    ],
    derivedFrom: 'playbook-medical-gtx-plus-expansion',
    status: 'PUBLISHED',
    publishedDaysAgo: 90,
  },
  {
    key: 'demo-prep-checklist-gtx-pro',
    kind: 'BEST_PRACTICE',
    title: 'Demo prep checklist: the 48 hours before a GTX Pro demo',
    summary:
      'A nine-step checklist and a 35-minute demo flow. Demos run with the checklist convert to a proposal at 45%, without it at 20%.',
    body: `# Demo prep checklist: the 48 hours before a GTX Pro demo

Our GTX Pro demos convert to a proposal about 45% of the time when this checklist is done, and about 20% when it isn't. Most of the difference is in the first five minutes.

## 48 hours before
1. Confirm attendees and their roles. Ask the champion: "Who will be the hardest person to convince in that room?"
2. Re-read the discovery notes and write down the three pains in the customer's own words.
3. Ask for a sample of their data. Field names are enough to make the demo speak their language.
4. Book the demo environment, load their sample data, and check that SSO login works if IT is attending.

## 24 hours before
5. Send a short agenda: problem recap, three workflows, Q&A, next steps. Ask them to add anything missing.
6. Do a dry run with whoever is co-presenting, and time it. A GTX Pro demo should take 35 minutes at most.
7. Prepare one customer story that matches their industry and size.

## 1 hour before
8. Close every tab and notification. Log in twice.
9. Have the backup recording open in case the environment fails.

## Demo flow

| Minutes | Section | Tip |
|---|---|---|
| 0 to 5 | Recap their pains | Use their words, then ask "Did we get that right?" |
| 5 to 15 | Workflow 1: the biggest pain | Show the before, then the after |
| 15 to 25 | Workflow 2: approvals and audit log | Aimed at the IT Director |
| 25 to 30 | Workflow 3: reporting | Aimed at the Head of Operations or CFO |
| 30 to 35 | Next steps | Propose a date; don't ask whether they want one |

## Mistakes I've made, so you don't have to
- Demoing every feature. Nobody remembers feature nine.
- Showing roadmap items without saying so. It comes back to bite you at implementation.
- Letting the demo end without the next meeting on the calendar.`,
    visibility: 'TEAM',
    team: 'North America Mid-Market',
    industries: ['Retail', 'Services', 'Software', 'Employment'],
    buyerRoles: ['Head of Operations', 'IT Director', 'CFO'],
    journeyPhases: ['BUYING'],
    products: ['GTX Pro'],
    tags: ['demo', 'checklist', 'discovery'],
    authors: [{ email: 'hannah.brooks@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 125,
  },
  {
    key: 'multithreading-email-templates',
    kind: 'BEST_PRACTICE',
    title: 'Email templates for multithreading into the CFO and CIO',
    summary:
      'Three short emails for opening a second and third thread in enterprise deals without sidelining the champion, plus the rules that make executives reply.',
    body: `# Email templates for multithreading into the CFO and CIO

Single-threaded deals die when the champion goes on vacation, changes jobs or loses an internal argument. These three emails are what I use to open a second and third thread without making my champion feel bypassed.

## Step 0: ask the champion first
> "Anna, I'd like to send Mr. Keller a short note on the business case so he isn't surprised at the steering committee. Would you prefer to forward it, or should I send it and copy you?"

Always copy the champion. Always.

## Template 1: to the CFO, after the business case is drafted
> **Subject:** MG Advanced business case: three numbers for your review
>
> Dear Mr. Keller, Anna and her team have worked with us on a business case for consolidating your payment gateways on MG Advanced. Three numbers drive it: EUR 410,000 in annual run-cost savings, a 9-month payback, and a 70% cut in audit preparation time. I'd value 20 minutes to check our assumptions against yours before it goes to the steering committee.

## Template 2: to the CIO, after the architecture workshop
> **Subject:** architecture notes from Tuesday's workshop
>
> Dear Ms. Laurent, your team gave us a clear picture of the current gateway estate on Tuesday. Attached is a one-page summary of the target architecture and the three risks your architects raised, with how we'd address each. If anything is missing, I'd rather hear it from you now than in the security review.

## Template 3: re-engaging a silent executive
> **Subject:** one question before the decision meeting
>
> Mr. Keller, before the steering committee on the 14th, is there anything in the proposal you'd want changed? A one-line reply is fine. I want to be sure we're solving the problem you care about.

## Rules
- One ask per email. Executives answer single questions.
- Numbers in the first two lines.
- Under 120 words. Mine average 85.
- Send Tuesday to Thursday, before 9:00 local time.

## Results
On deals above EUR 200,000 in the last year, I reached the CFO directly in 11 of 14 using these templates. Of the three I didn't reach, twice I had skipped step 0.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance', 'Medical', 'Technology'],
    buyerRoles: ['CFO', 'CIO'],
    journeyPhases: ['BUYING'],
    products: ['MG Advanced', 'GTK 500'],
    tags: ['email-templates', 'multithreading', 'executive-sponsorship'],
    authors: [{ email: 'sofia.rossi@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 70,
  },
  {
    key: 'qbr-best-practices',
    kind: 'BEST_PRACTICE',
    title: 'Running quarterly business reviews that lead to expansion',
    summary:
      'How APAC Commercial runs QBRs where the customer executive re-commits: preparation, a 60-minute agenda, expansion prompts that work and what not to do.',
    body: `# Running quarterly business reviews that lead to expansion

A QBR is not a status meeting. Done well, it's where the customer's executive re-commits to the relationship, and it's where 60% of our APAC expansion opportunities were first identified last year.

## Before the QBR (two weeks out)
1. Pull usage: active users, workflows automated, transactions processed, uptime.
2. Translate usage into the customer's metrics from the original business case. "1.2 million transactions" means nothing; "reporting now lands at 07:00 instead of 11:00" does.
3. Interview the day-to-day owner: what's going well, what's frustrating, what's changing in their business.
4. Confirm the executive attendee. No executive, no QBR: reschedule.

## Agenda (60 minutes)

| Minutes | Section | Owner |
|---|---|---|
| 0 to 10 | Their priorities for next quarter | Customer executive |
| 10 to 25 | Results against the business case | AE |
| 25 to 35 | Open issues and what we're doing about them | AE and Solutions Engineer |
| 35 to 50 | Where else this could help | AE |
| 50 to 60 | Agreed actions and next QBR date | Both |

## Expansion prompts that work
- "Which other business unit has the problem you had a year ago?"
- "Your volume grew 35% this year. At this rate you'll reach the capacity of the current cluster by the third quarter. Shall we plan the extra node now rather than in a hurry?"
- "You mentioned a new market launch. Will data need to stay in-country there?"

## Don't
- Don't present a pitch deck. Present their data.
- Don't bring a quote. Agree the next step and send numbers afterwards.
- Don't hide problems. Customers forgive issues; they don't forgive surprises.

## After
Send a one-page summary within 48 hours. Log every expansion idea as its own opportunity with a next step and an owner, or it will be forgotten by the next QBR.`,
    visibility: 'TEAM',
    team: 'APAC Commercial',
    industries: ['Technology', 'Software', 'Entertainment'],
    buyerRoles: ['VP Sales', 'Head of Operations', 'CTO'],
    journeyPhases: ['IMPLEMENTATION'],
    products: ['GTX Pro', 'GTX Plus Pro', 'MG Advanced', 'GTK 500'],
    tags: ['qbr', 'expansion', 'account-management', 'renewal'],
    authors: [{ email: 'aiko.tanaka@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 55,
  },
  {
    key: 'stage-exit-criteria',
    kind: 'BEST_PRACTICE',
    title: 'Stage exit criteria: what must be true before a deal moves forward',
    summary:
      'Draft RevOps proposal for common stage exit criteria across regions, with forecast-call hygiene rules and the expected effect on the commit forecast.',
    body: `# Stage exit criteria: what must be true before a deal moves forward (draft)

Draft for review by Sales Enablement and the managers before rollout in next quarter's forecast calls. Today our stages mean different things in each region: a deal in "Proposal" wins 41% of the time in EMEA and 23% in NA. Common exit criteria will make the forecast comparable.

## Proposed criteria

| Stage | Exit criteria (all required) | Evidence in CRM |
|---|---|---|
| Discovery | Pain confirmed in the customer's words; cost of status quo estimated | Discovery notes, cost figure |
| Qualification | Budget range known; decision process and decision date named | Budget field, notes |
| Solution | Demo or workshop held; technical fit confirmed by SE or IT Director | SE notes, demo date |
| Proposal | Executive sponsor confirmed; pricing within guardrails or approved by deal desk | Sponsor contact, approval record |
| Negotiation | Legal and Procurement engaged; mutual action plan shared | MAP link, legal ticket |
| Closed won | Signed order form; handoff checklist complete | Attachments |

## Hygiene rules for forecast calls
1. A close date in the past is fixed before the call, not during it.
2. Deals with no activity for 21 days drop to "at risk" automatically.
3. Amount changes above 20% need a note explaining why.
4. A deal pushed twice in one quarter needs a manager review.

## Open questions for Jonas and the managers
- Should "Proposal" require a mutual action plan for deals above $150,000, as EMEA already does?
- Do SDR-sourced deals need a separate bar for leaving Discovery?
- How do we treat partner-led APAC deals where the partner owns the customer relationship?

## Expected impact
Had these criteria applied last quarter, 38 of 212 open deals would have moved back a stage, and the commit forecast would have been $1.1M lower, which is much closer to what actually closed.`,
    visibility: 'TEAM',
    team: 'Sales Enablement',
    industries: ['Technology', 'Finance', 'Retail', 'Medical'],
    buyerRoles: ['CFO', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['GTX Pro', 'MG Advanced', 'GTK 500'],
    tags: ['forecasting', 'pipeline-hygiene', 'deal-management', 'revops'],
    authors: [{ email: 'admin@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'DRAFT',
    publishedDaysAgo: 14,
  },

  // ─────────────────────────────── WIN_LOSS ──────────────────────────────
  {
    key: 'win-harbor-pine-gtx-plus-pro-vs-northbeam',
    kind: 'WIN_LOSS',
    title: 'Win: Harbor & Pine retail chain picks GTX Plus Pro over Northbeam',
    summary:
      'A 120-store home goods retailer chose GTX Plus Pro over a Northbeam quote 34% cheaper, after a storm showed what offline mode is worth.',
    body: `# Win: Harbor & Pine picks GTX Plus Pro over Northbeam

## Deal snapshot

| | |
|---|---|
| Customer | Harbor & Pine, home goods retailer, 120 stores in the US Northeast and Midwest |
| System | GTX Plus Pro, 120 sites |
| ACV | $146,300 (3-year term, 5% multi-year discount) |
| Cycle | 5 months, SDR-sourced |
| Competitor | Northbeam |

## How it started
Diego booked the first meeting from an outbound sequence. Their VP of Store Operations replied to the second email with one line: "Our managers stay 90 minutes late every night doing this."

## What happened
- **Month 1:** discovery with the Head of Operations and the CFO. Cost of the status quo: 90 minutes per store per day, about $1.9M a year in manager overtime across 120 stores.
- **Month 2:** Northbeam came in through the CFO's previous company. Their subscription quote was 34% below ours.
- **Month 3:** we proposed a paid 3-store pilot credited to year one. Northbeam offered a free 10-store pilot.
- **Month 4:** a storm knocked out connectivity at 14 stores for most of a Saturday. Our three pilot stores kept processing offline and synced when the link came back. The CFO asked Northbeam what would have happened and didn't get a straight answer.
- **Month 5:** signed after one round with Procurement: 5% multi-year, no further discount.

## Why we won
1. **Product fit:** offline mode and the central multi-site console. Northbeam manages each site separately.
2. **Implementation risk:** our install averaged 22 minutes per store in the pilot; Northbeam needed a technician visit per store.
3. **Relationship:** weekly metrics calls made the Head of Operations our internal champion.

## What almost lost it
We priced the pilot at 3 stores when they wanted 10, and Northbeam's free pilot looked generous. Without the outage, I'm honestly not sure we'd have won.

## Lessons
- Make the offline demo part of every retail evaluation. Don't wait for the weather.
- Show the 3-year TCO to the CFO in month 1, before the competitor's quote lands.
- Diego's "90 minutes late every night" line came from the customer. Reuse the customer's words in every proposal.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Retail'],
    buyerRoles: ['Head of Operations', 'CFO'],
    journeyPhases: ['BUYING'],
    products: ['GTX Plus Pro'],
    tags: ['win-story', 'competitor:Northbeam', 'pilot', 'multi-site'],
    authors: [
      { email: 'carol.jensen@byline.demo', role: 'LEAD_AUTHOR', share: 70 },
      { email: 'diego.alvarez@byline.demo', role: 'CO_AUTHOR', share: 30 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 360,
    win: {
      outcome: 'WON',
      competitor: 'Northbeam',
      reasons: ['product fit', 'implementation risk', 'relationship'],
      lessons:
        'Demo offline mode in every retail evaluation and put the 3-year TCO in front of the CFO in month 1, before the cheaper quote lands.',
    },
  },
  {
    key: 'loss-nordvik-bank-mg-advanced-vs-castellan',
    kind: 'WIN_LOSS',
    title: 'Loss: Nordvik Bank chose Castellan for its payments gateway',
    summary:
      'We won the technical evaluation and lost the security review. A new CISO with Castellan history held a veto we never mapped.',
    body: `# Loss: Nordvik Bank chose Castellan for its payments gateway

## Deal snapshot

| | |
|---|---|
| Customer | Nordvik Bank, retail bank, 2.1 million customers in Norway and Sweden |
| Systems proposed | MG Advanced (4 nodes) plus MG Special for the card-data zone |
| Value | $142,000 ACV, 3-year term |
| Cycle | 7 months, lost at final selection |
| Winner | Castellan |

## Background
Nordvik was consolidating three payment gateways after an outage that made national news. The Head of Payments found us through a conference talk and became our champion. The CIO was supportive. The CISO was new and had previously run security at a Castellan customer.

## What happened
- We ran a strong technical evaluation. MG Advanced beat Castellan on failover time (4 seconds against 22), throughput and analytics.
- The security review started in month 4. Our questionnaire responses took 11 days; Castellan's arrived pre-filled in 2.
- The CISO asked to meet our security team. We scheduled it three weeks out because our security architect was on leave.
- In month 6, the CISO wrote a risk memo to the steering committee rating us "medium residual risk" on key management. We only saw it after the decision.
- Castellan won at roughly 2.3 times our price.

## Why we lost
1. **Competitor strength:** Castellan's brand with security leaders is real, and the CISO's history made it the default.
2. **Decision dynamics:** the steering committee gave the CISO a veto. We had mapped the CIO and the Head of Payments; we never mapped the veto.
3. **Timing:** the three-week wait for a security meeting told the CISO we weren't ready.

## Lessons
- In Finance, find out in week 1 who can veto on security, and meet them by week 3.
- Send the completed security questionnaire with the proposal, not on request.
- Never let a security meeting wait on one person's calendar. Lars or an SE from another region can cover.
- Ask the champion whether any internal risk memo is being drafted. If they won't say, that tells you something too.

This loss is the reason the Castellan battlecard exists.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance'],
    buyerRoles: ['CIO', 'Procurement', 'IT Director'],
    journeyPhases: ['BUYING'],
    products: ['MG Advanced', 'MG Special'],
    tags: ['loss-review', 'competitor:Castellan', 'security-review', 'stakeholder-mapping'],
    authors: [{ email: 'fatima.el-amin@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 280,
    win: {
      outcome: 'LOST',
      competitor: 'Castellan',
      reasons: ['competitor strength', 'decision dynamics', 'timing'],
      lessons:
        'Map who can veto on security in week 1, meet them by week 3, and send the completed questionnaire with the proposal.',
    },
  },
  {
    key: 'win-kestrel-telecom-gtk-500-vs-quantix',
    kind: 'WIN_LOSS',
    title: 'Win: Kestrel Telecom replaces Quantix with GTK 500',
    summary:
      'A nine-year Quantix customer facing Q7 end of support chose GTK 500 after a parallel-run migration plan and a 5-year TCO at less than half the Q9 offer.',
    body: `# Win: Kestrel Telecom replaces Quantix with GTK 500

## Deal snapshot

| | |
|---|---|
| Customer | Kestrel Telecom, mobile and broadband operator, 6.5 million subscribers, Netherlands and Belgium |
| System | GTK 500, 5 nodes |
| ACV | $185,600 ($221,000 list, 16% off on a 3-year term) |
| Cycle | 8 months |
| Competitor | Quantix, incumbent on the Q7 series |

## Background
Kestrel had run Quantix for nine years. The Q7 end-of-support announcement forced a decision: migrate to Quantix Q9 or re-tender. The CTO was open to change. Their system integrator was not.

## What happened
- **Months 1 and 2:** Lars ran a two-day architecture workshop and mapped 31 integrations. 27 were covered by certified connectors; 4 needed custom work.
- **Month 3:** Quantix quoted Q9 on a 5-year term, with professional services at 42% of year one.
- **Month 4:** we proposed a parallel-run migration: both platforms live for six weeks, cutover by business unit.
- **Month 5:** Claire met the CFO with a 5-year TCO comparison: $2.6M for Quantix Q9 against $1.1M for GTK 500, migration included.
- **Month 6:** Quantix cut its price by 30%. The CFO's reaction: "If they could offer that now, what have we been paying for?"
- **Month 8:** signed.

## Why we won
1. **Price:** even after the Quantix cut, our 5-year cost was less than half.
2. **Implementation risk:** the parallel-run plan answered the integrator's "too risky" argument with a concrete schedule.
3. **Executive sponsorship:** the CTO backed the change publicly, and Claire's CFO meeting gave him cover.

## What we'd do differently
- We let the integrator stay hostile for four months. Offering them the migration work earlier would have removed their objection sooner.
- The four custom integrations took 40% of SE time. Scope custom work as a paid line item from day one.

## Lessons
The Q7 end-of-support date is a forcing event for every Quantix customer. Lead with run cost and a dated migration plan, and bring finance in before Quantix's retention discount arrives.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Telecommunications'],
    buyerRoles: ['CTO', 'CFO', 'IT Director'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500'],
    tags: ['win-story', 'competitor:Quantix', 'migration', 'tco'],
    authors: [
      { email: 'sofia.rossi@byline.demo', role: 'LEAD_AUTHOR', share: 50 },
      { email: 'lars.nilsson@byline.demo', role: 'CO_AUTHOR', share: 30 },
      { email: 'claire.dubois@byline.demo', role: 'REVIEWER', share: 20 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 300,
    win: {
      outcome: 'WON',
      competitor: 'Quantix',
      reasons: ['price', 'implementation risk', 'executive sponsorship'],
      lessons:
        'Use Q7 end of support as the forcing event, lead with a parallel-run plan, and get the CFO the 5-year TCO before the Quantix retention discount.',
    },
  },
  {
    key: 'loss-brightwave-media-gtx-pro-vs-veloria',
    kind: 'WIN_LOSS',
    title: 'Loss: Brightwave Media went software-only with Veloria',
    summary:
      'We sold architecture to the Data Lead while the CMO wanted dashboards before her board meeting. A weaker fit than we admitted.',
    body: `# Loss: Brightwave Media went software-only with Veloria

## Deal snapshot

| | |
|---|---|
| Customer | Brightwave Media, digital marketing agency group, 9 offices, 650 staff |
| System proposed | GTX Pro with 100 extra users |
| Value | $48,500 ACV |
| Cycle | 3 months, lost at shortlist |
| Winner | Veloria |

## Background
Brightwave's CMO wanted one place to see campaign performance and client billing across nine offices. Their Data Lead had built a patchwork of scripts that broke every week. The CMO drove the project; IT was two people.

## What happened
- We led with the appliance architecture and audit controls. The Data Lead liked it. The CMO's attention drifted.
- Veloria ran a two-week POC with Brightwave's own campaign data and produced dashboards the CMO showed at her leadership meeting.
- We proposed a six-week implementation. Veloria said ten days.
- Our TCO argument, that usage-based pricing rises as data grows, didn't land: Brightwave's data volume is modest and grows slowly.
- The two-person IT team didn't want hardware in nine offices, even managed hardware.

## Why we lost
1. **Product fit:** a weaker fit than we admitted to ourselves. No offline requirement, no residency requirement, low volume: the three things that usually win for us against Veloria were all missing.
2. **Timing:** the CMO wanted results before her next board meeting, five weeks away.
3. **Decision dynamics:** the CMO was the only decision-maker, and we sold to the Data Lead.

## Lessons
- Qualify harder against Veloria. With no offline need, no residency rule and low data volume, reposition fast or walk away.
- When the CMO is the buyer, demo outcomes first: a campaign dashboard with their data, then architecture if anyone asks.
- A POC with sample data loses to a POC with their data. Ask for a data sample in the first meeting.
- Marketing leaders need a different first conversation from IT leaders. We don't have one yet.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Marketing'],
    buyerRoles: ['CMO', 'Data Lead'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Pro'],
    tags: ['loss-review', 'competitor:Veloria', 'qualification', 'poc'],
    authors: [{ email: 'hannah.brooks@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 240,
    win: {
      outcome: 'LOST',
      competitor: 'Veloria',
      reasons: ['product fit', 'timing', 'decision dynamics'],
      lessons:
        'Qualify out or reposition quickly when Veloria is in and there is no offline, residency or volume need; sell outcomes to the CMO, not architecture to the Data Lead.',
    },
  },
  {
    key: 'win-pacifica-software-gtx-pro-vs-veloria',
    kind: 'WIN_LOSS',
    title: 'Win: Pacifica Software chose GTX Pro for data residency over Veloria',
    summary:
      'One residency question in week 2 changed the evaluation. In-country GTX Pro appliances beat a Veloria roadmap promise for a Jakarta region.',
    body: `# Win: Pacifica Software chose GTX Pro for data residency over Veloria

## Deal snapshot

| | |
|---|---|
| Customer | Pacifica Software, B2B payroll SaaS with customers in Singapore, Indonesia and Malaysia |
| Systems | GTX Pro, one appliance in each of 3 countries |
| ACV | $113,400 (3 x $42,000 less a 10% multi-site discount) |
| Cycle | 4 months |
| Competitor | Veloria |

## Background
Pacifica was expanding from Singapore into Indonesia and Malaysia. Their customers, mostly HR departments, had started adding data residency clauses to contracts. Veloria was already in a POC when the CTO invited us in.

## What happened
- **Week 2:** Mei asked the Data Lead where Veloria would store Indonesian payroll data. The answer was Veloria's Sydney region. Pacifica's legal team hadn't checked.
- **Week 4:** Pacifica's counsel confirmed that two of their largest Indonesian customers required in-country processing. Veloria offered a "roadmap commitment" for a Jakarta region within 12 months.
- **Week 6:** Mei ran a technical validation with a GTX Pro appliance in a Jakarta colocation facility: 8 ms processing latency, no data leaving Indonesia.
- **Week 10:** Veloria cut its price by 25%. Pacifica's CFO asked us to match. We held at 10%, tied to the three-country commitment.
- **Week 16:** signed.

## Why we won
1. **Product fit:** in-country appliances met a contractual requirement Veloria could only promise.
2. **Implementation risk:** the CTO wasn't willing to carry a roadmap commitment in front of his own customers.
3. **Relationship:** Mei's week-2 question changed the evaluation criteria. From then on, the CTO treated us as advisors.

## What almost went wrong
Veloria's dashboards were better, and the Data Lead preferred them. We offered to feed GTX Pro output into their existing BI tool, which took the point off the table.

## Lessons
- Ask the residency question in the first technical meeting with every APAC Software company. It reframes the whole evaluation.
- Don't match a competitor's price cut when you hold a requirement they can't meet. Trade a smaller discount for scope.
- Pacifica's CTO has agreed to take two reference calls per quarter.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Software'],
    buyerRoles: ['CTO', 'Data Lead', 'CFO'],
    journeyPhases: ['BUYING'],
    products: ['GTX Pro'],
    tags: ['win-story', 'competitor:Veloria', 'data-residency', 'apac'],
    authors: [
      { email: 'ravi.menon@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'mei.lin@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 225,
    win: {
      outcome: 'WON',
      competitor: 'Veloria',
      reasons: ['product fit', 'implementation risk', 'relationship'],
      lessons:
        'Ask where data will be stored in the first technical meeting; a residency requirement turns a Veloria roadmap promise into a risk the buyer will not carry.',
    },
  },
  {
    key: 'loss-atlas-staffing-gtx-pro-vs-northbeam',
    kind: 'WIN_LOSS',
    title: "Loss: Atlas Staffing took Northbeam's 38% discount",
    summary:
      'Our champion loved us, but the CFO signed and we never met him. Northbeam did, at a local event, with a December discount.',
    body: `# Loss: Atlas Staffing took Northbeam's 38% discount

Team-only post: it includes pricing details Atlas shared with us in confidence.

## Deal snapshot

| | |
|---|---|
| Customer | Atlas Staffing, staffing agency, 22 branches, 180 internal users |
| System proposed | GTX Pro |
| Value | $37,800 ACV after a 10% discount |
| Cycle | 10 weeks |
| Winner | Northbeam, at 38% below our list price |

## Background
Atlas needed to replace a home-grown placement tracking system before their busy season. The Head of Operations ran the evaluation, but the CFO signs everything above $25,000.

## What happened
- Strong discovery and demo. The Head of Operations told us we were her first choice.
- We never met the CFO. Every request went through the Head of Operations, who said the CFO "trusts her judgment."
- Northbeam's rep met the CFO at a local business event and offered 38% off for a signature before their quarter end in December.
- Our 3-year TCO comparison reached the CFO as a forwarded attachment, three days after he had verbally agreed with Northbeam.
- We offered 20% in the final week. Too late: he had already committed.

## Why we lost
1. **Price:** on first-year cost, Northbeam came in at about $26,000 against our $37,800.
2. **Decision dynamics:** the person who decided was never in a meeting with us.
3. **Executive sponsorship:** we confused a strong champion with a sponsor. She was the first, not the second.

## Lessons
- When the signer sits above the champion, meet the signer before the proposal. No exceptions. If the champion blocks it, treat that as a qualification signal.
- Northbeam discounts hardest in December. In Q4, assume a 35 to 40% discount is coming and get the TCO to the CFO first.
- Don't discount in the last week to catch up. It looked desperate and changed nothing.
- Atlas's Head of Operations has already called twice about Northbeam outages. Carol has a follow-up booked ahead of their renewal window.`,
    visibility: 'TEAM',
    team: 'North America Mid-Market',
    industries: ['Employment'],
    buyerRoles: ['CFO', 'Head of Operations', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['GTX Pro', 'GTX Basic'],
    tags: ['loss-review', 'competitor:Northbeam', 'pricing', 'executive-sponsorship'],
    authors: [{ email: 'marcus.lee@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 205,
    win: {
      outcome: 'LOST',
      competitor: 'Northbeam',
      reasons: ['price', 'decision dynamics', 'executive sponsorship'],
      lessons:
        'Meet the signer before the proposal whenever they sit above the champion, and expect Northbeam to discount 35-40% in Q4.',
    },
  },
  {
    key: 'win-meridian-health-gtx-plus-pro-vs-quantix',
    kind: 'WIN_LOSS',
    title: 'Win: Meridian Health Partners moves 14 hospitals off Quantix',
    summary:
      'A three-site pilot, HIPAA evidence sent up front and nurse managers presenting their own results beat an 11-year Quantix incumbency and a 25% retention discount.',
    body: `# Win: Meridian Health Partners moves 14 hospitals off Quantix

## Deal snapshot

| | |
|---|---|
| Customer | Meridian Health Partners, 14 hospitals and 37 clinics in the US Southeast |
| Systems | GTX Plus Pro (51 sites) and MG Special |
| ACV | $121,500 (3-year term, 5% multi-year discount) |
| Cycle | 9 months |
| Competitor | Quantix, incumbent for 11 years |

## Background
Meridian ran supply and equipment tracking on an old Quantix installation. The CIO wanted off Quantix after two outages during hurricane season. The CFO feared a migration in the middle of a merger integration. We started with a three-site pilot, following the hospital variant of the land-and-expand playbook.

## What happened
- **Months 1 to 3:** pilot at one hospital and two clinics. Nurse time spent searching for equipment fell from 41 to 24 minutes per shift.
- **Month 4:** security review. We sent the MG Special HIPAA control mapping and BAA template with the proposal, and the review closed in 3 weeks instead of the usual 8.
- **Month 6:** Quantix offered a free upgrade and 25% off the renewal. The CFO was tempted.
- **Month 7:** Hannah set up a session where the pilot's nurse managers presented the results to the value analysis committee themselves.
- **Month 9:** signed, with a phased rollout aligned to the merger timeline.

## Why we won
1. **Implementation risk:** a site-by-site rollout showed the CFO there would be no disruption during the merger.
2. **Relationship:** the nurse managers became advocates. Committees trust their own staff more than any vendor.
3. **Price:** even against the Quantix discount, our 3-year cost was 38% lower once professional services were included.

## Lessons
- Let the customer's people present pilot results. It did more than any deck we've built.
- Send the HIPAA evidence before anyone asks. Security reviews shrink when nothing is missing.
- Quantix's retention discount arrives at month 6 or later. Warn the CFO in month 2 that it will happen, so it reads as predictable rather than generous.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Medical'],
    buyerRoles: ['CIO', 'CFO', 'Head of Operations'],
    journeyPhases: ['BUYING', 'IMPLEMENTATION'],
    products: ['GTX Plus Pro', 'MG Special'],
    tags: ['win-story', 'competitor:Quantix', 'healthcare', 'pilot'],
    authors: [
      { email: 'carol.jensen@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'hannah.brooks@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 190,
    win: {
      outcome: 'WON',
      competitor: 'Quantix',
      reasons: ['implementation risk', 'relationship', 'price'],
      lessons:
        "Let the customer's own staff present pilot results, send HIPAA evidence unprompted, and pre-warn the CFO about the Quantix retention discount.",
    },
  },
  {
    key: 'loss-lumen-studios-gtk-500-vs-quantix',
    kind: 'WIN_LOSS',
    title: 'Loss: Lumen Studios renewed Quantix after a late price drop',
    summary:
      'Perfect sizing, a keen CTO, and four months of runway. Quantix flew in six weeks before renewal with 35% off and no migration cost this financial year.',
    body: `# Loss: Lumen Studios renewed Quantix after a late price drop

## Deal snapshot

| | |
|---|---|
| Customer | Lumen Studios, live sports and concert streaming, Sydney and Auckland |
| System proposed | GTK 500, 6 nodes |
| Value | $259,000 list ACV, offered at $220,000 (15% off, 3-year term) |
| Cycle | 6 months, lost at the renewal decision |
| Winner | Quantix, renewal |

## Background
Lumen streams live sports and concerts, and peak load hits 140,000 transactions per second during big events. Their Quantix cluster struggled during a major finals broadcast, and the CTO invited us in four months before the Quantix renewal date.

## What happened
- Sizing was spot on. Mei's 6-node design handled a replay of their peak traffic with 30% headroom.
- The CTO was our sponsor. The CFO was neutral and focused on cash; Lumen had a tough year.
- Six weeks before renewal, Quantix's regional team flew in and offered 35% off a 3-year renewal, a free Q9 hardware upgrade and dedicated event-day support.
- Our offer needed $45,000 of implementation plus the first annual payment up front. The Quantix renewal needed nothing new.
- The CFO picked the option with no migration cost this financial year.

## Why we lost
1. **Price:** not list price, but cash this year. Quantix cost less in year one.
2. **Timing:** we came in four months before renewal. An enterprise migration needs 9 to 12 months of runway to beat a retention offer.
3. **Relationship:** Quantix's local partner had years of history with the CFO. We had met him twice.

## Lessons
- Start Quantix displacement conversations 12 months before the renewal date, not four.
- With cash-constrained customers, offer payment structures early (quarterly billing, implementation spread over year one), before the retention offer lands.
- Build the CFO relationship alongside the CTO's from month 1.
- Lumen's new renewal runs three years. I'm already working on the next attempt and will start it well over a year out.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Entertainment'],
    buyerRoles: ['CFO', 'CTO'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500'],
    tags: ['loss-review', 'competitor:Quantix', 'renewal', 'timing'],
    authors: [{ email: 'tom.walker@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 175,
    win: {
      outcome: 'LOST',
      competitor: 'Quantix',
      reasons: ['price', 'timing', 'relationship'],
      lessons:
        'Start Quantix displacements 12 months before renewal, build the CFO relationship from month 1, and offer cash-friendly payment structures before the retention offer.',
    },
  },
  {
    key: 'win-orbis-payments-mg-special-vs-castellan',
    kind: 'WIN_LOSS',
    title: 'Win: Orbis Payments picks MG Special over Castellan on time to compliance',
    summary:
      'A regulator finding with a 120-day deadline. We met the CISO in week 2, closed the finding live in week 3, and went live on day 27 against a 7-month Castellan plan.',
    body: `# Win: Orbis Payments picks MG Special over Castellan on time to compliance

## Deal snapshot

| | |
|---|---|
| Customer | Orbis Payments, Dublin-based payment service provider, 400 employees |
| Systems | MG Special at primary and disaster recovery sites |
| ACV | $72,000, plus $36,000 implementation |
| Cycle | 11 weeks |
| Competitor | Castellan |

## Background
Orbis received a regulator inspection finding: inadequate logging of changes to payment routing, with 120 days to remediate. Castellan was the CISO's first call.

## What happened
This was my first Castellan deal after the Nordvik loss, and I ran it differently from day one.
- **Week 1:** asked the Head of Compliance who could veto. Answer: the CISO.
- **Week 2:** met the CISO with Lars, and sent our completed SIG Lite and CAIQ questionnaires and the PCI DSS 4.0 attestation before he asked.
- **Week 3:** Lars ran a live session: applied the PCI DSS template, changed a routing rule, exported the signed audit trail. The CISO's comment: "That's the finding, closed."
- **Week 5:** Castellan's proposal arrived with a seven-month deployment plan, missing the regulator's deadline by three months.
- **Week 11:** signed. Live on day 27.

## Why we won
1. **Implementation risk:** 30 days against seven months, with a 120-day regulatory deadline.
2. **Timing:** the deadline made speed the deciding criterion.
3. **Product fit:** the PCI DSS template mapped directly onto the regulator's finding.

## Lessons
- Meet the security veto-holder by week 3. It worked exactly as the Nordvik post-mortem said it would.
- Regulatory deadlines beat brand. When there's a deadline, lead with a dated deployment plan.
- Castellan rarely discounts, and didn't here. Price wasn't the issue, so I didn't offer a discount either.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance'],
    buyerRoles: ['CIO', 'IT Director', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['MG Special'],
    tags: ['win-story', 'competitor:Castellan', 'compliance', 'security-review'],
    authors: [{ email: 'fatima.el-amin@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 160,
    win: {
      outcome: 'WON',
      competitor: 'Castellan',
      reasons: ['implementation risk', 'timing', 'product fit'],
      lessons:
        'When a regulatory deadline exists, meet the security veto-holder early and lead with a dated deployment plan; speed beats brand.',
    },
  },
  {
    key: 'loss-sunline-retail-gtx-plus-pro-vs-veloria',
    kind: 'WIN_LOSS',
    title: "Loss: Sunline Retail Group (Australia) chose Veloria's usage pricing",
    summary:
      'A seasonal retailer with a cloud-first policy preferred spend that tracks revenue. Our 3-year TCO depended on a growth plan the CFO did not believe.',
    body: `# Loss: Sunline Retail Group chose Veloria's usage pricing

## Deal snapshot

| | |
|---|---|
| Customer | Sunline Retail Group, surf and outdoor apparel, 46 stores across Australia |
| System proposed | GTX Plus Pro, 46 sites |
| Value | $87,400 ACV |
| Cycle | 4 months |
| Winner | Veloria |

## Background
Sunline wanted daily store-level sales and stock data for a new merchandising team. The CIO had a cloud-first policy, and the CFO wanted spend to track revenue because Sunline is very seasonal.

## What happened
- Our offline-mode demo went down well with the Head of Operations. Coastal stores lose connectivity a few times a month.
- The CFO liked Veloria's usage pricing: in the off-season Sunline would pay about 40% less per month.
- We ran the 3-year usage projection from the battlecard. It showed Veloria costing more by year 3, but only if Sunline grew as planned, and the CFO didn't believe his own growth plan.
- The cloud-first policy treated our appliances as an exception needing board approval.
- Veloria won with a year-one quote of $61,000.

## Why we lost
1. **Price:** the pricing model more than the amount. Seasonal spend mattered more than 3-year TCO.
2. **Decision dynamics:** the cloud-first policy meant we needed an exception and Veloria didn't.

## Lessons
- For seasonal businesses, offer quarterly or seasonal billing before the CFO asks. It's a payment term, not a discount.
- Find out in discovery whether a cloud-first policy exists. If it does, position GTX Plus appliances as managed edge devices, like POS terminals, not servers, and get IT to agree with that framing before the demo.
- Stay close to the Head of Operations. The coastal outages haven't gone away, and Veloria has no answer for them.

Aiko's comment when I shared this with the team: we should ask deal desk for a standard seasonal billing option for APAC retail. Request submitted.`,
    visibility: 'TEAM',
    team: 'APAC Commercial',
    industries: ['Retail'],
    buyerRoles: ['CFO', 'CIO', 'Head of Operations'],
    journeyPhases: ['BUYING'],
    products: ['GTX Plus Pro'],
    tags: ['loss-review', 'competitor:Veloria', 'pricing', 'apac'],
    authors: [{ email: 'tom.walker@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 130,
    win: {
      outcome: 'LOST',
      competitor: 'Veloria',
      reasons: ['price', 'decision dynamics'],
      lessons:
        'Offer seasonal billing early to seasonal retailers and uncover any cloud-first policy in discovery, positioning appliances as managed edge devices.',
    },
  },
  {
    key: 'win-crestline-services-gtx-pro-vs-northbeam',
    kind: 'WIN_LOSS',
    title: 'Win: Crestline Facility Services upgrades from Northbeam to GTX Pro',
    summary:
      'Two years of Northbeam outages, next-day support and a failed audit finding. We demoed only the pain points and closed in seven weeks.',
    body: `# Win: Crestline Facility Services upgrades from Northbeam to GTX Pro

## Deal snapshot

| | |
|---|---|
| Customer | Crestline Facility Services, cleaning and maintenance contractor, 1,800 field staff, 160 office users |
| System | GTX Pro |
| ACV | $39,900 (3-year term, 5% multi-year discount) |
| Cycle | 7 weeks |
| Competitor | Northbeam, incumbent for 2 years |

## Background
Crestline bought Northbeam two years ago on price. Since then: three outages longer than four hours, support tickets answered the next business day, and a SOC 2 audit finding because Northbeam's standard tier has no audit log. Their new IT Director called us after a peer recommended us.

## What happened
- **Week 1:** discovery. The Head of Operations listed 11 Northbeam problems without being prompted.
- **Week 2:** a demo focused on exactly two things: the audit log and 24/7 support. We skipped almost everything else.
- **Week 3:** Northbeam offered to move Crestline to their top tier at no extra cost for a year.
- **Week 4:** I suggested the IT Director ask what the free upgrade would cost in year two. Northbeam's answer: 62% more.
- **Week 7:** signed. Migration took five weeks, with Northbeam data exported through our standard import.

## Why we won
1. **Product fit:** audit logs, SSO and 24/7 support are standard on GTX Pro, and those were the problems.
2. **Relationship:** the IT Director came through a peer reference, so we started with trust.

## Lessons
- Northbeam customers at the two-year mark are great targets: the year-3 hardware refresh fee is coming and the support pain is fresh. Diego is building a list of them.
- When a customer is switching, demo only the pain points. Crestline didn't need convincing on features.
- Northbeam's "free upgrade" retention offer always has a year-two price. Ask for it in writing.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Services'],
    buyerRoles: ['Head of Operations', 'IT Director'],
    journeyPhases: ['BUYING'],
    products: ['GTX Pro'],
    tags: ['win-story', 'competitor:Northbeam', 'displacement', 'audit'],
    authors: [{ email: 'hannah.brooks@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 115,
    win: {
      outcome: 'WON',
      competitor: 'Northbeam',
      reasons: ['product fit', 'relationship'],
      lessons:
        "Target Northbeam customers around year two, demo only their pain points, and ask for the year-two price of any 'free upgrade' in writing.",
    },
  },
  {
    key: 'loss-tessera-mobile-mg-advanced-vs-castellan',
    kind: 'WIN_LOSS',
    title: "Loss: Tessera Mobile's security team shortlisted Castellan only",
    summary:
      'We scored 87 to 74 on technical criteria, then a new CISO added a local certification requirement we did not hold. We never met the CISO.',
    body: `# Loss: Tessera Mobile's security team shortlisted Castellan only

## Deal snapshot

| | |
|---|---|
| Customer | Tessera Mobile, mobile operator, 11 million subscribers, Southeast Asia |
| Systems proposed | MG Advanced (6 nodes) for signaling data; GTK 500 for billing events in phase 2 |
| Value | $134,000 ACV in phase 1, $400,000+ including phase 2 |
| Cycle | 5 months, eliminated at shortlist |
| Winner | Castellan |

## Background
Tessera's network operations team invited us after a regional telecom conference. The IT Director ran a structured RFP, and we scored first on technical criteria.

## What happened
- **Months 1 to 3:** the technical evaluation went very well. Mei's MG Advanced proof of concept processed 2.4 billion signaling events in 72 hours.
- **Month 4:** a new group CISO was appointed after a data breach at another operator in the region made headlines.
- The CISO added a mandatory criterion: hardware security modules certified under the national scheme. Castellan holds it; we hold FIPS 140-3 but not the local certification.
- Nobody told us about the new criterion until the shortlist was announced.
- We had no contact with the CISO at any point.

## Why we lost
1. **Decision dynamics:** a late change in criteria, driven by a stakeholder we had never met.
2. **Competitor strength:** Castellan holds the local certification; our application is in progress, expected in about nine months.
3. **Executive sponsorship:** our champion was the IT Director, two levels below the CISO. Nobody with authority argued for us.

## The numbers

| Criterion | Us | Castellan |
|---|---|---|
| Technical score | 87 / 100 | 74 / 100 |
| Price, phase 1, 3 years | $402,000 | About $890,000 |
| Local security certification | Pending | Yes |

## Lessons
- Scoring first technically means nothing if a veto criterion arrives later. Ask monthly: "Has anything changed in the evaluation criteria or the people involved?"
- After a major security incident in the industry, assume the CISO's influence goes up and get to them within two weeks.
- Track local certification gaps by market and share them with the product team. This one cost us a $400,000+ program.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Telecommunications'],
    buyerRoles: ['IT Director', 'CIO', 'CTO'],
    journeyPhases: ['BUYING'],
    products: ['MG Advanced', 'GTK 500'],
    tags: ['loss-review', 'competitor:Castellan', 'security-review', 'rfp', 'apac'],
    authors: [{ email: 'ravi.menon@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 85,
    win: {
      outcome: 'LOST',
      competitor: 'Castellan',
      reasons: ['decision dynamics', 'competitor strength', 'executive sponsorship'],
      lessons:
        'Re-check evaluation criteria and stakeholders every month, reach the CISO within two weeks of any industry security incident, and track local certification gaps.',
    },
  },
  {
    key: 'win-vantage-analytics-gtx-plus-pro-vs-veloria',
    kind: 'WIN_LOSS',
    title: 'Win: Vantage Analytics chose GTX Plus Pro over Veloria for edge processing',
    summary:
      'The CTO had a Veloria letter of intent and "a workaround" for clients that keep data in the factory. The workaround was GTX Plus Pro.',
    body: `# Win: Vantage Analytics chose GTX Plus Pro over Veloria for edge processing

## Deal snapshot

| | |
|---|---|
| Customer | Vantage Analytics, Hamburg-based technology company running sensor analytics at 28 manufacturing client sites |
| System | GTX Plus Pro, 28 sites |
| ACV | $71,200 |
| Cycle | 3 months |
| Competitor | Veloria |

## The story
Vantage's CTO, Dr. Meyer, had already signed a Veloria letter of intent when I met him at a Hamburg meetup. He mentioned, almost in passing, that two of their manufacturing clients didn't allow production data to leave the factory. "We'll find a workaround," he said.

That workaround was the deal.

## What happened
- **Week 1:** I asked how many of their 28 client sites had the same rule. The Data Lead counted: 11.
- **Week 3:** Lars set up a GTX Plus Pro appliance at one factory. Sensor data was processed on site and only aggregates went to Vantage's cloud. Latency dropped from 240 ms to 6 ms.
- **Week 5:** Veloria proposed a "hybrid connector" from next year's roadmap.
- **Week 7:** the CTO presented both options to his CEO and framed it himself: "One vendor solves our client contracts today; the other hopes to next year."
- **Week 12:** signed on a 3-year term.

## Why we won
1. **Product fit:** edge processing with 72-hour offline operation matched the factory rules exactly.
2. **Executive sponsorship:** the CTO owned the decision and sold it to his CEO in his own words.

## Lessons
- Listen for "the workaround." When a buyer says they'll find one, the workaround is usually our product.
- A Veloria letter of intent isn't a contract. It's worth one good question.
- Technical proof on one real site beat any number of slides. Lars's week-3 setup cost us two days and won the deal.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Technology'],
    buyerRoles: ['CTO', 'Data Lead'],
    journeyPhases: ['BUYING'],
    products: ['GTX Plus Pro'],
    tags: ['win-story', 'competitor:Veloria', 'edge-processing', 'poc'],
    authors: [{ email: 'sofia.rossi@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 60,
    win: {
      outcome: 'WON',
      competitor: 'Veloria',
      reasons: ['product fit', 'executive sponsorship'],
      lessons:
        'Listen for the workaround: data that cannot leave a site is an edge-processing requirement Veloria cannot meet, and one real-site proof beats slides.',
    },
  },
  {
    key: 'loss-halden-insurance-gtk-500-vs-quantix',
    kind: 'WIN_LOSS',
    title: 'Loss: Halden Insurance stayed with Quantix after a procurement reset',
    summary:
      'Private notes: eight months on plan, then a new CPO restarted the deal as a tender weighted toward migration risk, and our CFO sponsor left.',
    body: `# Loss: Halden Insurance stayed with Quantix after a procurement reset

Private notes for now. I'll share a cleaned-up version with the team after the account review with Halden's CIO next month.

## Deal snapshot

| | |
|---|---|
| Customer | Halden Insurance, property and casualty insurer, 3,200 employees, Germany and Austria |
| Systems proposed | GTK 500 (4 nodes) and MG Advanced |
| Value | $261,000 ACV |
| Cycle | 11 months: paused at month 8, lost at month 11 |
| Winner | Quantix, Q9 migration |

## What happened
- Months 1 to 7 went to plan. Mutual action plan agreed, security review passed, business case approved by the CFO: $2.1M saved over five years.
- Month 8: Halden hired a new Chief Procurement Officer, who froze all IT contracts above EUR 200,000 and restarted them as formal tenders.
- The tender rewrote the evaluation criteria. "Migration risk" became 30% of the score; price fell to 20%.
- Quantix, as the incumbent, scored the maximum on migration risk by definition.
- Our CFO sponsor left for another insurer in month 9. Her replacement had no history with the project.

## Why we lost
1. **Decision dynamics:** a procurement reset changed the rules after we had won under the old ones.
2. **Timing:** eight months in, the original urgency (Q7 end of support) had been pushed back by a Quantix extended support offer.
3. **Executive sponsorship:** losing our CFO sponsor mid-tender left nobody to argue the business case.

## Lessons (early thoughts)
- When the sponsor changes, restart sponsorship work within two weeks. We waited six.
- Ask Quantix customers directly whether they've been offered extended Q7 support. It removes our forcing event.
- In tenders, propose scoring criteria early, before Procurement writes them. Incumbents benefit when "migration risk" is undefined.
- Could we have bid a lower-risk phased option, MG Advanced first and GTK 500 later? To discuss with Lars.`,
    visibility: 'PRIVATE',
    team: 'EMEA Enterprise',
    industries: ['Finance'],
    buyerRoles: ['CFO', 'Procurement', 'CIO'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500', 'MG Advanced'],
    tags: ['loss-review', 'competitor:Quantix', 'procurement', 'tender'],
    authors: [{ email: 'claire.dubois@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 28,
    win: {
      outcome: 'LOST',
      competitor: 'Quantix',
      reasons: ['decision dynamics', 'timing', 'executive sponsorship'],
      lessons:
        'Restart sponsorship within two weeks of a sponsor change, ask about Quantix extended support offers, and shape tender scoring criteria before Procurement writes them.',
    },
  },
  {
    key: 'win-greenfield-talent-gtx-basic-vs-northbeam',
    kind: 'WIN_LOSS',
    title: 'Win: Greenfield Talent Group moves to GTX Basic after a Northbeam outage',
    summary:
      'Draft: an SDR-sourced win. We reached a staffing agency within a week of a payroll-day Northbeam outage and closed at list price in six weeks.',
    body: `# Win: Greenfield Talent Group moves to GTX Basic after a Northbeam outage (draft)

Draft: Carol is reviewing before I publish. This is my first win/loss write-up on an SDR-sourced deal I followed all the way through.

## Deal snapshot

| | |
|---|---|
| Customer | Greenfield Talent Group, staffing agency, 4 branches, 45 recruiters |
| System | GTX Basic |
| ACV | $18,000, no discount |
| Cycle | 6 weeks |
| Competitor | Northbeam |

## How it started
Greenfield was on my list of Northbeam customers approaching the year-3 hardware refresh. I emailed their Head of Operations the week after Northbeam had a 9-hour outage that hit several staffing agencies on payroll day. She replied in 20 minutes.

## What happened
- **Week 1:** discovery call with Carol. Their pain: no placements could be logged during the outage, and Northbeam support answered the next morning.
- **Week 2:** demo focused on uptime history, 24/7 critical support on GTX Basic, and a 4-to-6-week go-live.
- **Week 3:** Northbeam offered three months free. Greenfield's CEO said: "Free doesn't help when it's down."
- **Week 4:** Carol sent the 3-year TCO. GTX Basic came out $4,800 lower once Northbeam's year-3 hardware refresh was included.
- **Week 6:** signed at list price.

## Why we won
1. **Timing:** we reached out within a week of their worst day with Northbeam.
2. **Product fit:** 24/7 critical support and our uptime record were exactly what they needed.

## Lessons so far
- Watch for Northbeam outages and contact affected customers fast. Be helpful, never gloating.
- Small deals can close at list when the pain is fresh. Don't offer a discount nobody asked for.
- Bring an AE in early on small deals too. Carol's TCO email is what closed it.

Carol, can you double-check the TCO figure against the Northbeam battlecard before this goes live?`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Employment'],
    buyerRoles: ['Head of Operations', 'CFO'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Basic'],
    tags: ['win-story', 'competitor:Northbeam', 'sdr', 'trigger-event'],
    authors: [{ email: 'diego.alvarez@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'DRAFT',
    publishedDaysAgo: 6,
    win: {
      outcome: 'WON',
      competitor: 'Northbeam',
      reasons: ['timing', 'product fit'],
      lessons:
        'Contact Northbeam customers quickly after an outage, keep small deals at list when the pain is fresh, and bring an AE in early.',
    },
  },

  // ───────────────────────────── CLIENT_FACING ───────────────────────────
  {
    key: 'case-study-harbor-pine-gtx-plus-pro',
    kind: 'CLIENT_FACING',
    title: 'Case study: Harbor & Pine cuts store reporting time 63% with GTX Plus Pro',
    summary:
      'How a 120-store home goods retailer moved from 90-minute nightly spreadsheets to 33-minute closes and next-morning data by 07:00.',
    body: `# Case study: Harbor & Pine cuts store reporting time 63% with GTX Plus Pro

**Industry:** Retail | **Locations:** 120 stores, US Northeast and Midwest | **System:** GTX Plus Pro

## The challenge
Harbor & Pine, a home goods retailer, ended every day the same way. Store managers exported sales and stock data from three systems, reconciled them in spreadsheets and emailed them to head office. It took 90 minutes per store, every night. Head office saw yesterday's numbers at 11:00 the next morning, too late to fix stockouts before the weekend rush.

> "Our managers were accountants from 9 pm to 10:30 pm. That's not what we hired them for."
> VP of Store Operations, Harbor & Pine

## The solution
Harbor & Pine rolled out GTX Plus Pro to all 120 stores in 11 weeks:
- A managed appliance in each store consolidates point-of-sale, inventory and staffing data locally.
- The central console gives head office a live view of every store.
- Offline mode keeps stores processing for up to 72 hours if connectivity drops, then syncs automatically.

## The results, first 90 days across all stores

| Metric | Before | After |
|---|---|---|
| End-of-day reporting per store | 90 minutes | 33 minutes |
| Head-office data available | 11:00 next day | 07:00 next day |
| Weekend stockouts on top 200 items | 14 per store per month | 6 per store per month |
| Average install time per store | Not applicable | 22 minutes |

## Why GTX Plus Pro
Harbor & Pine evaluated two vendors. They chose GTX Plus Pro for the central multi-site console, offline resilience, and a fixed per-site price that made the 120-store budget predictable.

> "During a storm, 14 of our stores lost connectivity for most of a Saturday. The pilot stores on GTX Plus Pro didn't notice."
> CFO, Harbor & Pine

## What's next
Harbor & Pine is adding its two distribution centers to the same console and will open 15 new stores on GTX Plus Pro from day one.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Retail'],
    buyerRoles: ['Head of Operations', 'CFO'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Plus Pro'],
    tags: ['case-study', 'reference', 'multi-site'],
    authors: [{ email: 'carol.jensen@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 185,
  },
  {
    key: 'roi-summary-gtx-pro-retail',
    kind: 'CLIENT_FACING',
    title: 'GTX Pro ROI summary for retail head offices',
    summary:
      'A customer-ready ROI model with every input visible: a 60-store retailer with a 140-person head office reaches payback in 3 months and a 424% 3-year ROI.',
    body: `# GTX Pro ROI summary for retail head offices

A one-page model to send after discovery, built from the numbers the customer gave us. This version shows a worked example: a 60-store regional retailer with a 140-person head office. Every input is listed so the customer's finance team can change it.

## Inputs (from discovery)

| Input | Value |
|---|---|
| Head-office staff using GTX Pro | 140 |
| Manual approval and reconciliation hours per person per week | 3 |
| Fully loaded cost per hour | $48 |
| Markdown and pricing errors per month | 35 |
| Average cost per error | $400 |

## Annual benefit

| Benefit | Calculation | Value |
|---|---|---|
| Time saved (20% of manual hours) | 140 x 3 h x 48 weeks x $48 x 20% | $193,536 |
| Fewer pricing errors (40% reduction) | 35 x 12 x $400 x 40% | $67,200 |
| **Total annual benefit** | | **$260,736** |

## Costs

| Cost | Year 1 | Years 2 and 3, each |
|---|---|---|
| GTX Pro subscription | $42,000 | $42,000 |
| Implementation, fixed fee | $9,000 | None |
| Customer project time (300 h x $48) | $14,400 | None |
| **Total** | **$65,400** | **$42,000** |

## Results
- **Payback:** 3.0 months
- **Net benefit, year one:** $195,336
- **3-year ROI:** 424%

## Assumptions we kept conservative
- Only 20% of manual hours are counted as saved, although customers typically automate 40 to 60%.
- Pricing errors are counted at a 40% reduction.
- No benefit is counted for faster decisions or staff retention.

## How to use it
1. Fill in the inputs with the customer during the call, not afterwards.
2. Let their finance team challenge the assumptions. A model they've edited is a model they'll defend.
3. Send it as a PDF with the editable spreadsheet attached.

Priya's note: RevOps tracks win rate by whether an ROI summary was sent. Mid-market deals with one close at 34%; without one, 21%.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Retail'],
    buyerRoles: ['CFO', 'Head of Operations'],
    journeyPhases: ['BUYING'],
    products: ['GTX Pro'],
    tags: ['roi', 'business-case', 'one-pager'],
    authors: [
      { email: 'marcus.lee@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'admin@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 265,
  },
  {
    key: 'pitch-deck-gtk-500-executive',
    kind: 'CLIENT_FACING',
    title: 'GTK 500 pitch deck outline: 12 slides for the first executive meeting',
    summary:
      'A slide-by-slide outline for first meetings with CIOs, CTOs and CFOs, with speaker notes, tailoring by role and rules for the room.',
    body: `# GTK 500 pitch deck outline: 12 slides for the first executive meeting

For a first meeting with a CIO, CTO or CFO at an enterprise considering GTK 500. The deck should take 25 minutes and leave 20 for conversation. If you present every slide, you talked too much.

## Slide by slide

| # | Slide | Key message | Speaker note |
|---|---|---|---|
| 1 | Title | Their company name and the meeting goal | Never our logo alone |
| 2 | What we heard | Their three priorities, in their words | Ask: "Did we get this right?" |
| 3 | The cost of standing still | Run cost, outage risk, end-of-support dates | Use their numbers if you have them |
| 4 | The industry shift | High-throughput processing moving from monolithic platforms to modular clusters | One chart, no more |
| 5 | GTK 500 in one picture | 3-node base cluster, 40,000 tps per node, scale by node | Keep the diagram simple |
| 6 | How it fits their estate | Their systems around our cluster | Built from discovery; skip it if you have no data |
| 7 | Proof | One customer at similar scale | Telecom: Kestrel Telecom, reference call through Sofia |
| 8 | Migration approach | Parallel run, cutover by business unit | The slide that lowers perceived risk |
| 9 | Time to value | 12 to 16 weeks to production | Compare with their last platform project |
| 10 | Commercial model | Annual subscription, scale by node, 3-year price protection | No price on the slide in meeting one |
| 11 | What we'd need from you | Peak load data, architecture session, a sponsor | Turns the pitch into a plan |
| 12 | Next steps | Proposed dates for the workshop and sizing | Propose; don't ask |

## Tailoring by role
- **CFO in the room:** spend longer on slides 3 and 10. Bring the TCO comparison as a leave-behind, not a slide.
- **CTO in the room:** skip slide 4 and spend longer on 5, 6 and 8. Bring Lars or Mei.
- **CIO in the room:** slides 3, 8 and 9 matter most. CIOs are judged on risk and delivery.

## Claire's rules for the room
1. Print slide 2 and hand it out. Executives correct printed pages.
2. Stop after slide 5 and ask a question, whatever happens.
3. If the executive takes the conversation somewhere else, follow. The deck is a backup, not a script.`,
    visibility: 'ORG',
    team: 'Sales Enablement',
    industries: ['Telecommunications', 'Technology', 'Finance'],
    buyerRoles: ['CIO', 'CTO', 'CFO'],
    journeyPhases: ['AWARENESS'],
    products: ['GTK 500'],
    tags: ['pitch-deck', 'executive-meeting', 'messaging'],
    authors: [
      { email: 'jonas.weber@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'claire.dubois@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 245,
  },
  {
    key: 'case-study-harbor-pine-emea',
    kind: 'CLIENT_FACING',
    title: "Case study (EMEA edition): Harbor & Pine's GTX Plus Pro rollout, with GDPR notes",
    summary:
      'The Harbor & Pine results for European retail prospects, plus how the same deployment handles GDPR, works councils and multi-country rollouts.',
    body: `# Case study (EMEA edition): Harbor & Pine's GTX Plus Pro rollout

Adapted from the North America case study for European retail prospects. The results are Harbor & Pine's; the notes below explain how the same deployment works for a European retailer, covering the questions EMEA buyers always ask about data protection, works councils and multi-country rollout.

**Industry:** Retail | **Reference customer:** Harbor & Pine, 120 stores (US) | **System:** GTX Plus Pro

## The results at a glance

| Metric | Before | After |
|---|---|---|
| End-of-day reporting per store | 90 minutes | 33 minutes |
| Head-office data available | 11:00 next day | 07:00 next day |
| Weekend stockouts, top 200 items | 14 per store per month | 6 per store per month |

## What Harbor & Pine did
A managed GTX Plus Pro appliance in each store consolidates sales, inventory and staffing data locally. Head office sees every store in one console, and stores keep running for up to 72 hours offline.

## How the same deployment works in Europe

**Data protection (GDPR)**
- Staff scheduling data is processed on the in-store appliance; only aggregated figures leave the store.
- The central console can be hosted in Frankfurt or Amsterdam, so no transfer outside the EU is needed.
- A data processing agreement and a records-of-processing template are part of the standard contract.

**Works councils**
- In Germany, France and the Netherlands, systems that could monitor employee performance usually need works council consultation. GTX Plus Pro lets you switch off individual-level staff metrics by role, which has helped customers get approval quickly.
- We provide a plain-language system description for works council meetings in German, French and Dutch.

**Multi-country rollout**
- Appliances ship pre-configured with country-specific power and language settings.
- Pricing is per site and identical in every country, invoiced centrally in euros.

## A typical European timeline
Pilot in 5 to 10 stores in one country (6 to 8 weeks), then a country-by-country rollout over 3 to 6 months.

> "The pilot stores on GTX Plus Pro didn't notice the outage."
> CFO, Harbor & Pine`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Retail'],
    buyerRoles: ['Head of Operations', 'CFO', 'IT Director'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTX Plus Pro'],
    tags: ['case-study', 'reference', 'emea', 'gdpr'],
    authors: [
      { email: 'fatima.el-amin@byline.demo', role: 'ADAPTER', share: 70 },
      { email: 'sofia.rossi@byline.demo', role: 'LEAD_AUTHOR', share: 30 },
    ],
    derivedFrom: 'case-study-harbor-pine-gtx-plus-pro',
    status: 'PUBLISHED',
    publishedDaysAgo: 120,
  },
  {
    key: 'one-pager-mg-special',
    kind: 'CLIENT_FACING',
    title: 'MG Special one-pager: a compliance-ready gateway in 30 days',
    summary:
      'Customer-facing one-pager for healthcare and financial services: the audit-evidence problem, what MG Special includes, a four-week deployment and typical results.',
    body: `# MG Special: a compliance-ready gateway in 30 days

**For:** CIOs, IT Directors and compliance leaders in healthcare and financial services who need audit-ready data flows now.

## The problem
Regulators and auditors want proof of who changed what, when and why, for every system that routes sensitive data. Most organizations assemble that proof by hand, from logs never designed for it. Meanwhile, the platform project meant to fix it is still in review.

## What MG Special is
A pre-configured, two-node gateway appliance with compliance controls switched on from day one.
- **Control templates:** HIPAA, PCI DSS 4.0, GDPR and ISO 27001 Annex A
- **Signed, immutable audit log** with 7-year retention export
- **FIPS 140-3 validated key storage**
- **Managed by us:** patches, monitoring and hardware replacement included

## At a glance

| | MG Special |
|---|---|
| Time to production | 30 days from signature |
| Audit evidence export | One click, PDF and CSV |
| Availability | Active-passive pair, 99.9% SLA |
| Commercials | Fixed annual subscription; implementation at a fixed fee |

## How it works
1. **Week 1:** we ship both nodes, pre-configured with your chosen templates.
2. **Week 2:** your team connects source and destination systems alongside our engineers.
3. **Week 3:** parallel run against your current gateway, comparing every routed message.
4. **Week 4:** cutover, plus an auditor-ready evidence pack.

## Results customers report
- Audit preparation time reduced by 60 to 75%
- Regulatory findings on change logging closed in the first month
- No additional headcount needed to operate it

> "That's the finding, closed."
> CISO of a European payment service provider, after a live demo of the PCI DSS template

## Next step
A 30-minute technical session with one of our solutions engineers, using one of your real data flows.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Medical', 'Finance'],
    buyerRoles: ['CIO', 'IT Director', 'Procurement'],
    journeyPhases: ['AWARENESS'],
    products: ['MG Special'],
    tags: ['one-pager', 'compliance', 'security-review'],
    authors: [{ email: 'lars.nilsson@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 150,
  },
  {
    key: 'roi-calculator-gtx-pro-hospitals',
    kind: 'CLIENT_FACING',
    title: 'GTX Pro ROI calculator for hospital networks',
    summary:
      'The retail ROI model adapted for hospital finance teams: supply chain approvals, PO matching and equipment rental overspend. A 4-hospital example pays back in 3.5 months.',
    body: `# GTX Pro ROI calculator for hospital networks

Adapted from the GTX Pro ROI summary for retail head offices. Same structure (inputs, benefits, costs, payback) with benefit lines hospital finance teams recognize: supply chain approvals, purchase order matching and equipment rental overspend. Worked example: a 4-hospital network with a 180-person central operations and supply chain team.

## Inputs (from discovery)

| Input | Value |
|---|---|
| Central operations and supply chain users | 180 |
| Manual approval, PO matching and reconciliation hours per person per week | 3 |
| Fully loaded cost per hour | $48 |
| Annual spend on rented mobile equipment | $2,400,000 |
| Rental overspend from lost or idle equipment | 12% |

## Annual benefit

| Benefit | Calculation | Value |
|---|---|---|
| Time saved (15% of manual hours) | 180 x 3 h x 48 weeks x $48 x 15% | $186,624 |
| Rental overspend avoided (a quarter of it) | $2,400,000 x 12% x 25% | $72,000 |
| **Total annual benefit** | | **$258,624** |

## Costs

| Cost | Year 1 | Years 2 and 3, each |
|---|---|---|
| GTX Pro subscription | $42,000 | $42,000 |
| Implementation, fixed fee | $9,000 | None |
| Security review and HIPAA configuration | $6,000 | None |
| Customer project time (400 h x $48) | $19,200 | None |
| **Total** | **$76,200** | **$42,000** |

## Results
- **Payback:** 3.5 months
- **Net benefit, year one:** $182,424
- **3-year ROI:** 384%

## Hospital-specific notes
- Hospital CFOs discount time savings heavily, so we count only 15% here (the retail version uses 20%).
- Keep clinical outcomes out of the ROI. They matter, but finance teams will reject the whole model if one line looks speculative.
- If patient data flows through these workflows, pair GTX Pro with MG Special: add $36,000 a year and rerun the numbers. Payback stays under six months in this example.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Medical'],
    buyerRoles: ['CFO', 'Head of Operations', 'Procurement'],
    journeyPhases: ['BUYING'],
    products: ['GTX Pro', 'MG Special'],
    tags: ['roi', 'business-case', 'healthcare'],
    authors: [
      { email: 'hannah.brooks@byline.demo', role: 'ADAPTER', share: 70 },
      { email: 'carol.jensen@byline.demo', role: 'LEAD_AUTHOR', share: 30 },
    ],
    derivedFrom: 'roi-summary-gtx-pro-retail',
    status: 'PUBLISHED',
    publishedDaysAgo: 180,
  },
  {
    key: 'value-messages-by-buyer-role',
    kind: 'CLIENT_FACING',
    title: 'Value messages by buyer role: CFO, CIO, CTO, Head of Operations and more',
    summary:
      'One tested message per buyer role, each with a headline, a proof point and a follow-up question, for openers and proposal summaries.',
    body: `# Value messages by buyer role

One message per role, tested in calls across all three regions. Use them as openers and in proposal summaries. Each has a headline, a proof point and a question that keeps the conversation going.

## CFO
**"Predictable cost, payback inside a year."**
- Proof: fixed annual subscriptions; our GTX Pro ROI models typically show payback in 3 to 6 months.
- Ask: "What payback does a project need to get approved here?"

## CIO
**"Modernize without a risky big-bang migration."**
- Proof: parallel-run migrations with cutover by business unit; GTK 500 in production in 12 to 16 weeks.
- Ask: "What happened on the last platform migration you led?"

## CTO
**"Local processing where you need it, cloud where you want it."**
- Proof: 40,000 tps per GTK 500 node; under 10 ms at the edge with GTX Plus Pro.
- Ask: "Where do latency or residency rules limit what your teams can build?"

## IT Director
**"Appliances we manage, so your team doesn't have to."**
- Proof: remote patching and monitoring included; an average store install takes 22 minutes.
- Ask: "How much of your team's week goes to keeping existing systems running?"

## Head of Operations
**"Yesterday's numbers before the morning meeting."**
- Proof: Harbor & Pine moved head-office data from 11:00 to 07:00.
- Ask: "What would you decide differently with data by 7 am?"

## Procurement
**"Transparent pricing, no open-ended services."**
- Proof: published list prices and fixed-fee implementation.
- Ask: "How will you compare vendors whose services costs aren't fixed?"

## Data Lead
**"Fresh, governed data without another pipeline to babysit."**
- Proof: 42 certified connectors and streaming SQL on MG Advanced.
- Ask: "Which pipeline broke most recently, and what did it cost you?"

## CMO
**"Campaign and customer data in one view, without waiting on IT."**
- Proof: GTX Pro feeds existing BI tools within weeks.
- Ask: "Which report do you wait longest for today?"

## VP Sales
**"Pipeline and customer data your reps trust."**
- Proof: GTX Pro consolidates CRM, billing and support data with a full audit history.
- Ask: "How many versions of the forecast exist in your team today?"`,
    visibility: 'ORG',
    team: 'Sales Enablement',
    industries: ['Technology', 'Retail', 'Finance', 'Software', 'Marketing', 'Services'],
    buyerRoles: [
      'CFO',
      'CIO',
      'CTO',
      'IT Director',
      'Head of Operations',
      'Procurement',
      'Data Lead',
      'CMO',
      'VP Sales',
    ],
    journeyPhases: ['AWARENESS'],
    products: ['GTX Pro', 'GTX Plus Pro', 'MG Advanced', 'GTK 500'],
    tags: ['messaging', 'value-proposition', 'personas'],
    authors: [{ email: 'jonas.weber@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 165,
  },
  {
    key: 'case-study-kestrel-telecom-gtk-500',
    kind: 'CLIENT_FACING',
    title: 'Case study: Kestrel Telecom migrates from Quantix to GTK 500 in 14 weeks',
    summary:
      'A 6.5-million-subscriber operator replaced its Quantix Q7 platform with GTK 500 through a six-week parallel run and phased cutover, with zero customer-facing incidents.',
    body: `# Case study: Kestrel Telecom migrates from Quantix to GTK 500 in 14 weeks

**Industry:** Telecommunications | **Region:** Netherlands and Belgium | **System:** GTK 500, 5 nodes

## The challenge
Kestrel Telecom serves 6.5 million mobile and broadband subscribers. For nine years its event processing ran on a Quantix Q7 platform. When Quantix announced end of support for the Q7 series, Kestrel faced a choice: a five-year commitment to Quantix Q9, or a new platform.

The risks were clear. Event processing touches billing, network monitoring and customer care, and any outage during migration would reach customers within minutes.

> "Our integrator told us a migration would take a year. We needed an option that didn't bet the network on a single weekend."
> CTO, Kestrel Telecom

## The approach
- **Architecture workshop:** 31 integrations mapped in two days; 27 covered by certified connectors.
- **Parallel run:** GTK 500 and Quantix ran side by side for six weeks on the same events, with every output compared automatically.
- **Phased cutover:** one business unit at a time, network monitoring first and billing last.

## The results

| Metric | Quantix Q7 | GTK 500 |
|---|---|---|
| Migration time | Not applicable | 14 weeks |
| Customer-facing incidents during migration | Not applicable | 0 |
| Peak processing capacity | 61,000 tps | 200,000 tps |
| Event-to-dashboard latency | About 4 minutes | Under 5 seconds |
| Time to add capacity | 4 to 6 months | 3 weeks per node |

## Why Kestrel chose GTK 500
1. A migration plan the board could approve: parallel running and phased cutover.
2. Less than half the five-year cost of the Quantix Q9 proposal, migration included.
3. Capacity that scales one node at a time.

> "We've already added a sixth node for a new 5G product line. It took three weeks, and nobody outside IT noticed."
> Head of Network Operations, Kestrel Telecom

## About GTK 500
GTK 500 is a high-throughput processing cluster for enterprises that handle tens of thousands of events per second. Each node processes 40,000 transactions per second, and clusters start at three nodes.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Telecommunications'],
    buyerRoles: ['CTO', 'CIO', 'IT Director'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['GTK 500'],
    tags: ['case-study', 'migration', 'competitor:Quantix', 'reference'],
    authors: [
      { email: 'sofia.rossi@byline.demo', role: 'LEAD_AUTHOR', share: 70 },
      { email: 'lars.nilsson@byline.demo', role: 'CO_AUTHOR', share: 30 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 170,
  },
  {
    key: 'pitch-deck-mg-advanced-software-tech',
    kind: 'CLIENT_FACING',
    title: 'MG Advanced pitch deck outline for Software and Technology buyers',
    summary:
      'An eight-slide outline that gives half the meeting to a live cluster: failover on screen, a streaming query on their own schema and a signed-off POC plan.',
    body: `# MG Advanced pitch deck outline for Software and Technology buyers

Software and Technology buyers are engineers at heart. They distrust polished slides and trust live systems. This outline keeps the deck to eight slides and gives half the meeting to a live cluster.

## Outline

| # | Slide | Message | Notes |
|---|---|---|---|
| 1 | Their stack today | Their data flow, drawn from discovery | Ask them to correct it on screen |
| 2 | Where it breaks | Pipelines, failover, late data | Use their incidents if they shared any |
| 3 | MG Advanced in one diagram | 2 to 8 node active-active cluster, 42 connectors, streaming SQL | One diagram, no marketing icons |
| 4 | Live demo | Kill a node, watch failover in under 4 seconds | Switch to the live cluster here |
| 5 | Their data, live | A streaming query on their field names | Load a sample schema beforehand |
| 6 | Fits what you have | Kafka, Snowflake, BigQuery, dbt | MG Advanced replaces glue code, not their warehouse |
| 7 | Cost model | Fixed annual subscription, $14,000 per extra node | Contrast with usage-based bills |
| 8 | Validation plan | 2-week POC with success criteria | Agree the criteria in the room |

## Demo checklist
- Cluster running on 4 nodes, so failover is visible and safe.
- Their sample schema loaded 24 hours ahead.
- Latency dashboard open on a second screen.

## Handling the room
- **Engineers ask hard questions early.** Welcome it: "Good question. Let me show you rather than tell you."
- **"We could build this ourselves."** "You could. How many engineers would maintain it in year two? Our customers usually estimate two or three full-time engineers; MG Advanced costs less than one."
- **"Veloria does this in the cloud."** Ask about data volume growth and latency, and use the Veloria battlecard.

## Tailoring
- **Software companies:** emphasize connectors and the SDK. They will want to extend it.
- **Technology hardware companies:** emphasize edge-to-core data flow and high availability.

## What a good meeting ends with
A signed-off POC plan: three success criteria, two weeks, and named engineers on both sides.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Software', 'Technology'],
    buyerRoles: ['CTO', 'Data Lead', 'IT Director'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['MG Advanced'],
    tags: ['pitch-deck', 'demo', 'poc'],
    authors: [{ email: 'mei.lin@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 125,
  },
  {
    key: 'one-pager-gtk-500-financial-services',
    kind: 'CLIENT_FACING',
    title: 'GTK 500 for financial services: a one-pager for risk and IT leaders',
    summary:
      'The GTK 500 executive pitch condensed into a one-pager banks and insurers can circulate internally: DORA, Q7 end of support, resilience and migration risk.',
    body: `# GTK 500 for financial services

Adapted from the GTK 500 executive pitch deck for banks and insurers, who asked for something they could circulate internally before a first meeting.

**For:** CIOs, CFOs and IT Directors at banks, insurers and payment providers.

## The pressure on financial services platforms
- **Operational resilience rules:** DORA requires EU financial entities to test recovery plans and report major ICT incidents quickly.
- **End of support:** many event-processing platforms, including the Quantix Q7 series, reach end of support in 2026.
- **Volume growth:** instant payments and card transactions keep pushing peak loads higher.

## What GTK 500 is
A high-throughput processing cluster that runs in your own data center.
- 40,000 transactions per second per node; clusters start at three nodes and grow one node at a time
- Active-active operation with no single point of failure
- A signed audit trail for every configuration change
- FIPS 140-3 validated key storage

## What it means for you

| Priority | GTK 500 |
|---|---|
| Resilience | N+1 sizing as standard; a node failure has no service impact |
| Regulatory evidence | Exportable audit and recovery-test reports |
| Migration risk | Parallel run with your current platform; cutover by business line |
| Time to production | 12 to 16 weeks |
| Cost predictability | Fixed annual subscription with 3-year price protection |

## How we typically start
1. **Architecture session (half a day):** map your current platform and integrations.
2. **Sizing:** based on your busiest hour in the last 12 months.
3. **Resilience plan:** a documented recovery and testing approach for your regulatory file.

## Proof
GTK 500 replaced a Quantix platform at a European telecom operator in 14 weeks with zero customer-facing incidents. Financial services references are available on request, under NDA.`,
    visibility: 'ORG',
    team: 'EMEA Enterprise',
    industries: ['Finance'],
    buyerRoles: ['CIO', 'CFO', 'IT Director'],
    journeyPhases: ['AWARENESS'],
    products: ['GTK 500'],
    tags: ['one-pager', 'resilience', 'dora', 'competitor:Quantix'],
    authors: [{ email: 'claire.dubois@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    derivedFrom: 'pitch-deck-gtk-500-executive',
    status: 'PUBLISHED',
    publishedDaysAgo: 100,
  },
  {
    key: 'pitch-deck-mg-advanced-telco',
    kind: 'CLIENT_FACING',
    title: 'MG Advanced pitch deck outline, Telecommunications edition',
    summary:
      "Mei's MG Advanced outline adapted for operators: certifications on slide 2, signaling volumes, regulator-mandated retention and the CISO in the room by meeting two.",
    body: `# MG Advanced pitch deck outline, Telecommunications edition

Adapted from Mei's MG Advanced outline for Software and Technology buyers. Telecom operators share the engineering mindset, but they care about three things the original deck underplays: signaling volumes, regulator-mandated retention and vendor certifications. After the Tessera loss, certifications go on slide 2, not slide 8.

## Outline (9 slides)

| # | Slide | Message | Change from the original |
|---|---|---|---|
| 1 | Their network data flows | Signaling, CDRs, network telemetry | Telecom-specific data types |
| 2 | Security and certifications | FIPS 140-3, ISO 27001, status of local schemes | **New:** address the CISO early |
| 3 | Where it breaks | Peak events (New Year, big matches), late CDRs | Use their own peak dates |
| 4 | MG Advanced in one diagram | 2 to 8 node cluster, streaming SQL | Same |
| 5 | Live demo at telecom volume | Replay 50,000 events per second, kill a node | Higher volume than the original |
| 6 | Retention and lawful access | 30 days hot, export to their archive | **New:** regulators ask |
| 7 | Fits with OSS and BSS | Connectors for common OSS/BSS platforms and Kafka | Replaces the generic stack slide |
| 8 | Cost model | Fixed subscription versus per-event pricing | Same |
| 9 | Validation plan | 3-week POC replaying their traffic | One week longer than the original |

## Who must be in the room by meeting two
- CTO or Head of Network Operations, as sponsor
- IT Director, as owner
- The CISO or a delegate. Non-negotiable after Tessera.

## Phrases that land with operators
- "Your busiest five minutes of the year, handled with a node to spare."
- "Retention your regulator can audit, without another archive project."

## Growth path
MG Advanced handles signaling and telemetry. When billing events go above 20,000 tps, introduce GTK 500 as phase 2 and size it with the GTK 500 sizing guide.

## Local certifications
Check with Mei before meeting one; requirements differ by country and change often. If a certification is pending, say so on slide 2 and give the expected date. Being open about it beats being surprised at the shortlist.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Telecommunications'],
    buyerRoles: ['CTO', 'IT Director', 'CIO'],
    journeyPhases: ['AWARENESS', 'BUYING'],
    products: ['MG Advanced', 'GTK 500'],
    tags: ['pitch-deck', 'security-review', 'apac'],
    authors: [{ email: 'ravi.menon@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    derivedFrom: 'pitch-deck-mg-advanced-software-tech',
    status: 'PUBLISHED',
    publishedDaysAgo: 75,
  },
  {
    key: 'case-study-pacifica-software-gtx-pro',
    kind: 'CLIENT_FACING',
    title: 'Case study: Pacifica Software keeps payroll data in-country with GTX Pro',
    summary:
      'A Southeast Asian payroll SaaS met customer residency clauses in Singapore, Indonesia and Malaysia with one GTX Pro appliance per country, live in 9 weeks.',
    body: `# Case study: Pacifica Software keeps payroll data in-country with GTX Pro

**Industry:** Software | **Region:** Singapore, Indonesia, Malaysia | **System:** GTX Pro, 3 appliances

## The challenge
Pacifica Software provides payroll software to more than 900 businesses across Southeast Asia. As it expanded from Singapore into Indonesia and Malaysia, its largest customers began adding data residency clauses to their contracts: payroll data had to be processed and stored in-country.

The cloud-only options Pacifica had considered couldn't guarantee that for Indonesia. Without a solution, two of its largest prospects, together 14% of planned revenue, would not sign.

> "Residency went from a legal footnote to a deal-breaker in about six weeks."
> CTO, Pacifica Software

## The solution
- One GTX Pro appliance per country, in local colocation facilities in Singapore, Jakarta and Kuala Lumpur.
- Payroll data is processed and stored in-country; only anonymized aggregates reach Pacifica's central analytics.
- GTX Pro output feeds Pacifica's existing BI tool, so the data team kept its dashboards.

## The results, first five months

| Metric | Result |
|---|---|
| Time to go live in three countries | 9 weeks |
| Processing latency in Jakarta | 8 ms |
| Enterprise deals unblocked by residency | 6, including both original prospects |
| Cross-border transfers of payroll data | 0 |

## Why GTX Pro
Pacifica also evaluated a cloud-only platform that offered in-country hosting as a future roadmap item. It chose GTX Pro because it met the requirement on day one.

> "Our customers' legal teams used to take weeks to approve us. Now we send the architecture diagram and they sign off in days."
> Head of Legal, Pacifica Software

## What's next
Pacifica is preparing a Vietnam launch and plans a fourth GTX Pro appliance in Ho Chi Minh City.`,
    visibility: 'ORG',
    team: 'APAC Commercial',
    industries: ['Software'],
    buyerRoles: ['CTO', 'Data Lead'],
    journeyPhases: ['AWARENESS'],
    products: ['GTX Pro'],
    tags: ['case-study', 'data-residency', 'reference', 'apac'],
    authors: [
      { email: 'mei.lin@byline.demo', role: 'LEAD_AUTHOR', share: 60 },
      { email: 'ravi.menon@byline.demo', role: 'CO_AUTHOR', share: 40 },
    ],
    status: 'PUBLISHED',
    publishedDaysAgo: 8,
  },
  {
    key: 'roi-summary-gtk-500-lumen-renewal',
    kind: 'CLIENT_FACING',
    title: "GTK 500 ROI summary for Lumen Studios' next Quantix renewal",
    summary:
      'Private working draft: a 3-year stay-versus-move model for Lumen Studios and a cash-flow structure for the CFO, starting well over a year before renewal.',
    body: `# GTK 500 ROI summary for Lumen Studios' next renewal (draft)

Private working draft. Lumen's Quantix renewal runs another 30 months, and this time I'm starting early, as the post-mortem said. Not ready to share yet: the figures need Mei's check and a conversation with their CFO.

## What we know
- Peak load: 140,000 tps during major live events, expected to reach 190,000 within two years because of a new streaming rights deal.
- Quantix renewal price: roughly $420,000 a year after their 35% discount, plus event-day support fees.
- Two event-day incidents in the last 12 months, one during a finals broadcast.
- The CFO's main concern: cash in the current financial year.

## Draft model (3 years)

| Line | Stay on Quantix | Move to GTK 500, 8 nodes |
|---|---|---|
| Platform subscription | $1,260,000 | $1,005,000 |
| Implementation | None | $45,000 |
| Event-day support fees | $180,000 | Included |
| Capacity for 190,000 tps | About $250,000 (Q9 expansion) | Included in the 8-node design |
| **3-year total** | **$1,690,000** | **$1,050,000** |

## Cash-flow option for the CFO
- Implementation spread over four quarterly payments.
- Quarterly billing in year one; deal desk has approved this structure for other accounts.
- Start on 6 nodes for today's 140,000 tps peak and add 2 nodes when the new streaming rights begin, which lowers year-one cost by $76,000.

## Risks and open questions
1. Does the new streaming rights deal really start next year? Ask the CTO.
2. Who is Quantix's partner contact now? The CFO relationship is our biggest gap.
3. Will Quantix offer another retention discount? Assume yes, 35% again, and model it.

## Next steps
- Coffee with the CFO in Sydney next month, with Aiko joining.
- Mei to validate the 8-node design against their latest event traffic.`,
    visibility: 'PRIVATE',
    team: 'APAC Commercial',
    industries: ['Entertainment'],
    buyerRoles: ['CFO', 'CTO'],
    journeyPhases: ['BUYING'],
    products: ['GTK 500'],
    tags: ['roi', 'renewal', 'competitor:Quantix', 'account-plan'],
    authors: [{ email: 'tom.walker@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'DRAFT',
    publishedDaysAgo: 9,
  },
  {
    key: 'one-pager-gtx-basic-staffing',
    kind: 'CLIENT_FACING',
    title: 'GTX Basic one-pager for staffing and employment agencies',
    summary:
      'A customer-facing one-pager for staffing agencies with up to 50 internal users: placements, timesheets and invoices in one place, with 24/7 critical support.',
    body: `# GTX Basic for staffing and employment agencies

**For:** Heads of Operations and owners of staffing agencies with up to 50 internal users.

## Sound familiar?
- Placements, timesheets and invoices live in three systems that don't talk to each other.
- Payroll day means a spreadsheet marathon.
- When your software goes down, recruiters can't log placements, and support answers tomorrow.

## What GTX Basic does
GTX Basic connects your applicant tracking, timesheet and billing tools and gives your team one reliable place to run daily operations.
- **One view of every placement:** candidate, client, hours and invoice status
- **Automated timesheet-to-invoice checks** that catch billing errors before your clients do
- **24/7 critical support**, even on our entry-level system
- **A managed appliance:** we monitor, patch and replace the hardware, so no IT team is needed

## At a glance

| | GTX Basic |
|---|---|
| Users | Up to 50 |
| Go-live | 4 to 6 weeks |
| Price | $18,000 a year, fixed |
| Hardware refresh | Included |
| Upgrade path | GTX Pro, credited pro rata |

## What agencies see
- Payroll preparation cut from two days to half a day
- Billing disputes down by half in the first quarter
- No lost placements during internet outages: recruiters keep working on the local appliance

> "Free doesn't help when it's down. We wanted something that works on payroll day."
> CEO of a four-branch staffing agency

## Get started
Book a 20-minute call. We'll map your current tools and tell you honestly whether GTX Basic is the right fit, or whether you need something bigger.`,
    visibility: 'ORG',
    team: 'North America Mid-Market',
    industries: ['Employment', 'Services'],
    buyerRoles: ['Head of Operations', 'CFO'],
    journeyPhases: ['AWARENESS'],
    products: ['GTX Basic'],
    tags: ['one-pager', 'staffing', 'smb'],
    authors: [{ email: 'diego.alvarez@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'PUBLISHED',
    publishedDaysAgo: 4,
  },
  {
    key: 'value-brief-cmo-gtx-pro',
    kind: 'CLIENT_FACING',
    title: 'Value brief for CMOs: GTX Pro campaign data without the IT queue',
    summary:
      'Draft first-conversation brief for marketing leaders: one-line message, three proof points, CMO discovery questions and what to leave out.',
    body: `# Value brief for CMOs: GTX Pro campaign data without the IT queue (draft)

Draft. Started after the Brightwave loss: we keep meeting CMOs with an IT-first story. I'll share this with the team once Hannah and Carol have tried it on two calls each.

## Who this is for
CMOs and marketing leaders at Marketing, Entertainment and Retail companies with 100 to 250 marketing and sales users, who own a data problem but don't have an IT team of their own.

## The message in one line
"Your campaign, customer and revenue data in one governed view within six weeks, without filing a ticket with IT."

## Three proof points
1. **Speed:** GTX Pro goes live in 6 to 8 weeks, and the first dashboard is usually ready in week 3.
2. **Your tools stay:** GTX Pro feeds your existing BI and marketing tools, so nobody has to learn a new dashboard.
3. **No surprise bills:** a fixed $42,000 a year, however much campaign data you process.

## Discovery questions for the CMO
- "Which report do you wait longest for, and what decision does it hold up?"
- "How many people on your team spend time stitching data together each week?"
- "When you present to the board, where do your numbers come from?"
- "Has anyone quoted you usage-based pricing? What happens to it in your peak season?"

## What to leave out
- Appliances, nodes, throughput. Say "managed by us" and move on.
- Long architecture slides. Show one dashboard built on their data.
- Selling to the Data Lead when the CMO decides. See the Brightwave post-mortem.

## Competitive note
Veloria is the usual alternative for CMOs. Where there's no residency or offline need, compete on predictable pricing and time to the first dashboard with their data, not on architecture.

## Still to test
- Whether "no IT ticket" lands well, or worries the CIO.
- Which price anchor works better: the annual figure, or $168 per marketing user per year at 250 users?`,
    visibility: 'PRIVATE',
    team: 'North America Mid-Market',
    industries: ['Marketing', 'Entertainment', 'Retail'],
    buyerRoles: ['CMO', 'Data Lead'],
    journeyPhases: ['AWARENESS'],
    products: ['GTX Pro'],
    tags: ['messaging', 'value-proposition', 'personas', 'competitor:Veloria'],
    authors: [{ email: 'marcus.lee@byline.demo', role: 'LEAD_AUTHOR', share: 100 }],
    status: 'DRAFT',
    publishedDaysAgo: 3,
  },
];

const ASSET_KINDS: readonly DemoAsset['kind'][] = ['ENABLEMENT', 'BEST_PRACTICE', 'WIN_LOSS', 'CLIENT_FACING'];
const VISIBILITIES: readonly DemoAsset['visibility'][] = ['ORG', 'TEAM', 'PRIVATE'];
const STATUSES: readonly DemoAsset['status'][] = ['PUBLISHED', 'DRAFT'];
const AUTHOR_ROLES: readonly DemoAsset['authors'][number]['role'][] = [
  'LEAD_AUTHOR',
  'CO_AUTHOR',
  'ADAPTER',
  'SUBJECT_MATTER_EXPERT',
  'REVIEWER',
];
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|competitor:[A-Z][A-Za-z]+)$/;

/** Words in a Markdown body: whitespace-separated tokens with at least one letter or digit (table pipes and bullets don't count). */
function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length;
}

/** Problems with the demo assets; an empty list means the data is consistent. */
export function checkDemoAssets(assets: DemoAsset[] = DEMO_ASSETS): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const known = <T extends string>(list: readonly T[], value: string): boolean =>
    (list as readonly string[]).includes(value);
  const checkList = (where: string, field: string, values: string[], allowed: readonly string[]) => {
    if (values.length === 0) problems.push(`${where}: ${field} is empty`);
    for (const value of values) if (!allowed.includes(value)) problems.push(`${where}: unknown ${field} "${value}"`);
    if (new Set(values).size !== values.length) problems.push(`${where}: duplicate ${field}`);
  };

  assets.forEach((asset, index) => {
    const where = `#${index} ${asset.key}`;
    if (!KEY_PATTERN.test(asset.key)) problems.push(`${where}: key is not a slug`);
    if (asset.derivedFrom !== undefined) {
      if (asset.derivedFrom === asset.key) problems.push(`${where}: derivedFrom references itself`);
      else if (!seen.has(asset.derivedFrom)) {
        const later = assets.some((a) => a.key === asset.derivedFrom);
        problems.push(
          `${where}: derivedFrom "${asset.derivedFrom}" is ${later ? 'not earlier in the list' : 'unknown'}`,
        );
      }
    }
    if (seen.has(asset.key)) problems.push(`${where}: duplicate key`);
    seen.add(asset.key);

    if (!known(ASSET_KINDS, asset.kind)) problems.push(`${where}: unknown kind "${asset.kind}"`);
    if (!known(VISIBILITIES, asset.visibility)) problems.push(`${where}: unknown visibility "${asset.visibility}"`);
    if (!known(STATUSES, asset.status)) problems.push(`${where}: unknown status "${asset.status}"`);
    if (!known(DEMO_ASSET_TEAMS, asset.team)) problems.push(`${where}: unknown team "${asset.team}"`);
    if (asset.title.trim().length === 0 || asset.title.length > 120) {
      problems.push(`${where}: title must be 1-120 characters`);
    }
    if (asset.summary.trim().length === 0) problems.push(`${where}: empty summary`);
    const words = countWords(asset.body);
    if (words < 150 || words > 450) problems.push(`${where}: body has ${words} words (expected 150-450)`);
    if (!Number.isInteger(asset.publishedDaysAgo) || asset.publishedDaysAgo < 1 || asset.publishedDaysAgo > 360) {
      problems.push(`${where}: publishedDaysAgo ${asset.publishedDaysAgo} outside 1-360`);
    }

    checkList(where, 'product', asset.products, DEMO_PRODUCTS);
    checkList(where, 'industry', asset.industries, DEMO_INDUSTRIES);
    checkList(where, 'buyer role', asset.buyerRoles, DEMO_BUYER_ROLES);
    checkList(where, 'journey phase', asset.journeyPhases, DEMO_JOURNEY_PHASES);
    for (const tag of asset.tags) {
      if (!TAG_PATTERN.test(tag)) problems.push(`${where}: malformed tag "${tag}"`);
      const competitor = tag.startsWith('competitor:') ? tag.slice('competitor:'.length) : undefined;
      if (competitor !== undefined && !known(DEMO_COMPETITORS, competitor)) {
        problems.push(`${where}: unknown competitor tag "${tag}"`);
      }
    }
    if (new Set(asset.tags).size !== asset.tags.length) problems.push(`${where}: duplicate tag`);

    if (asset.authors.length === 0) problems.push(`${where}: no authors`);
    const emails = asset.authors.map((a) => a.email);
    if (new Set(emails).size !== emails.length) problems.push(`${where}: duplicate author email`);
    for (const author of asset.authors) {
      if (!known(DEMO_AUTHOR_EMAILS, author.email)) problems.push(`${where}: unknown author "${author.email}"`);
      if (!known(AUTHOR_ROLES, author.role)) problems.push(`${where}: unknown author role "${author.role}"`);
      if (!Number.isInteger(author.share) || author.share < 0 || author.share > 100) {
        problems.push(`${where}: share ${author.share} of ${author.email} is not a whole percent`);
      }
    }
    const total = asset.authors.reduce((sum, a) => sum + a.share, 0);
    if (total !== 100) problems.push(`${where}: author shares sum to ${total}, not 100`);
    if (!asset.authors.some((a) => a.role === 'LEAD_AUTHOR')) problems.push(`${where}: no LEAD_AUTHOR`);

    if (asset.kind === 'WIN_LOSS') {
      if (!asset.win) problems.push(`${where}: WIN_LOSS asset without win details`);
      else {
        if (asset.win.outcome !== 'WON' && asset.win.outcome !== 'LOST') {
          problems.push(`${where}: unknown outcome "${String(asset.win.outcome)}"`);
        }
        if (!known(DEMO_COMPETITORS, asset.win.competitor)) {
          problems.push(`${where}: unknown competitor "${asset.win.competitor}"`);
        }
        if (!asset.tags.includes(`competitor:${asset.win.competitor}`)) {
          problems.push(`${where}: missing tag competitor:${asset.win.competitor}`);
        }
        checkList(where, 'win reason', asset.win.reasons, DEMO_WIN_LOSS_REASONS);
        if (asset.win.lessons.trim().length === 0) problems.push(`${where}: empty lessons`);
      }
    } else if (asset.win) {
      problems.push(`${where}: win details on a ${asset.kind} asset`);
    }
  });
  return problems;
}
