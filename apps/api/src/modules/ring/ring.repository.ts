import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GenerateSql } from '../../core/database/generate-sql.js';
import { queryFile } from '../../core/database/query-file.js';

const RINGS_SQL = queryFile('credit-rings.sql');
const SPIKES_SQL = queryFile('credit-spikes.sql');

const JAN_1 = new Date('2026-01-01T00:00:00Z');
const APR_1 = new Date('2026-04-01T00:00:00Z');

export interface RingRow {
  a: string;
  b: string;
  a_to_b: number;
  b_to_a: number;
  received_a: number;
  received_b: number;
}

export interface CreditSpikeRow {
  user_id: string;
  day: Date;
  points: number;
  median: number;
  events: {
    eventId: string;
    type: string;
    actorId: string;
    assetId: string | null;
    occurredAt: string;
    points: number;
  }[];
}

/** The review flags' reads over the ledger. */
@Injectable()
export class RingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** See credit-rings.sql. */
  @GenerateSql({ params: [JAN_1, APR_1, 10] })
  creditRings(from: Date, to: Date, minMutualPoints: number): Promise<RingRow[]> {
    return this.dataSource.query<RingRow[]>(RINGS_SQL, [from, to, minMutualPoints]);
  }

  /** See credit-spikes.sql. */
  @GenerateSql({ params: [JAN_1, APR_1, 10, 3, 20] })
  creditSpikes(from: Date, to: Date, minPoints: number, ratio: number, maxEvents: number): Promise<CreditSpikeRow[]> {
    return this.dataSource.query<CreditSpikeRow[]>(SPIKES_SQL, [from, to, minPoints, ratio, maxEvents]);
  }
}
