import argon2 from 'argon2';
import type pg from 'pg';
import { readDemoTaxonomy } from '../modules/setup/demo-data.js';
import {
  analyze,
  benchPeopleIds,
  insertBenchPeople,
  insertGeneratedAssets,
  insertTaxonomy,
  makeAdmin,
} from './bench.repository.js';

export const BENCH_PASSWORD = 'bench-password-1';

const WORDS = `pricing discount procurement renewal expansion upsell onboarding implementation security compliance
integration analytics dashboard forecast pipeline quota territory champion sponsor objection budget roi payback
migration cloud hybrid latency uptime support escalation contract negotiation legal redline pilot proof concept
workshop discovery demo evaluation shortlist competitor incumbent switching costs risk mitigation timeline
stakeholder executive cfo cio cto operations finance retail medical telecom software services employment
marketing entertainment technology hospital bank insurer manufacturer logistics warehouse fleet energy utility
gtx basic pro plus special advanced gtk playbook battlecard checklist template email sequence call script case
study testimonial reference value message one pager deck outline webinar whitepaper benchmark survey interview
lesson learned win loss reason churn retention adoption training certification enablement coaching feedback
cadence prospecting outbound inbound referral partner channel reseller marketplace bundle tier licence seat usage`
  .split(/\s+/)
  .filter(Boolean);

export const VOCABULARY = WORDS;

/** `count` teams and `perTeam` people in each, all with BENCH_PASSWORD; returns the user ids. */
export async function seedPeople(sql: pg.Client, teams: number, perTeam: number): Promise<string[]> {
  await insertBenchPeople(sql, teams, perTeam, await argon2.hash(BENCH_PASSWORD));
  // The first person administers, so reports can be read for anyone.
  await makeAdmin(sql, 'bench1-1@bench.byline');
  return benchPeopleIds(sql);
}

/**
 * `count` published ORG assets with generated text and tags, each led by one of `users`; in batches. Bodies mix a
 * small sales vocabulary (every word is common) with customer and project names (each in a few dozen assets).
 * Industries and products are the demo's.
 */
export async function seedAssets(
  sql: pg.Client,
  users: string[],
  count: number,
  onBatch: (done: number) => void,
): Promise<void> {
  const { industries, products } = readDemoTaxonomy();
  await insertTaxonomy(sql, industries, products);
  const batch = 5000;
  for (let done = 0; done < count; done += batch) {
    const n = Math.min(batch, count - done);
    await insertGeneratedAssets(sql, users, VOCABULARY, n, industries, products);
    onBatch(done + n);
  }
  await analyze(sql);
}
