import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { jaccard } from '../../src/modules/similarity/minhash.js';
import { SimilarityService } from '../../src/modules/similarity/similarity.service.js';
import type { SimilarityText } from '../../src/modules/similarity/similarity.service.js';
import { Role } from '../../src/modules/user/user.entity.js';
import { createAsset, deriveAsset, publish } from '../factories/asset.factory.js';
import { CREDIT_STATEMENT, creditOf, reuse } from '../factories/credit.factory.js';
import { person } from '../factories/user.factory.js';
import type { SignedIn } from '../factories/user.factory.js';
import { graphql } from '../generated/gql.js';
import { errorCode, startTestApp } from '../support/test-app.js';
import type { TestApp } from '../support/test-app.js';

const SIMILAR = graphql(`
  query SimilarAssets($assetId: ID!) {
    similarAssets(assetId: $assetId) {
      similarity
      partial
      declined
      slidesLabel
      slides {
        n
        matchedN
        similarity
      }
      asset {
        id
        title
        authors {
          user {
            name
          }
        }
      }
    }
  }
`);
const ADAPT = graphql(`
  mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {
    adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {
      id
      status
      derivedFrom {
        id
      }
      authors {
        role
        user {
          id
        }
      }
    }
  }
`);
const DECLINE = graphql(`
  mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {
    declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {
      declined
      asset {
        id
      }
    }
  }
`);
const REVIEWS = graphql(`
  query AttributionReviews($assetId: ID) {
    attributionReviews(assetId: $assetId) {
      id
      status
      similarity
      asset {
        id
      }
      matchedAsset {
        id
        title
        authors {
          user {
            id
          }
        }
      }
      matches {
        similarity
        asset {
          id
        }
      }
    }
  }
`);
const RESOLVE = graphql(`
  mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {
    resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {
      id
      status
      derivedFromId
    }
  }
`);
const ENTRIES = graphql(`
  query SimilarityCreditEntries($userId: ID!) {
    creditEntries(userId: $userId, first: 100) {
      edges {
        node {
          points
          reason
          sourceReason
          explanation
          attributionReviewId
          asset {
            id
          }
        }
      }
    }
  }
`);

/** Words of this test's own, so no other asset in the shared database resembles them. */
const prose = (n: number) =>
  Array.from({ length: n }, () => `w${randomUUID().replace(/-/g, '').slice(0, 7)}`).join(' ');
/** The same text with every `every`-th word replaced. */
const edited = (text: string, every: number) =>
  text
    .split(' ')
    .map((w, i) => (i % every === every - 1 ? `x${randomUUID().slice(0, 6)}` : w))
    .join(' ');
/** The text the asset module compares: title, summary and body. */
const compared = (title: string, body: string) => [title, '', body].join('\n');

