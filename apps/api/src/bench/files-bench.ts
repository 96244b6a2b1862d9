import { DataSource } from 'typeorm';
import { SimilarityRepository } from '../modules/similarity/similarity.repository.js';
import { SimilarityService } from '../modules/similarity/similarity.service.js';
import { bandKeys, estimate, jaccard, signatureOf } from '../modules/similarity/minhash.js';
import { freshByline, percentile, seconds, summary, timed } from './bench-support.js';
import type { DatabaseKind } from './bench-support.js';
import {
  analyzeSimilarity,
  assetTextPage,
  bandRows,
  insertProbeAsset,
  insertSignatures,
} from './files-bench.repository.js';
import { seedAssets, seedPeople } from './seed.js';

const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const TARGET_MS = 50;
const BATCH = 2000;
/** Near-copies change every 25th word: about 0.8 the same, well above the 0.6 threshold. */
const COPY_EDIT_EVERY = 25;

/** The same text with every `every`-th word replaced: a near-copy. */
function nearCopy(text: string, every: number, salt: number): string {
  return text
    .split(/\s+/)
    .map((w, i) => (i % every === every - 1 ? `edit${salt}x${i}` : w))
    .join(' ');
}

/**
 * Seeds ASSETS assets with their whole-text signatures (computed as the service computes them, stored in bulk) and
 * prints the similarity lookup's p50/p95 (band index, candidates, estimates) for near-copies and for unrelated text,
 * and a whole check of a new version (rolled back), next to the 50 ms target.
 */
export async function filesBench(kind: DatabaseKind, print: (line: string) => void = console.log): Promise<void> {
  const db = await freshByline(kind, 'files');
  try {
    let started = performance.now();
    const users = await seedPeople(db.sql, 10, 20);
    await seedAssets(db.sql, users, ASSETS, (done) => {
      if (done % 20000 === 0 || done === ASSETS) process.stdout.write(`\r  seeding ${kind}: ${done}/${ASSETS} assets`);
    });
    const texts: { id: string; text: string }[] = [];
    let signed = 0;
    for (let after: string | null = null; ;) {
      const page = await assetTextPage(db.sql, after, BATCH);
      if (!page.length) break;
      after = page[page.length - 1].id;
      const rows = page.flatMap((a) => {
        const signature = signatureOf(a.text);
        return signature ? [{ assetId: a.id, ...signature, bandKeys: bandKeys(signature.minhash, 'whole') }] : [];
      });
      await insertSignatures(db.sql, rows);
      if (texts.length < RUNS * 2) texts.push(...page.filter((_, i) => i % 97 === 0));
      signed += rows.length;
      process.stdout.write(`\r  signing ${kind}: ${signed}/${ASSETS} assets`);
    }
    await analyzeSimilarity(db.sql);
    const probe = await insertProbeAsset(db.sql, users[0]);
    print(
      `\r  ${kind}: seeded ${ASSETS} assets and ${signed} signatures (${await bandRows(db.sql)} band rows) in ${seconds(started)} s`,
    );

    const dataSource = db.byline.app.get(DataSource);
    const repository = db.byline.app.get(SimilarityRepository);
    const service = db.byline.app.get(SimilarityService);
    const lookup = async (text: string) => {
      const signature = signatureOf(text)!;
      const keys = bandKeys(signature.minhash, 'whole');
      const candidates = await repository.candidates(
        dataSource.manager,
        probe,
        keys.map(() => 0),
        keys,
        20,
        200,
      );
      return candidates.filter((c) => estimate(signature.minhash, c.minhash) >= 0.6).map((c) => c.assetId);
    };
    started = performance.now();
    const pairs = Array.from({ length: RUNS }, (_, i) => {
      const original = texts[i % texts.length];
      return { original, copy: nearCopy(original.text, COPY_EDIT_EVERY, i) };
    });
    const exact = pairs.map((p) => jaccard(p.original.text, p.copy));
    const found = new Array<boolean>(RUNS).fill(false);
    const copies = await timed(RUNS, async (i) => {
      found[i] = (await lookup(pairs[i].copy)).includes(pairs[i].original.id);
    });
    const unrelated = await timed(RUNS, (i) => lookup(nearCopy(texts[(i * 7) % texts.length].text, 1, i)));
    const checks = await timed(RUNS / 2, async (i) => {
      // A whole check (signature written, lookup, matches recorded), rolled back so every run starts alike.
      await dataSource
        .transaction(async (em) => {
          await service.check(em, probe, { text: nearCopy(texts[i % texts.length].text, COPY_EDIT_EVERY, i) });
          throw new RolledBack();
        })
        .catch((e: unknown) => {
          if (!(e instanceof RolledBack)) throw e;
        });
    });
    const verdict = (times: number[]) => (percentile(times, 95) <= TARGET_MS ? 'within' : 'OVER');
    print(`  ${kind}, ${ASSETS} assets (${seconds(started)} s of lookups), target p95 ≤ ${TARGET_MS} ms:`);
    print(
      `    lookup, a near-copy           ${summary(copies)}  ${verdict(copies)} target; found ${found.filter(Boolean).length}/${RUNS}`,
    );
    print(
      `      (near-copies: every ${COPY_EDIT_EVERY}th word changed, exact Jaccard ${Math.min(...exact).toFixed(2)}–${Math.max(...exact).toFixed(2)})`,
    );
    print(`    lookup, unrelated text        ${summary(unrelated)}  ${verdict(unrelated)} target`);
    print(`    check of a new version        ${summary(checks)}  ${verdict(checks)} target`);
  } finally {
    await db.close();
  }
}

class RolledBack extends Error {}
