import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { EXAMPLE_ID, GenerateSql, SQL_MANAGER } from '../../core/database/generate-sql.js';
import { positional, visibleAssets } from '../asset/asset-visibility.js';
import { Role } from '../user/user.entity.js';
import { QuestionEntity, QuestionExpertEntity } from './question.entity.js';

/** What a question is about, as the expert search reads it. */
export interface QuestionTopics {
  industries: string[];
  buyerRoles: string[];
  products: string[];
}

/** One person's evidence for a question's topics. */
export interface ExpertEvidence {
  userId: string;
  /** Published assets they author, on the topics, that the asker may see. */
  assets: number;
  /** Topic terms those assets share with the question, added up over the assets. */
  overlap: number;
  /** Endorsements (not withdrawn) by others on those assets. */
  endorsements: number;
  /** Their answers accepted on earlier questions sharing a topic (not self-answers). */
  acceptedAnswers: number;
  score: number;
}

/** Which questions a list shows. */
export type QuestionScope = 'OPEN' | 'ASKED_BY_ME' | 'FOR_ME' | 'ALL';

const VIEWER: Viewer = { id: EXAMPLE_ID, role: Role.MEMBER, teamId: null };
const TOPICS: QuestionTopics = { industries: ['Banking'], buyerRoles: ['CFO'], products: [] };

const COLUMNS = `q.id, q.asker_id AS "askerId", q.title, q.body, q.industries, q.buyer_roles AS "buyerRoles", q.products,
       q.created_at AS "createdAt", q.accepted_answer_id AS "acceptedAnswerId", q.accepted_at AS "acceptedAt",
       q.promoted_asset_id AS "promotedAssetId", q.promoted_at AS "promotedAt"`;

/** How much each piece of evidence weighs in an expert's score (shown to people as the score). */
export const EXPERT_WEIGHTS = { overlap: 3, endorsement: 2, acceptedAnswer: 5 } as const;

