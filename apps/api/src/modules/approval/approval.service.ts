import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput, conflict, forbidden, notFound } from '../../core/graphql/errors.js';
import type { NotificationEntity } from '../notification/notification.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { Role } from '../user/user.entity.js';
import { ApprovalDecision } from './approval.entity.js';
import { ApprovalRepository } from './approval.repository.js';
import { ApprovalState, approvalState } from './approval-state.js';
import type { AssetApprovalObject, ApprovalQueueItemObject } from './dto/approval.object.js';

const NOTE_MAX = 2000;

/** Who decides on client-facing content: enablement and admins (the resolver's permission says the same). */
export const mayDecideApprovals = (viewer: Viewer): boolean =>
  viewer.role === Role.ENABLEMENT || viewer.role === Role.ADMIN;

/**
 * Approval of client-facing content: an organisation setting (off until an admin turns it on) under which a
 * CLIENT_FACING asset reaches customers only once enablement approved its current content. A new version of the
 * content waits again; a change of authors does not.
 */
@Injectable()
export class ApprovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly approvals: ApprovalRepository,
    private readonly notifications: NotificationService,
  ) {}

  async required(): Promise<boolean> {
    return (await this.approvals.settings()).required;
  }

  async setRequired(viewer: Viewer, required: boolean): Promise<boolean> {
    return (await this.approvals.setRequired(required, viewer.id)).required;
  }

  /**
   * The approval of assets the caller already knows the viewer may see (one statement for all); `viewerCanDecide`
   * here leaves out the viewer's own assets to the caller.
   */
  async forAssets(viewer: Viewer, assetIds: readonly string[]): Promise<AssetApprovalObject[]> {
    const em = this.dataSource.manager;
    const [settings, facts] = await Promise.all([this.approvals.settings(em), this.approvals.facts(em, assetIds)]);
    return facts.map((f) => {
      const { state, waitingSince } = approvalState(f, settings);
      const decided = state === ApprovalState.APPROVED || state === ApprovalState.REJECTED;
      return {
        assetId: f.assetId,
        state,
        blocksSharing: state === ApprovalState.PENDING || state === ApprovalState.REJECTED,
        version: decided ? f.decidedVersion! : f.contentVersion,
        waitingSince,
        decidedAt: decided ? f.decidedAt : null,
        decidedById: decided ? f.decidedById : null,
        note: decided ? f.note : null,
        viewerCanDecide: state !== ApprovalState.NOT_REQUIRED && mayDecideApprovals(viewer),
      };
    });
  }

  /**
   * Refuses, in the caller's transaction, to let an asset reach customers while approval holds it back: FORBIDDEN
   * with `reason` APPROVAL_PENDING or APPROVAL_REJECTED.
   */
  async assertShareable(em: EntityManager, assetId: string): Promise<void> {
    const [settings, [facts]] = await Promise.all([this.approvals.settings(em), this.approvals.facts(em, [assetId])]);
    if (!facts) return;
    const { state } = approvalState(facts, settings);
    if (state === ApprovalState.PENDING) {
      throw forbidden('This client-facing asset waits for approval by enablement before it can be shared.', {
        reason: 'APPROVAL_PENDING',
      });
    }
    if (state === ApprovalState.REJECTED) {
      throw forbidden('Enablement did not approve this version for customers; edit it and it will be reviewed again.', {
        reason: 'APPROVAL_REJECTED',
      });
    }
  }

  /**
   * Records a decision on the asset's current content and tells its authors. NOT_FOUND for an asset the viewer may not
   * see; BAD_USER_INPUT when the asset needs no approval; CONFLICT when `version` is not the content waiting (it
   * changed since the approver read it); FORBIDDEN on one's own asset. Repeating the decision in force changes nothing.
   */
  async decide(
    viewer: Viewer,
    assetId: string,
    decision: ApprovalDecision,
    text: string | null | undefined,
    version: number | null | undefined,
  ): Promise<void> {
    const note = text?.trim() || null;
    const field = decision === ApprovalDecision.APPROVED ? 'note' : 'reason';
    if (note && note.length > NOTE_MAX) throw badInput(field, `${field} must be at most ${NOTE_MAX} characters.`);
    if (decision === ApprovalDecision.REJECTED && !note) {
      throw badInput('reason', 'Say why, so the authors know what to change.');
    }
    const told: NotificationEntity[] = [];
    await this.dataSource.transaction(async (em) => {
      const asset = await this.approvals.lockVisible(em, viewer, assetId);
      if (!asset) throw notFound('Asset');
      // Decided on even while the setting is off, so turning it on later does not send approved work back.
      const [facts] = await this.approvals.facts(em, [asset.id]);
      const { state } = approvalState(facts, { required: true, requiredSince: null });
      if (facts.kind !== 'CLIENT_FACING') throw badInput('id', 'Only CLIENT_FACING assets are approved.');
      if (facts.status === 'ARCHIVED') {
        throw badInput('id', 'An archived asset is not shared; there is nothing to approve.');
      }
      if (version != null && version !== facts.contentVersion) {
        throw conflict(`Version ${facts.contentVersion} is the one waiting now; read it before you decide.`, 'version');
      }
      if (asset.authorIds.includes(viewer.id)) {
        throw forbidden('You cannot approve or reject your own asset.', { reason: 'OWN_ASSET' });
      }
      const same =
        (state === ApprovalState.APPROVED && decision === ApprovalDecision.APPROVED) ||
        (state === ApprovalState.REJECTED && decision === ApprovalDecision.REJECTED);
      if (same) return;
      await this.approvals.insertDecision(em, {
        assetId: asset.id,
        version: facts.contentVersion,
        decision,
        note,
        decidedById: viewer.id,
      });
      const text =
        decision === ApprovalDecision.APPROVED
          ? `${asset.title} was approved for sharing with customers.`
          : `${asset.title} was not approved for customers: ${note}`;
      for (const authorId of asset.authorIds) {
        told.push(await this.notifications.add(em, authorId, 'APPROVAL', text.slice(0, 500), `/assets/${asset.id}`));
      }
    });
    this.notifications.announce(told);
  }

  /** What waits for approval, oldest first (empty while approval is off). */
  async queue(viewer: Viewer, first: number): Promise<ApprovalQueueItemObject[]> {
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first', 'first must be 1 to 200');
    const now = Date.now();
    return (await this.approvals.queue(viewer, first)).map((r) => ({
      assetId: r.assetId,
      version: r.version,
      waitingSince: r.waitingSince,
      waitingSeconds: Math.max(0, Math.floor((now - r.waitingSince.getTime()) / 1000)),
    }));
  }
}