describe('similarity and attribution reviews', () => {
  let app: TestApp;
  let enablement: SignedIn;

  const similar = async (who: SignedIn, assetId: string) => {
    const res = await app.gql(SIMILAR, { assetId }, who.token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.similarAssets;
  };
  const reviewsOf = async (assetId: string) => {
    const res = await app.gql(REVIEWS, { assetId }, enablement.token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.attributionReviews;
  };
  const entries = async (who: SignedIn) => {
    const res = await app.gql(ENTRIES, { userId: who.id }, who.token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.creditEntries.edges.map((e) => e.node);
  };
  /** An original and a near-copy of it (every 20th word changed) by someone else, the copy left a draft. */
  const originalAndCopy = async (
    owner: SignedIn,
    copier: SignedIn,
    options: { visibility?: string; publishCopy?: boolean } = {},
  ) => {
    const title = `Acme case study ${randomUUID().slice(0, 6)}`;
    const body = prose(160);
    const original = await createAsset(app, owner.token, { title, body, visibility: options.visibility ?? 'ORG' });
    const copyBody = edited(body, 20);
    const copy = await createAsset(
      app,
      copier.token,
      { title, body: copyBody },
      { publish: options.publishCopy ?? false },
    );
    return { original, copy, exact: jaccard(compared(title, body), compared(title, copyBody)) };
  };

  beforeAll(async () => {
    app = await startTestApp();
    enablement = await person(app, { role: Role.ENABLEMENT });
  });
  afterAll(() => app.close());

  it('finds a near-copy with a score close to the exact Jaccard similarity, for its authors only', async () => {
    const ann = await person(app, { name: 'Ann Lee' });
    const bob = await person(app);
    const carol = await person(app);
    const { original, copy, exact } = await originalAndCopy(ann, bob);
    expect(exact).toBeGreaterThan(0.6);

    const found = await similar(bob, copy.id);
    expect(found).toHaveLength(1);
    expect(found[0].asset).toMatchObject({
      id: original.id,
      title: original.title,
      authors: [{ user: { name: 'Ann Lee' } }],
    });
    expect(found[0].partial).toBe(false);
    // 128 hashes: the estimate's standard error is at most 0.045.
    expect(Math.abs(found[0].similarity - exact)).toBeLessThan(0.14);

    // The original is older: it is not a copy of its copy.
    expect(await similar(ann, original.id)).toEqual([]);
    // Someone who may see the copy but did not author it is refused; a draft they may not see is not found.
    await publish(app, bob.token, copy.id);
    expect(errorCode(await app.gql(SIMILAR, { assetId: copy.id }, carol.token))).toBe('FORBIDDEN');
    const draft = await createAsset(app, bob.token, { body: prose(40) }, { publish: false });
    expect(errorCode(await app.gql(SIMILAR, { assetId: draft.id }, carol.token))).toBe('NOT_FOUND');

    // An unrelated text matches nothing.
    const other = await createAsset(app, bob.token, { body: prose(160) });
    expect(await similar(bob, other.id)).toEqual([]);

    // A new version that no longer copies drops the match.
    const res = await app.gql(
      `mutation($id: ID!, $input: UpdateAssetInput!) { updateAsset(id: $id, input: $input) { version } }`,
      { id: copy.id, input: { expectedVersion: copy.version, body: prose(160) } },
      bob.token,
    );
    expect(res.errors).toBeUndefined();
    expect(await similar(bob, copy.id)).toEqual([]);
  });

  it("leaves out the asset's own family: its origin and the origin's other adaptations", async () => {
    const ann = await person(app);
    const bob = await person(app);
    const carol = await person(app);
    const body = prose(120);
    const original = await createAsset(app, ann.token, { body });
    const first = await deriveAsset(app, bob.token, original.id, { body: edited(body, 25) });
    const second = await deriveAsset(app, carol.token, original.id, { body: edited(body, 30) }, { publish: false });
    expect(await similar(bob, first.id)).toEqual([]);
    expect(await similar(carol, second.id)).toEqual([]);
    await publish(app, carol.token, second.id);
    expect(await reviewsOf(second.id)).toEqual([]);
  });

  it('never reveals a match the uploader may not see, and puts it in review once published', async () => {
    const ann = await person(app);
    const bob = await person(app);
    const { original, copy } = await originalAndCopy(ann, bob, { visibility: 'PRIVATE' });

    expect(await similar(bob, copy.id)).toEqual([]);
    // The private original answers exactly as an asset that does not exist.
    const hidden = await app.gql(ADAPT, { assetId: copy.id, derivedFromId: original.id }, bob.token);
    const missing = await app.gql(ADAPT, { assetId: copy.id, derivedFromId: randomUUID() }, bob.token);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const declined = await app.gql(DECLINE, { assetId: copy.id, similarAssetId: original.id }, bob.token);
    expect(errorCode(declined)).toBe('NOT_FOUND');
    expect(declined.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);

    // A draft opens no review; publishing it does, with the hidden match visible to enablement.
    expect(await reviewsOf(copy.id)).toEqual([]);
    await publish(app, bob.token, copy.id);
    const [review] = await reviewsOf(copy.id);
    expect(review).toMatchObject({ status: 'OPEN', asset: { id: copy.id }, matchedAsset: { id: original.id } });
    expect(review.matchedAsset?.authors.map((a) => a.user.id)).toEqual([ann.id]);
    expect(review.similarity).toBeGreaterThan(0.6);
    // Still nothing for the uploader.
    expect(await similar(bob, copy.id)).toEqual([]);

    // Members can neither read the queue nor resolve it.
    expect(errorCode(await app.gql(REVIEWS, {}, bob.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(RESOLVE, { id: review.id, derivedFromId: null }, bob.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(RESOLVE, { id: review.id, derivedFromId: original.id }, ann.token))).toBe(
      'FORBIDDEN',
    );
    expect((await reviewsOf(copy.id))[0].status).toBe('OPEN');
  });

  it('sends a declined match to review; the review sets the lineage and moves the credit, once', async () => {
    const ann = await person(app);
    const bob = await person(app);
    const carol = await person(app);
    const { original, copy } = await originalAndCopy(ann, bob);

    const declined = await app.gql(DECLINE, { assetId: copy.id, similarAssetId: original.id }, bob.token);
    expect(declined.data?.declineSimilar).toEqual({ declined: true, asset: { id: original.id } });
    expect(await reviewsOf(copy.id)).toEqual([]);
    await publish(app, bob.token, copy.id);
    const [review] = await reviewsOf(copy.id);
    expect(review).toMatchObject({ status: 'OPEN', matchedAsset: { id: original.id } });

    // Enablement who authors the original may not decide it.
    const interested = await person(app, { role: Role.ENABLEMENT });
    const theirs = await originalAndCopy(interested, bob, { publishCopy: true });
    const [theirReview] = await reviewsOf(theirs.copy.id);
    expect(
      errorCode(await app.gql(RESOLVE, { id: theirReview.id, derivedFromId: theirs.original.id }, interested.token)),
    ).toBe('FORBIDDEN');

    // Only a found match can become the origin.
    const unrelated = await createAsset(app, carol.token, { body: prose(100) });
    const wrong = await app.gql(RESOLVE, { id: review.id, derivedFromId: unrelated.id }, enablement.token);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');

    const before = await creditOf(app, ann);
    const resolved = await app.gql(RESOLVE, { id: review.id, derivedFromId: original.id }, enablement.token);
    expect(resolved.data?.resolveAttributionReview).toEqual({
      id: review.id,
      status: 'LINEAGE_SET',
      derivedFromId: original.id,
    });
    expect(await creditOf(app, ann)).toBe(before + 15);
    const adapted = (await entries(ann)).filter((e) => e.reason === 'ADAPTED');
    expect(adapted).toHaveLength(1);
    expect(adapted[0]).toMatchObject({ points: 15, attributionReviewId: review.id, asset: { id: original.id } });
    expect(adapted[0].explanation).toContain('attribution review');

    // The copy is now an adaptation, its uploader its ADAPTER.
    const copyNow = await app.gql(
      `query($id: ID!) { asset(id: $id) { derivedFrom { id } authors { role user { id } } } }`,
      { id: copy.id },
      bob.token,
    );
    expect(copyNow.data).toEqual({
      asset: { derivedFrom: { id: original.id }, authors: [{ role: 'ADAPTER', user: { id: bob.id } }] },
    });

    // Resolving again is refused and books nothing.
    const again = await app.gql(RESOLVE, { id: review.id, derivedFromId: original.id }, enablement.token);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorCode(await app.gql(RESOLVE, { id: review.id, derivedFromId: null }, enablement.token))).toBe(
      'CONFLICT',
    );
    expect(await creditOf(app, ann)).toBe(before + 15);

    // A later copy of the copy carries lineage: 4 points, 1 of them (25%) to the original's author.
    const bobBefore = await creditOf(app, bob);
    await reuse(app, carol.token, copy.id, 'COPY');
    expect(await creditOf(app, ann)).toBe(before + 16);
    expect(await creditOf(app, bob)).toBe(bobBefore + 3);
  });

  it('closes a review as not a copy with nothing booked', async () => {
    const ann = await person(app);
    const bob = await person(app);
    const { copy } = await originalAndCopy(ann, bob, { publishCopy: true });
    const [review] = await reviewsOf(copy.id);
    const before = await creditOf(app, ann);
    const res = await app.gql(RESOLVE, { id: review.id, derivedFromId: null }, enablement.token);
    expect(res.data?.resolveAttributionReview).toMatchObject({ status: 'NOT_A_COPY', derivedFromId: null });
    expect(await creditOf(app, ann)).toBe(before);
    const statement = await app.gql(CREDIT_STATEMENT, { userId: ann.id }, ann.token);
    expect(statement.data?.creditEntries.edges.some((e) => e.node.reason === 'ADAPTED')).toBe(false);
  });

  it('makes a draft an adaptation in one click; publishing it credits the original', async () => {
    const ann = await person(app);
    const bob = await person(app);
    const carol = await person(app);
    const { original, copy } = await originalAndCopy(ann, bob);

    // Nobody else may set the lineage of Bob's asset, and only a real match can be the origin.
    await publish(app, bob.token, copy.id);
    expect(errorCode(await app.gql(ADAPT, { assetId: copy.id, derivedFromId: original.id }, carol.token))).toBe(
      'FORBIDDEN',
    );
    const unrelated = await createAsset(app, ann.token, { body: prose(120) });
    expect(errorCode(await app.gql(ADAPT, { assetId: copy.id, derivedFromId: unrelated.id }, bob.token))).toBe(
      'BAD_USER_INPUT',
    );

    // Published with a review waiting: the author's adaptation credits Ann now and settles the review.
    const [review] = await reviewsOf(copy.id);
    expect(review.status).toBe('OPEN');
    const before = await creditOf(app, ann);
    const res = await app.gql(ADAPT, { assetId: copy.id, derivedFromId: original.id }, bob.token);
    expect(res.data?.adaptFromSimilar).toMatchObject({
      derivedFrom: { id: original.id },
      authors: [{ role: 'ADAPTER', user: { id: bob.id } }],
    });
    expect(await creditOf(app, ann)).toBe(before + 15);
    expect((await reviewsOf(copy.id))[0].status).toBe('LINEAGE_SET');
    // Once only: its origin cannot be changed again.
    expect(errorCode(await app.gql(ADAPT, { assetId: copy.id, derivedFromId: original.id }, bob.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await creditOf(app, ann)).toBe(before + 15);

    // A draft: credited when it is published, and no review opens for its own origin.
    const second = await originalAndCopy(ann, carol);
    const draft = await app.gql(ADAPT, { assetId: second.copy.id, derivedFromId: second.original.id }, carol.token);
    expect(draft.data?.adaptFromSimilar.status).toBe('DRAFT');
    const beforePublish = await creditOf(app, ann);
    await publish(app, carol.token, second.copy.id);
    expect(await creditOf(app, ann)).toBe(beforePublish + 15);
    expect(await reviewsOf(second.copy.id)).toEqual([]);
  });

  it('earns nothing for adapting your own other asset', async () => {
    const mallory = await person(app);
    const { original, copy } = await originalAndCopy(mallory, mallory);
    const res = await app.gql(ADAPT, { assetId: copy.id, derivedFromId: original.id }, mallory.token);
    expect(res.data?.adaptFromSimilar.derivedFrom?.id).toBe(original.id);
    const before = await creditOf(app, mallory);
    await publish(app, mallory.token, copy.id);
    // The publication's own 10, and no ADAPT credit to herself.
    expect(await creditOf(app, mallory)).toBe(before + 10);
    expect((await entries(mallory)).some((e) => e.reason === 'ADAPTED')).toBe(false);
  });

  it('signs assets loaded without a signature, so later copies of them are found', async () => {
    const ann = await person(app);
    const bob = await person(app);
    const body = prose(120);
    const db = app.byline.app.get(DataSource);
    // As the demo loader writes assets: straight into the table, with no signature.
    const [loaded] = await db.query<{ id: string }[]>(
      `WITH a AS (INSERT INTO assets (kind, title, body, visibility, status, created_by, published_at, created_at)
                  VALUES ('BEST_PRACTICE', 'Loaded', $1, 'ORG', 'PUBLISHED', $2, now(), now() - interval '1 day')
                  RETURNING id, created_by)
       , au AS (INSERT INTO authorships (asset_id, user_id, role, share) SELECT id, created_by, 'LEAD_AUTHOR', 100 FROM a)
       SELECT id FROM a`,
      [body, ann.id],
    );
    const before = await createAsset(app, bob.token, { body: edited(body, 25) }, { publish: false });
    expect(await similar(bob, before.id)).toEqual([]);

    expect(await app.byline.app.get(SimilarityService).signUnsigned()).toBeGreaterThanOrEqual(1);
    const after = await createAsset(app, bob.token, { body: edited(body, 25) }, { publish: false });
    expect((await similar(bob, after.id)).map((m) => m.asset.id)).toEqual([loaded.id]);
  });

  it('lists a deck reusing 3 of another deck’s 10 slides as a partial match with those slides', async () => {
    const ann = await person(app);
    const bob = await person(app);
    const deckA = await createAsset(app, ann.token, { title: `Deck ${randomUUID().slice(0, 6)}`, body: prose(30) });
    const deckB = await createAsset(app, bob.token, { title: `Deck ${randomUUID().slice(0, 6)}`, body: prose(30) });
    const db = app.byline.app.get(DataSource);
    const attach = async (assetId: string, userId: string) => {
      const [row] = await db.query<{ id: string }[]>(
        `INSERT INTO attachments (asset_id, file_name, content_type, size_bytes, sha256, uploaded_by)
         VALUES ($1, 'deck.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 1, repeat('0', 64), $2)
         RETURNING id`,
        [assetId, userId],
      );
      return row.id;
    };
    const fileA = await attach(deckA.id, ann.id);
    const fileB = await attach(deckB.id, bob.id);
    const slidesA = Array.from({ length: 10 }, () => prose(40));
    const slidesB = [prose(40), slidesA[2], slidesA[3], slidesA[4], ...Array.from({ length: 6 }, () => prose(40))];
    const check = (assetId: string, attachmentId: string, slides: string[]): Promise<void> => {
      const content: SimilarityText = {
        text: slides.join('\n'),
        slides: slides.map((text, i) => ({ attachmentId, n: i + 1, text })),
      };
      return db.transaction((em) => app.byline.app.get(SimilarityService).check(em, assetId, content));
    };
    await check(deckA.id, fileA, slidesA);
    await check(deckB.id, fileB, slidesB);

    const [match] = await similar(bob, deckB.id);
    expect(match).toMatchObject({ partial: true, slidesLabel: 'slides 3–5', asset: { id: deckA.id } });
    expect(match.slides.map((s) => [s.n, s.matchedN])).toEqual([
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(match.slides.every((s) => s.similarity === 1)).toBe(true);

    // A new version of the deck's text keeps its slides' signatures: the partial match stands.
    const res = await app.gql(
      `mutation($id: ID!, $input: UpdateAssetInput!) { updateAsset(id: $id, input: $input) { version } }`,
      { id: deckB.id, input: { expectedVersion: deckB.version, body: prose(30) } },
      bob.token,
    );
    expect(res.errors).toBeUndefined();
    expect((await similar(bob, deckB.id))[0]).toMatchObject({ partial: true, slidesLabel: 'slides 3–5' });
  });
});