/** Every statement on `questions` and `question_experts`. Every signed-in person may see every question. */
@Injectable()
export class QuestionRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(em: EntityManager, q: Pick<QuestionEntity, 'askerId' | 'title' | 'body'> & QuestionTopics) {
    return em.save(
      em.create(QuestionEntity, {
        ...q,
        acceptedAnswerId: null,
        acceptedAt: null,
        promotedAssetId: null,
        promotedAt: null,
      }),
    );
  }

  async insertExperts(em: EntityManager, rows: QuestionExpertEntity[]): Promise<void> {
    if (rows.length) await em.insert(QuestionExpertEntity, rows);
  }

  /** How many questions the person asked since `since`. */
  async askedSince(em: EntityManager, askerId: string, since: Date): Promise<number> {
    const [row] = await em.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM questions WHERE asker_id = $1 AND created_at >= $2',
      [askerId, since],
    );
    return row?.n ?? 0;
  }

  /**
   * The people who know the topics, best first: published assets they author on them that the asker may see
   * (weighted by how many topic terms each shares), endorsements by others on those assets, and their answers
   * accepted on earlier questions sharing a topic. Never the asker, only active people.
   */
  @GenerateSql({ params: [SQL_MANAGER, VIEWER, TOPICS, 5] })
  async experts(em: EntityManager, asker: Viewer, topics: QuestionTopics, limit: number): Promise<ExpertEvidence[]> {
    const params: unknown[] = [topics.industries, topics.buyerRoles, topics.products, asker.id, limit];
    const visible = positional(visibleAssets('x', asker), params);
    return em.query(
      `WITH matched AS (
         SELECT au.user_id, x.id AS asset_id,
                cardinality(ARRAY(SELECT unnest(x.industries) INTERSECT SELECT unnest($1::text[])))
              + cardinality(ARRAY(SELECT unnest(x.buyer_roles) INTERSECT SELECT unnest($2::text[])))
              + cardinality(ARRAY(SELECT unnest(x.products) INTERSECT SELECT unnest($3::text[]))) AS overlap
           FROM assets x JOIN authorships au ON au.asset_id = x.id
          WHERE x.status = 'PUBLISHED'
            AND (x.industries && $1::text[] OR x.buyer_roles && $2::text[] OR x.products && $3::text[])
            AND ${visible}
       ),
       authored AS (
         SELECT user_id, count(DISTINCT asset_id)::int AS assets, sum(overlap)::int AS overlap FROM matched GROUP BY user_id
       ),
       endorsed AS (
         SELECT m.user_id, count(*)::int AS n
           FROM matched m JOIN endorsements e ON e.asset_id = m.asset_id
          WHERE e.withdrawn_at IS NULL AND e.endorser_id <> m.user_id
          GROUP BY m.user_id
       ),
       answered AS (
         SELECT c.author_id AS user_id, count(*)::int AS n
           FROM questions q JOIN comments c ON c.id = q.accepted_answer_id
          WHERE c.author_id <> q.asker_id
            AND (q.industries && $1::text[] OR q.buyer_roles && $2::text[] OR q.products && $3::text[])
          GROUP BY c.author_id
       ),
       scored AS (
         SELECT p.user_id, coalesce(a.assets, 0) AS assets, coalesce(a.overlap, 0) AS overlap,
                coalesce(e.n, 0) AS endorsements, coalesce(w.n, 0) AS accepted
           FROM (SELECT user_id FROM authored UNION SELECT user_id FROM answered) p
           LEFT JOIN authored a ON a.user_id = p.user_id
           LEFT JOIN endorsed e ON e.user_id = p.user_id
           LEFT JOIN answered w ON w.user_id = p.user_id
       )
       SELECT s.user_id AS "userId", s.assets, s.overlap, s.endorsements, s.accepted AS "acceptedAnswers",
              (${EXPERT_WEIGHTS.overlap} * s.overlap + ${EXPERT_WEIGHTS.endorsement} * s.endorsements
                + ${EXPERT_WEIGHTS.acceptedAnswer} * s.accepted)::int AS score
         FROM scored s JOIN users u ON u.id = s.user_id
        WHERE u.status = 'ACTIVE' AND u.id <> $4
        ORDER BY score DESC, s.user_id
        LIMIT $5`,
      params,
    );
  }

  /** One question, locked for the transaction. */
  async lock(em: EntityManager, id: string): Promise<QuestionEntity | undefined> {
    const [row] = await em.query<QuestionEntity[]>(`SELECT ${COLUMNS} FROM questions q WHERE q.id = $1 FOR UPDATE`, [
      id,
    ]);
    return row;
  }

  async accept(em: EntityManager, id: string, answerId: string, at: Date): Promise<void> {
    await em.update(QuestionEntity, { id }, { acceptedAnswerId: answerId, acceptedAt: at });
  }

  async promoted(em: EntityManager, id: string, assetId: string, at: Date): Promise<void> {
    await em.update(QuestionEntity, { id }, { promotedAssetId: assetId, promotedAt: at });
  }

  findOne(em: EntityManager, id: string): Promise<QuestionEntity | null> {
    return em.findOneBy(QuestionEntity, { id });
  }

  /** Questions by id. */
  byIds(ids: readonly string[]): Promise<QuestionEntity[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM questions q WHERE q.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * A page of questions, newest first: open ones (no accepted answer), the viewer's own, those the viewer was
   * suggested for as an expert, or all.
   */
  @GenerateSql({ params: [EXAMPLE_ID, 'FOR_ME', 20, null] })
  list(viewerId: string, scope: QuestionScope, first: number, before: Date | null): Promise<QuestionEntity[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM questions q
        WHERE ($2 <> 'OPEN' OR q.accepted_answer_id IS NULL)
          AND ($2 <> 'ASKED_BY_ME' OR q.asker_id = $1)
          AND ($2 <> 'FOR_ME' OR EXISTS (SELECT 1 FROM question_experts x WHERE x.question_id = q.id AND x.user_id = $1))
          AND ($4::timestamptz IS NULL OR q.created_at < $4)
        ORDER BY q.created_at DESC, q.id DESC
        LIMIT $3`,
      [viewerId, scope, first, before],
    );
  }

  /** The suggested experts of many questions, in rank order. */
  @GenerateSql({ params: [[EXAMPLE_ID]] })
  expertsOf(questionIds: readonly string[]): Promise<QuestionExpertEntity[]> {
    return this.dataSource.query(
      `SELECT question_id AS "questionId", user_id AS "userId", rank, score, reason
         FROM question_experts WHERE question_id = ANY($1::uuid[]) ORDER BY question_id, rank`,
      [questionIds],
    );
  }

  async personName(em: EntityManager, id: string): Promise<string> {
    const [row] = await em.query<{ name: string }[]>('SELECT name FROM users WHERE id = $1', [id]);
    return row?.name ?? 'Someone';
  }
}
