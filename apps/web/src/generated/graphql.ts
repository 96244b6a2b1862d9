/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** NOT_REQUIRED: the organisation does not ask for approval, or the asset is not CLIENT_FACING; PENDING: its current content waits for enablement; APPROVED or REJECTED: enablement's decision on its current content. */
export type ApprovalState = 'APPROVED' | 'NOT_REQUIRED' | 'PENDING' | 'REJECTED';

export type AssetFilter = {
  authorId?: string | number | null | undefined;
  buyerRole?: string | null | undefined;
  industry?: string | null | undefined;
  journeyPhase?: JourneyPhase | null | undefined;
  kind?: AssetKind | null | undefined;
  product?: string | null | undefined;
  /** Default PUBLISHED. DRAFT lists your own drafts. */
  status?: AssetStatus | null | undefined;
  /** A free tag. */
  tag?: string | null | undefined;
  teamId?: string | number | null | undefined;
};

/** What sort of knowledge an asset is. */
export type AssetKind = 'BEST_PRACTICE' | 'CLIENT_FACING' | 'ENABLEMENT' | 'WIN_LOSS';

/** RELEVANCE needs a search; without one it means NEWEST. */
export type AssetSort = 'MOST_REUSED' | 'NEWEST' | 'RELEVANCE';

export type AssetStatus = 'ARCHIVED' | 'DRAFT' | 'PUBLISHED';

/** How someone contributed (after CRediT / All Contributors). */
export type AuthorRole = 'ADAPTER' | 'CO_AUTHOR' | 'LEAD_AUTHOR' | 'REVIEWER' | 'SUBJECT_MATTER_EXPERT';

/** PENDING: named by someone else, not answered yet (they may still decline); ACCEPTED. */
export type AuthorshipConsent = 'ACCEPTED' | 'PENDING';

export type AuthorshipInput = {
  role: AuthorRole;
  /** Whole percent, 1 to 100; the shares of an asset sum to 100. */
  share: number;
  userId: string | number;
};

export type CreateAssetInput = {
  /** WIN_LOSS only, with dealId: why the deal was won or lost. */
  analysis?: WinLossAnalysisInput | null | undefined;
  /** Default: the caller as LEAD_AUTHOR with share 100. */
  authors?: Array<AuthorshipInput> | null | undefined;
  /** Markdown, up to 1 MB. */
  body: string;
  buyerRoles?: Array<string> | null | undefined;
  /** The deal a WIN_LOSS analysis is about (a closed one). */
  dealId?: string | number | null | undefined;
  industries?: Array<string> | null | undefined;
  /** A template, whose placeholders are checked (default false). */
  isTemplate?: boolean | null | undefined;
  journeyPhases?: Array<JourneyPhase> | null | undefined;
  kind: AssetKind;
  products?: Array<string> | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Up to 200 characters. */
  title: string;
  visibility: Visibility;
};

export type CreateShareLinkInput = {
  /** A published asset of a client-safe kind that you may see. */
  assetId: string | number;
  /** Idempotent, as for recordReuse: a retry returns the same link. */
  clientEventId: string;
  /** One of your deals: the asset counts as used in it once viewed. */
  dealId?: string | number | null | undefined;
  /** Default 30 days from now; at most 365 days. */
  expiresAt?: string | null | undefined;
  recipientEmail?: string | null | undefined;
  recipientName?: string | null | undefined;
  /** The buyer gives an email before viewing. */
  requireEmail?: boolean | null | undefined;
};

/** IMPORT: a CSV import; WEBHOOK: the signed CRM webhook; API: a GraphQL deal write. */
export type DealChangeSource = 'API' | 'IMPORT' | 'WEBHOOK';

/** Narrows deals; every field given must match. */
export type DealFilter = {
  /** Closed at or after this instant (open deals never match). */
  from?: string | null | undefined;
  /** The account's sector, any case. */
  industry?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Any case. */
  product?: string | null | undefined;
  teamId?: string | number | null | undefined;
  /** Closed before this instant (open deals never match). */
  to?: string | null | undefined;
};

/** OPEN until the CRM marks the deal won or lost. */
export type DealOutcome = 'LOST' | 'OPEN' | 'WON';

/** How often unread notifications are emailed: never, daily (07:00 UTC) or weekly (Mondays). */
export type DigestFrequency = 'DAILY' | 'NONE' | 'WEEKLY';

/** VERIFIED is for enablement and admins. */
export type EndorsementKind = 'HELPED_WIN' | 'HELPFUL' | 'VERIFIED';

/** How far someone takes part, highest first: CONTRIBUTING (authors published assets), PARTICIPATING (endorses or comments), SHARING (reuses others' assets). */
export type EngagementLevel = 'CONTRIBUTING' | 'PARTICIPATING' | 'SHARING';

/** Where the reading of a file stands: PENDING (queued), RUNNING, DONE or FAILED (see error). */
export type FileExtractionStatus = 'DONE' | 'FAILED' | 'PENDING' | 'RUNNING';

/** PDF: the file itself; CONVERTED: a PDF LibreOffice made of it; OUTLINE: its text, page by page. */
export type FilePreviewKind = 'CONVERTED' | 'OUTLINE' | 'PDF';

export type FollowKind = 'TAG' | 'USER';

/** The customer's journey phase an asset helps with. */
export type JourneyPhase = 'AWARENESS' | 'BUYING' | 'IMPLEMENTATION';

/** What a knowledge-flow dashboard covers: the whole organisation (enablement, admins), the teams the viewer manages (managers), or the one team asked for. */
export type KnowledgeFlowScope = 'MANAGED_TEAMS' | 'ORGANISATION' | 'TEAM';

/** CREDIT points; REUSES_RECEIVED by others; CONTRIBUTIONS published; WON_DEAL_INFLUENCE won deals your assets were used in. */
export type LeaderboardMetric = 'CONTRIBUTIONS' | 'CREDIT' | 'REUSES_RECEIVED' | 'WON_DEAL_INFLUENCE';

/** Why a mentioned person was not notified: CANNOT_SEE_ASSET (they may not see the asset), INACTIVE (suspended or departed), YOURSELF. */
export type MentionReason = 'CANNOT_SEE_ASSET' | 'INACTIVE' | 'YOURSELF';

/** The period of that kind containing `at` (default: now). */
export type PeriodInput = {
  at?: string | null | undefined;
  kind: PeriodKind;
};

/** Calendar WEEK (ISO) and MONTH; fiscal QUARTER and YEAR. */
export type PeriodKind = 'ALL_TIME' | 'MONTH' | 'QUARTER' | 'WEEK' | 'YEAR';

export type PersonalizeTemplateInput = {
  /** The edited text: the filled template with its unlocked parts changed; its locked sections unchanged. */
  body?: string | null | undefined;
  dealId: string | number;
  templateId: string | number;
};

/** OPEN: no accepted answer yet; ASKED_BY_ME: the viewer asked; FOR_ME: the viewer was suggested as an expert; ALL. */
export type QuestionListScope = 'ALL' | 'ASKED_BY_ME' | 'FOR_ME' | 'OPEN';

export type RecordReuseInput = {
  assetId: string | number;
  /** Chosen by the client, unique per action: a retry with the same id is recorded once. */
  clientEventId: string;
  /** The deal, for USED_IN_DEAL. */
  dealId?: string | number | null | undefined;
  kind: ReuseKind;
  /** The slides or pages of the asset's deck or PDF used, as "3-5" or "1, 4, 7-9" (not for VIEW). */
  slides?: string | null | undefined;
};

/** How an asset was reused; VIEW is recorded for analytics only. */
export type ReuseKind = 'ADAPT' | 'COPY' | 'SHARE_WITH_CUSTOMER' | 'USED_IN_DEAL' | 'VIEW';

/** What a user may do beyond sharing and reusing knowledge. */
export type Role = 'ADMIN' | 'ENABLEMENT' | 'MANAGER' | 'MEMBER';

export type SetReviewIntervalInput = {
  /** 1 to 730 days. */
  days: number;
  kind: AssetKind;
};

/** The curated vocabularies assets are tagged with. */
export type TaxonomyKind = 'BUYER_ROLE' | 'INDUSTRY' | 'PRODUCT';

/** Only the fields given change; every edit makes a new version. */
export type UpdateAssetInput = {
  /** WIN_LOSS only: replaces the analysis as a whole. */
  analysis?: WinLossAnalysisInput | null | undefined;
  body?: string | null | undefined;
  buyerRoles?: Array<string> | null | undefined;
  /** WIN_LOSS only: links the analysis to this (closed) deal. */
  dealId?: string | number | null | undefined;
  /** The version being edited; a newer one on the server means CONFLICT. */
  expectedVersion: number;
  industries?: Array<string> | null | undefined;
  /** Makes the asset a template, or an ordinary asset again. */
  isTemplate?: boolean | null | undefined;
  journeyPhases?: Array<JourneyPhase> | null | undefined;
  products?: Array<string> | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type UpdateNotificationSettingsInput = {
  digest: DigestFrequency;
};

/** Only ACTIVE users can log in; credit is kept for everyone. */
export type UserStatus = 'ACTIVE' | 'DEPARTED' | 'SUSPENDED';

export type VersionChange = 'AUTHORS_CHANGED' | 'CREATED' | 'EDITED';

/** ORG: everyone; TEAM: the asset's team, its managers and admins; PRIVATE: its authors. */
export type Visibility = 'ORG' | 'PRIVATE' | 'TEAM';

/** The structured part of a WIN_LOSS asset, about the deal named by dealId. Given on create or update, it replaces the analysis as a whole. */
export type WinLossAnalysisInput = {
  /** Buyer roles from the taxonomy (any case). */
  buyerRolesInvolved?: Array<string> | null | undefined;
  /** Who we competed against; default: the deal's competitor. */
  competitor?: string | null | undefined;
  /** Markdown, up to 20,000 characters. */
  lessonsLearned?: string | null | undefined;
  /** Must be the deal's outcome; only closed deals get an analysis. */
  outcome: WinLossOutcome;
  /** Labels from winLossReasons (any case); archived ones are refused. */
  reasons?: Array<string> | null | undefined;
};

/** What win/loss analytics group closed deals by. QUARTER is the fiscal quarter of the close date. */
export type WinLossDimension = 'COMPETITOR' | 'INDUSTRY' | 'OWNER' | 'PRODUCT' | 'QUARTER' | 'TEAM';

/** What a closed deal came to. */
export type WinLossOutcome = 'LOST' | 'WON';

export type ApprovalQueueQueryVariables = Exact<{ [key: string]: never }>;

export type ApprovalQueueQuery = {
  approvalQueue: Array<{
    assetId: string;
    version: number;
    waitingSince: string;
    waitingSeconds: number;
    asset: {
      id: string;
      title: string;
      kind: AssetKind;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string };
      }>;
    };
  }>;
};

export type ApproveAssetMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
  version?: number | null | undefined;
}>;

export type ApproveAssetMutation = {
  approveAsset: {
    id: string;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
  };
};

export type AssetApprovalFieldsFragment = {
  state: ApprovalState;
  blocksSharing: boolean;
  version: number;
  waitingSince: string | null;
  decidedAt: string | null;
  note: string | null;
  viewerCanDecide: boolean;
  decidedBy: { id: string; name: string } | null;
};

export type RejectAssetMutationVariables = Exact<{
  id: string | number;
  reason: string;
  version?: number | null | undefined;
}>;

export type RejectAssetMutation = {
  rejectAsset: {
    id: string;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
  };
};

export type ArchiveAssetMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveAssetMutation = {
  archiveAsset: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type AssetDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type AssetDetailQuery = {
  asset: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  } | null;
};

export type AssetCardFieldsFragment = {
  id: string;
  kind: AssetKind;
  title: string;
  summary: string | null;
  status: AssetStatus;
  visibility: Visibility;
  publishedAt: string | null;
  createdAt: string;
  thumbnailPath: string | null;
  outOfDate: boolean;
  industries: Array<string>;
  buyerRoles: Array<string>;
  journeyPhases: Array<JourneyPhase>;
  products: Array<string>;
  tags: Array<string>;
  team: { id: string; name: string } | null;
  derivedFrom: { id: string; title: string } | null;
  authors: Array<{
    role: AuthorRole;
    share: number;
    consent: AuthorshipConsent | null;
    user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
  }>;
};

export type AssetDetailFieldsFragment = {
  body: string;
  isTemplate: boolean;
  version: number;
  updatedAt: string;
  id: string;
  kind: AssetKind;
  title: string;
  summary: string | null;
  status: AssetStatus;
  visibility: Visibility;
  publishedAt: string | null;
  createdAt: string;
  thumbnailPath: string | null;
  outOfDate: boolean;
  industries: Array<string>;
  buyerRoles: Array<string>;
  journeyPhases: Array<JourneyPhase>;
  products: Array<string>;
  tags: Array<string>;
  templateChange: {
    templateId: string;
    dealId: string;
    fromVersion: number;
    toVersion: number;
    diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
  } | null;
  viewerCan: {
    edit: boolean;
    publish: boolean;
    archive: boolean;
    setAuthors: boolean;
    adapt: boolean;
    endorse: boolean;
    declineCoauthorship: boolean;
    acceptCoauthorship: boolean;
  };
  declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
  approval: {
    state: ApprovalState;
    blocksSharing: boolean;
    version: number;
    waitingSince: string | null;
    decidedAt: string | null;
    note: string | null;
    viewerCanDecide: boolean;
    decidedBy: { id: string; name: string } | null;
  };
  ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
  derivedAssets: Array<{
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
  }>;
  attachments: Array<{
    id: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    createdAt: string;
    downloadPath: string;
    previewPath: string | null;
    thumbnailPath: string | null;
    uploadedBy: { id: string; name: string } | null;
    extraction: {
      status: FileExtractionStatus;
      progress: number;
      kind: string;
      pageLabel: string | null;
      pageCount: number | null;
      title: string | null;
      preview: FilePreviewKind | null;
      error: string | null;
    } | null;
  }>;
  versions: Array<{
    version: number;
    change: VersionChange;
    createdAt: string;
    editedBy: { id: string; name: string } | null;
  }>;
  team: { id: string; name: string } | null;
  derivedFrom: { id: string; title: string } | null;
  authors: Array<{
    role: AuthorRole;
    share: number;
    consent: AuthorshipConsent | null;
    user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
  }>;
  endorsements: Array<{
    id: string;
    kind: EndorsementKind;
    comment: string | null;
    createdAt: string;
    pointsAwarded: number;
    endorser: { id: string; name: string };
  }>;
  stats: {
    reuseCount: number;
    uniqueReusers: number;
    teamsReached: number;
    viewCount: number;
    endorsementCount: number;
    creditGenerated: number;
    slidesUsed: Array<{ slide: number; reuses: number }>;
  };
};

export type AssetVersionQueryVariables = Exact<{
  assetId: string | number;
  version: number;
}>;

export type AssetVersionQuery = {
  assetVersion: {
    version: number;
    change: VersionChange;
    createdAt: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    body: string;
    visibility: Visibility;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    editedBy: { id: string; name: string } | null;
    authors: Array<{ role: AuthorRole; share: number; user: { id: string; name: string } }>;
  };
};

export type CreateAssetMutationVariables = Exact<{
  input: CreateAssetInput;
}>;

export type CreateAssetMutation = {
  createAsset: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type DeriveAssetMutationVariables = Exact<{
  fromId: string | number;
  input: CreateAssetInput;
}>;

export type DeriveAssetMutation = {
  deriveAsset: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type FeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type FeedQuery = {
  feed: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: AssetKind;
        title: string;
        summary: string | null;
        status: AssetStatus;
        visibility: Visibility;
        publishedAt: string | null;
        createdAt: string;
        thumbnailPath: string | null;
        outOfDate: boolean;
        industries: Array<string>;
        buyerRoles: Array<string>;
        journeyPhases: Array<JourneyPhase>;
        products: Array<string>;
        tags: Array<string>;
        team: { id: string; name: string } | null;
        derivedFrom: { id: string; title: string } | null;
        authors: Array<{
          role: AuthorRole;
          share: number;
          consent: AuthorshipConsent | null;
          user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
        }>;
      };
    }>;
  };
};

export type LibraryAssetsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: AssetFilter | null | undefined;
  sort?: AssetSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  withFacets: boolean;
  fileQuery?: string;
  withFileMatches?: boolean;
}>;

export type LibraryAssetsQuery = {
  assets: {
    totalCount: number;
    totalIsEstimate: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets?: {
      kinds: Array<{ value: string; label: string; count: number }>;
      industries: Array<{ value: string; label: string; count: number }>;
      buyerRoles: Array<{ value: string; label: string; count: number }>;
      journeyPhases: Array<{ value: string; label: string; count: number }>;
      products: Array<{ value: string; label: string; count: number }>;
      tags: Array<{ value: string; label: string; count: number }>;
      teams: Array<{ value: string; label: string; count: number }>;
      authors: Array<{ value: string; label: string; count: number }>;
    };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: AssetKind;
        title: string;
        summary: string | null;
        status: AssetStatus;
        visibility: Visibility;
        publishedAt: string | null;
        createdAt: string;
        thumbnailPath: string | null;
        outOfDate: boolean;
        industries: Array<string>;
        buyerRoles: Array<string>;
        journeyPhases: Array<JourneyPhase>;
        products: Array<string>;
        tags: Array<string>;
        fileMatches?: Array<{
          attachmentId: string;
          fileName: string;
          pageLabel: string;
          page: number;
          heading: string | null;
          snippet: string;
        }>;
        team: { id: string; name: string } | null;
        derivedFrom: { id: string; title: string } | null;
        authors: Array<{
          role: AuthorRole;
          share: number;
          consent: AuthorshipConsent | null;
          user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
        }>;
      };
    }>;
  };
};

export type PublishAssetMutationVariables = Exact<{
  id: string | number;
}>;

export type PublishAssetMutation = {
  publishAsset: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type UpdateAssetMutationVariables = Exact<{
  id: string | number;
  input: UpdateAssetInput;
}>;

export type UpdateAssetMutation = {
  updateAsset: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type AttachmentFieldsFragment = {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
  downloadPath: string;
  uploadedBy: { id: string; name: string } | null;
};

export type DeleteAttachmentMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteAttachmentMutation = { deleteAttachment: boolean };

export type AuthConfigQueryVariables = Exact<{ [key: string]: never }>;

export type AuthConfigQuery = {
  authConfig: { passwordLogin: boolean; oidc: { enabled: boolean; label: string | null; loginUrl: string | null } };
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = { login: { user: { id: string; name: string; role: Role } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  viewer: {
    id: string;
    name: string;
    email: string | null;
    title: string | null;
    role: Role;
    status: UserStatus;
    team: { id: string; name: string } | null;
    viewerCan: {
      readCredit: boolean;
      administer: boolean;
      readEveryTeamReport: boolean;
      importAccounts: boolean;
      importTeams: boolean;
      importDeals: boolean;
      addTaxonomyTerms: boolean;
      verifyAssets: boolean;
      readDealAuditTrails: boolean;
      reviewAttributions: boolean;
      reviewContent: boolean;
      setReviewIntervals: boolean;
      readKnowledgeFlow: boolean;
      decideApprovals: boolean;
    };
  } | null;
};

export type AcceptCoauthorshipMutationVariables = Exact<{
  assetId: string | number;
}>;

export type AcceptCoauthorshipMutation = {
  acceptCoauthorship: Array<{
    role: AuthorRole;
    share: number;
    consent: AuthorshipConsent | null;
    user: { id: string };
  }>;
};

export type AuthorCandidatesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type AuthorCandidatesQuery = {
  users: {
    edges: Array<{
      node: {
        id: string;
        name: string;
        title: string | null;
        status: UserStatus;
        team: { id: string; name: string } | null;
      };
    }>;
  };
};

export type DeclineCoauthorshipMutationVariables = Exact<{
  assetId: string | number;
}>;

export type DeclineCoauthorshipMutation = {
  declineCoauthorship: Array<{
    role: AuthorRole;
    share: number;
    consent: AuthorshipConsent | null;
    user: { id: string };
  }>;
};

export type SetAuthorsMutationVariables = Exact<{
  assetId: string | number;
  authors: Array<AuthorshipInput> | AuthorshipInput;
}>;

export type SetAuthorsMutation = {
  setAuthors: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type AddCommentMutationVariables = Exact<{
  assetId: string | number;
  body: string;
  parentId?: string | number | null | undefined;
}>;

export type AddCommentMutation = {
  addComment: {
    id: string;
    body: string;
    createdAt: string;
    editedAt: string | null;
    resolved: boolean;
    parentId: string | null;
    author: { id: string; name: string };
    resolvedBy: { id: string; name: string } | null;
    mentions: Array<{
      notified: boolean;
      reason: MentionReason | null;
      user: { id: string; name: string; email: string | null };
    }>;
    history: Array<{ id: string; body: string; editedAt: string; editedBy: { id: string; name: string } }>;
    viewerCan: { edit: boolean; resolve: boolean; reply: boolean };
  };
};

export type AssetCommentsQueryVariables = Exact<{
  assetId: string | number;
}>;

export type AssetCommentsQuery = {
  asset: {
    id: string;
    commentCount: number;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      editedAt: string | null;
      resolved: boolean;
      parentId: string | null;
      replies: Array<{
        id: string;
        body: string;
        createdAt: string;
        editedAt: string | null;
        resolved: boolean;
        parentId: string | null;
        author: { id: string; name: string };
        resolvedBy: { id: string; name: string } | null;
        mentions: Array<{
          notified: boolean;
          reason: MentionReason | null;
          user: { id: string; name: string; email: string | null };
        }>;
        history: Array<{ id: string; body: string; editedAt: string; editedBy: { id: string; name: string } }>;
        viewerCan: { edit: boolean; resolve: boolean; reply: boolean };
      }>;
      author: { id: string; name: string };
      resolvedBy: { id: string; name: string } | null;
      mentions: Array<{
        notified: boolean;
        reason: MentionReason | null;
        user: { id: string; name: string; email: string | null };
      }>;
      history: Array<{ id: string; body: string; editedAt: string; editedBy: { id: string; name: string } }>;
      viewerCan: { edit: boolean; resolve: boolean; reply: boolean };
    }>;
  } | null;
};

export type CommentFieldsFragment = {
  id: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  resolved: boolean;
  parentId: string | null;
  author: { id: string; name: string };
  resolvedBy: { id: string; name: string } | null;
  mentions: Array<{
    notified: boolean;
    reason: MentionReason | null;
    user: { id: string; name: string; email: string | null };
  }>;
  history: Array<{ id: string; body: string; editedAt: string; editedBy: { id: string; name: string } }>;
  viewerCan: { edit: boolean; resolve: boolean; reply: boolean };
};

export type EditCommentMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;

export type EditCommentMutation = {
  editComment: {
    id: string;
    body: string;
    createdAt: string;
    editedAt: string | null;
    resolved: boolean;
    parentId: string | null;
    author: { id: string; name: string };
    resolvedBy: { id: string; name: string } | null;
    mentions: Array<{
      notified: boolean;
      reason: MentionReason | null;
      user: { id: string; name: string; email: string | null };
    }>;
    history: Array<{ id: string; body: string; editedAt: string; editedBy: { id: string; name: string } }>;
    viewerCan: { edit: boolean; resolve: boolean; reply: boolean };
  };
};

export type MentionCandidatesQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type MentionCandidatesQuery = {
  users: {
    edges: Array<{
      node: { id: string; name: string; email: string | null; title: string | null; status: UserStatus };
    }>;
  };
};

export type ResolveCommentMutationVariables = Exact<{
  id: string | number;
  resolved?: boolean | null | undefined;
}>;

export type ResolveCommentMutation = {
  resolveComment: {
    id: string;
    body: string;
    createdAt: string;
    editedAt: string | null;
    resolved: boolean;
    parentId: string | null;
    author: { id: string; name: string };
    resolvedBy: { id: string; name: string } | null;
    mentions: Array<{
      notified: boolean;
      reason: MentionReason | null;
      user: { id: string; name: string; email: string | null };
    }>;
    history: Array<{ id: string; body: string; editedAt: string; editedBy: { id: string; name: string } }>;
    viewerCan: { edit: boolean; resolve: boolean; reply: boolean };
  };
};

export type CreditHistoryQueryVariables = Exact<{
  userId: string | number;
}>;

export type CreditHistoryQuery = { creditHistory: Array<{ periodStart: string; value: number }> };

export type CreditPersonQueryVariables = Exact<{
  id: string | number;
}>;

export type CreditPersonQuery = {
  user: {
    id: string;
    name: string;
    title: string | null;
    status: UserStatus;
    team: { id: string; name: string } | null;
  } | null;
};

export type CreditStandingQueryVariables = Exact<{
  period: PeriodInput;
  withEntries: boolean;
}>;

export type CreditStandingQuery = {
  period: { kind: PeriodKind; label: string; from: string | null; to: string | null; closed: boolean };
  leaderboard: {
    size: number;
    viewerEntry: { rank: number; value: number } | null;
    entries?: Array<{ rank: number; value: number; user: { id: string } }>;
  };
};

export type CreditEntryFieldsFragment = {
  id: string;
  points: number;
  reason: string;
  sourceReason: string;
  explanation: string;
  generation: number;
  policyVersion: number;
  occurredAt: string;
  bookedAt: string;
  capped: { cap: string; grossPoints: number } | null;
  asset: { id: string; title: string } | null;
  actor: { id: string; name: string } | null;
};

export type CreditStatementQueryVariables = Exact<{
  userId: string | number;
  period: PeriodInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CreditStatementQuery = {
  creditEntries: {
    sum: number;
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        points: number;
        reason: string;
        sourceReason: string;
        explanation: string;
        generation: number;
        policyVersion: number;
        occurredAt: string;
        bookedAt: string;
        capped: { cap: string; grossPoints: number } | null;
        asset: { id: string; title: string } | null;
        actor: { id: string; name: string } | null;
      };
    }>;
  };
};

export type PeriodFieldsFragment = {
  kind: PeriodKind;
  label: string;
  from: string | null;
  to: string | null;
  closed: boolean;
};

export type ResolvePeriodQueryVariables = Exact<{
  period: PeriodInput;
}>;

export type ResolvePeriodQuery = {
  period: { kind: PeriodKind; label: string; from: string | null; to: string | null; closed: boolean };
};

export type ScoringPolicyHistoryQueryVariables = Exact<{ [key: string]: never }>;

export type ScoringPolicyHistoryQuery = {
  scoringPolicyHistory: Array<{
    version: number;
    policy: string;
    createdAt: string | null;
    createdBy: { id: string; name: string } | null;
  }>;
};

export type ScoringPolicyQueryVariables = Exact<{ [key: string]: never }>;

export type ScoringPolicyQuery = { scoringPolicy: string };

export type UpdateScoringPolicyMutationVariables = Exact<{
  policy: string;
}>;

export type UpdateScoringPolicyMutation = { updateScoringPolicy: string };

export type ImportResultFieldsFragment = {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: Array<{ row: number; message: string }>;
};

export type DealAuditTrailQueryVariables = Exact<{
  id: string | number;
}>;

export type DealAuditTrailQuery = {
  deal: {
    id: string;
    auditTrail: Array<{
      id: string;
      field: string;
      before: string | null;
      after: string | null;
      source: DealChangeSource;
      changedAt: string;
      actor: { id: string; name: string } | null;
    }> | null;
  } | null;
};

export type DealRowFieldsFragment = {
  id: string;
  externalId: string;
  name: string;
  accountName: string | null;
  industry: string | null;
  product: string | null;
  amount: number | null;
  outcome: DealOutcome;
  stage: string | null;
  closedAt: string | null;
  owner: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
};

export type DealDetailFieldsFragment = {
  competitor: string | null;
  engagedAt: string | null;
  id: string;
  externalId: string;
  name: string;
  accountName: string | null;
  industry: string | null;
  product: string | null;
  amount: number | null;
  outcome: DealOutcome;
  stage: string | null;
  closedAt: string | null;
  owner: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
};

export type DealFilterOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type DealFilterOptionsQuery = {
  teams: Array<{ id: string; name: string }>;
  industries: Array<{ key: string }>;
  products: Array<{ key: string }>;
  owners: Array<{ key: string; groupId: string | null }>;
};

export type DealReviewFlagsQueryVariables = Exact<{ [key: string]: never }>;

export type DealReviewFlagsQuery = {
  dealReviewFlags: Array<{
    outcomeChanges: number;
    reopenings: number;
    reasons: Array<string>;
    lastChangeAt: string;
    deal: { id: string; externalId: string; name: string; outcome: DealOutcome };
  }>;
};

export type DealQueryVariables = Exact<{
  id: string | number;
}>;

export type DealQuery = {
  deal: {
    competitor: string | null;
    engagedAt: string | null;
    id: string;
    externalId: string;
    name: string;
    accountName: string | null;
    industry: string | null;
    product: string | null;
    amount: number | null;
    outcome: DealOutcome;
    stage: string | null;
    closedAt: string | null;
    owner: { id: string; name: string } | null;
    team: { id: string; name: string } | null;
  } | null;
};

export type DealsQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  outcome?: DealOutcome | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DealsQuery = {
  deals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        externalId: string;
        name: string;
        accountName: string | null;
        industry: string | null;
        product: string | null;
        amount: number | null;
        outcome: DealOutcome;
        stage: string | null;
        closedAt: string | null;
        owner: { id: string; name: string } | null;
        team: { id: string; name: string } | null;
      };
    }>;
  };
};

export type EmbedDealByCrmIdQueryVariables = Exact<{
  crmId: string;
}>;

export type EmbedDealByCrmIdQuery = { dealByCrmId: { id: string } | null };

export type EmbedDealQueryVariables = Exact<{
  id: string | number;
}>;

export type EmbedDealQuery = {
  deal: {
    id: string;
    externalId: string;
    name: string;
    accountName: string | null;
    stage: string | null;
    amount: number | null;
    outcome: DealOutcome;
    viewerMayShare: boolean;
    usedAssets: Array<{ uses: number; lastUsedAt: string; asset: { id: string; kind: AssetKind; title: string } }>;
  } | null;
};

export type EndorseAssetMutationVariables = Exact<{
  assetId: string | number;
  kind: EndorsementKind;
  comment?: string | null | undefined;
}>;

export type EndorseAssetMutation = {
  endorseAsset: {
    id: string;
    kind: EndorsementKind;
    comment: string | null;
    createdAt: string;
    pointsAwarded: number;
    asset: {
      id: string;
      endorsements: Array<{
        id: string;
        kind: EndorsementKind;
        comment: string | null;
        createdAt: string;
        pointsAwarded: number;
        endorser: { id: string; name: string };
      }>;
      stats: {
        reuseCount: number;
        uniqueReusers: number;
        teamsReached: number;
        viewCount: number;
        endorsementCount: number;
        creditGenerated: number;
        slidesUsed: Array<{ slide: number; reuses: number }>;
      };
    };
    endorser: { id: string; name: string };
  };
};

export type EndorsementFieldsFragment = {
  id: string;
  kind: EndorsementKind;
  comment: string | null;
  createdAt: string;
  pointsAwarded: number;
  endorser: { id: string; name: string };
};

export type AssetEndorsementsFragment = {
  id: string;
  endorsements: Array<{
    id: string;
    kind: EndorsementKind;
    comment: string | null;
    createdAt: string;
    pointsAwarded: number;
    endorser: { id: string; name: string };
  }>;
  stats: {
    reuseCount: number;
    uniqueReusers: number;
    teamsReached: number;
    viewCount: number;
    endorsementCount: number;
    creditGenerated: number;
    slidesUsed: Array<{ slide: number; reuses: number }>;
  };
};

export type WithdrawEndorsementMutationVariables = Exact<{
  id: string | number;
}>;

export type WithdrawEndorsementMutation = { withdrawEndorsement: boolean };

export type AssetEndorsementsRefreshQueryVariables = Exact<{
  assetId: string | number;
}>;

export type AssetEndorsementsRefreshQuery = {
  asset: {
    id: string;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  } | null;
};

export type AttachmentDocumentFieldsFragment = {
  id: string;
  fileName: string;
  previewPath: string | null;
  thumbnailPath: string | null;
  extraction: {
    status: FileExtractionStatus;
    progress: number;
    kind: string;
    pageLabel: string | null;
    pageCount: number | null;
    title: string | null;
    preview: FilePreviewKind | null;
    error: string | null;
  } | null;
};

export type AttachmentOutlineQueryVariables = Exact<{
  assetId: string | number;
  first: number;
}>;

export type AttachmentOutlineQuery = {
  asset: {
    id: string;
    attachments: Array<{ id: string; pages: Array<{ n: number; heading: string | null; text: string }> }>;
  } | null;
};

export type FileAssetProgressQueryVariables = Exact<{
  id: string | number;
}>;

export type FileAssetProgressQuery = {
  asset: {
    id: string;
    title: string;
    summary: string | null;
    body: string;
    version: number;
    attachments: Array<{
      id: string;
      fileName: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
  } | null;
};

export type FollowMutationVariables = Exact<{
  kind: FollowKind;
  target: string;
}>;

export type FollowMutation = { follow: { kind: FollowKind; target: string } };

export type FollowingQueryVariables = Exact<{ [key: string]: never }>;

export type FollowingQuery = {
  following: Array<{
    kind: FollowKind;
    target: string;
    user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null } | null;
  }>;
};

export type UnfollowMutationVariables = Exact<{
  kind: FollowKind;
  target: string;
}>;

export type UnfollowMutation = { unfollow: boolean };

export type KnowledgeFlowQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  teamId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;

export type KnowledgeFlowQuery = {
  knowledgeFlow: {
    from: string;
    to: string;
    scope: KnowledgeFlowScope;
    teams: Array<{ id: string; name: string; inScope: boolean }>;
    reuseMatrix: Array<{ reusingTeamId: string; authoringTeamId: string; reuses: number; events: number }>;
    deadContent: {
      total: number;
      byTeamAndKind: Array<{ teamId: string | null; kind: AssetKind; count: number }>;
      assets: Array<{
        id: string;
        title: string;
        kind: AssetKind;
        teamId: string | null;
        publishedAt: string;
        lastReusedAt: string | null;
      }>;
    };
    contentGaps: Array<{ query: string; searches: number; days: number; lastSearchedAt: string }>;
    adoption: Array<{
      teamId: string;
      month: string;
      people: number;
      sharing: number;
      participating: number;
      contributing: number;
      none: number;
    }>;
    timeToFirstReuse: Array<{
      kind: AssetKind | null;
      published: number;
      reused: number;
      medianDays: number | null;
      bands: Array<{ label: string; count: number }>;
    }>;
  };
};

export type LeaderboardEntryFieldsFragment = {
  rank: number;
  value: number;
  user: {
    id: string;
    name: string;
    status: UserStatus;
    team: { id: string; name: string } | null;
    viewerCan: { readCredit: boolean };
  };
};

export type LeaderboardQueryVariables = Exact<{
  period: PeriodInput;
  metric: LeaderboardMetric;
  teamId?: string | number | null | undefined;
  first: number;
  includeInactive?: boolean | null | undefined;
}>;

export type LeaderboardQuery = {
  leaderboard: {
    metric: LeaderboardMetric;
    size: number;
    period: { kind: PeriodKind; label: string; from: string | null; to: string | null; closed: boolean };
    entries: Array<{
      rank: number;
      value: number;
      user: {
        id: string;
        name: string;
        status: UserStatus;
        team: { id: string; name: string } | null;
        viewerCan: { readCredit: boolean };
      };
    }>;
    viewerEntry: {
      rank: number;
      value: number;
      user: {
        id: string;
        name: string;
        status: UserStatus;
        team: { id: string; name: string } | null;
        viewerCan: { readCredit: boolean };
      };
    } | null;
  };
};

export type CreditReceivedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type CreditReceivedSubscription = {
  creditReceived: { points: number; reason: string; assetId: string | null; actorId: string };
};

export type CreditNoticeContextQueryVariables = Exact<{
  actorId: string | number;
  assetId: string | number;
  withAsset: boolean;
}>;

export type CreditNoticeContextQuery = {
  user: { id: string; name: string } | null;
  asset?: { id: string; title: string } | null;
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationFieldsFragment = {
  id: string;
  kind: string;
  text: string;
  path: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationCentreQueryVariables = Exact<{
  first?: number | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;

export type NotificationCentreQuery = {
  notifications: Array<{
    id: string;
    kind: string;
    text: string;
    path: string | null;
    createdAt: string;
    readAt: string | null;
  }>;
};

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationsQuery = { notifications: Array<{ id: string }> };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationSettingsQuery = {
  notificationSettings: { digest: DigestFrequency; digestsAvailable: boolean };
};

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;

export type UpdateNotificationSettingsMutation = {
  updateNotificationSettings: { digest: DigestFrequency; digestsAvailable: boolean };
};

export type ExpertsQueryVariables = Exact<{
  topic: string;
  first?: number | null | undefined;
}>;

export type ExpertsQuery = {
  experts: Array<{
    score: number;
    assetCount: number;
    endorsementCount: number;
    person: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    topAssets: Array<{ id: string; title: string }>;
  }>;
};

export type PersonProfileQueryVariables = Exact<{
  userId: string | number;
}>;

export type PersonProfileQuery = {
  personProfile: {
    id: string;
    assetCount: number;
    endorsementCount: number;
    engagementLevel: EngagementLevel | null;
    person: {
      id: string;
      name: string;
      title: string | null;
      status: UserStatus;
      team: { id: string; name: string } | null;
      viewerCan: { readCredit: boolean };
    };
    assets: Array<{
      role: AuthorRole;
      share: number;
      asset: {
        id: string;
        title: string;
        kind: AssetKind;
        status: AssetStatus;
        visibility: Visibility;
        publishedAt: string | null;
        createdAt: string;
      };
    }>;
    reach: { shareLinkViews: number; dealsUsedIn: number; reuses: Array<{ kind: string; count: number }> };
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      endorser: { id: string; name: string };
      asset: { id: string; title: string };
    }>;
    expertise: {
      industries: Array<{ value: string; assets: number; endorsements: number }>;
      buyerRoles: Array<{ value: string; assets: number; endorsements: number }>;
      products: Array<{ value: string; assets: number; endorsements: number }>;
    };
    engagement: { sharing: number; participating: number; contributing: number };
    credit: { allTime: number; thisQuarter: number; quarterLabel: string } | null;
  };
};

export type ExpertiseTermFieldsFragment = { value: string; assets: number; endorsements: number };

export type AcceptAnswerMutationVariables = Exact<{
  questionId: string | number;
  commentId: string | number;
}>;

export type AcceptAnswerMutation = { acceptAnswer: { id: string; acceptedAt: string | null } };

export type AnswerQuestionMutationVariables = Exact<{
  questionId: string | number;
  body: string;
}>;

export type AnswerQuestionMutation = { answerQuestion: { id: string } };

export type AskQuestionMutationVariables = Exact<{
  title: string;
  body: string;
  industries?: Array<string> | string | null | undefined;
  buyerRoles?: Array<string> | string | null | undefined;
  products?: Array<string> | string | null | undefined;
}>;

export type AskQuestionMutation = { askQuestion: { id: string } };

export type PromoteAnswerMutationVariables = Exact<{
  questionId: string | number;
}>;

export type PromoteAnswerMutation = { promoteAnswer: { id: string } };

export type QuestionSummaryFragment = {
  id: string;
  title: string;
  industries: Array<string>;
  buyerRoles: Array<string>;
  products: Array<string>;
  createdAt: string;
  acceptedAt: string | null;
  answerCount: number;
  asker: { id: string; name: string };
};

export type QuestionQueryVariables = Exact<{
  id: string | number;
}>;

export type QuestionQuery = {
  question: {
    body: string;
    promotedAssetId: string | null;
    id: string;
    title: string;
    industries: Array<string>;
    buyerRoles: Array<string>;
    products: Array<string>;
    createdAt: string;
    acceptedAt: string | null;
    answerCount: number;
    acceptedAnswer: { id: string } | null;
    answers: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; name: string };
      mentions: Array<{
        notified: boolean;
        reason: MentionReason | null;
        user: { id: string; name: string; email: string | null };
      }>;
    }>;
    expertSuggestions: Array<{
      rank: number;
      score: number;
      reason: string;
      user: { id: string; name: string; title: string | null };
    }>;
    viewerCan: { answer: boolean; accept: boolean; promote: boolean };
    asker: { id: string; name: string };
  } | null;
};

export type QuestionsQueryVariables = Exact<{
  scope?: QuestionListScope | null | undefined;
  first?: number | null | undefined;
}>;

export type QuestionsQuery = {
  questions: Array<{
    id: string;
    title: string;
    industries: Array<string>;
    buyerRoles: Array<string>;
    products: Array<string>;
    createdAt: string;
    acceptedAt: string | null;
    answerCount: number;
    asker: { id: string; name: string };
  }>;
};

export type AuthorshipReportFieldsFragment = {
  credit: number;
  rank: number | null;
  assetsAuthored: number;
  uniqueReusers: number;
  teamsReached: number;
  derivedAssets: number;
  wonDealsInfluenced: number;
  wonAmountInfluenced: number;
  reusesReceived: Array<{ kind: string; count: number }>;
  endorsementsReceived: Array<{ kind: string; count: number }>;
  engagement: { sharing: number; participating: number; contributing: number };
};

export type PerformanceReportFieldsFragment = {
  trend: {
    credit: number;
    previousCredit: number | null;
    change: number | null;
    teamMedian: number | null;
    points: Array<{ label: string; from: string | null; credit: number; teamMedian: number | null }>;
  } | null;
  assets: Array<{
    assetId: string;
    title: string;
    kind: string;
    role: string;
    share: number;
    customerSessions: number;
    wonDeals: number;
    wonAmount: number;
    credit: number;
    reuses: Array<{ kind: string; count: number }>;
  }> | null;
  endorsementComments: Array<{
    id: string;
    kind: string;
    comment: string;
    createdAt: string;
    endorserId: string;
    endorserName: string;
    assetId: string;
    assetTitle: string;
  }> | null;
  acceptedAnswers: Array<{ questionId: string; questionTitle: string; askerName: string; acceptedAt: string }> | null;
};

export type PersonReportQueryVariables = Exact<{
  userId: string | number;
  period: PeriodInput;
}>;

export type PersonReportQuery = {
  authorshipReport: {
    csv: string;
    credit: number;
    rank: number | null;
    assetsAuthored: number;
    uniqueReusers: number;
    teamsReached: number;
    derivedAssets: number;
    wonDealsInfluenced: number;
    wonAmountInfluenced: number;
    period: { kind: PeriodKind; label: string; from: string | null; to: string | null; closed: boolean };
    user: {
      id: string;
      name: string;
      title: string | null;
      status: UserStatus;
      team: { id: string; name: string } | null;
    } | null;
    reusesReceived: Array<{ kind: string; count: number }>;
    endorsementsReceived: Array<{ kind: string; count: number }>;
    engagement: { sharing: number; participating: number; contributing: number };
    trend: {
      credit: number;
      previousCredit: number | null;
      change: number | null;
      teamMedian: number | null;
      points: Array<{ label: string; from: string | null; credit: number; teamMedian: number | null }>;
    } | null;
    assets: Array<{
      assetId: string;
      title: string;
      kind: string;
      role: string;
      share: number;
      customerSessions: number;
      wonDeals: number;
      wonAmount: number;
      credit: number;
      reuses: Array<{ kind: string; count: number }>;
    }> | null;
    endorsementComments: Array<{
      id: string;
      kind: string;
      comment: string;
      createdAt: string;
      endorserId: string;
      endorserName: string;
      assetId: string;
      assetTitle: string;
    }> | null;
    acceptedAnswers: Array<{ questionId: string; questionTitle: string; askerName: string; acceptedAt: string }> | null;
  };
};

export type TeamReportQueryVariables = Exact<{
  teamId: string | number;
  period: PeriodInput;
}>;

export type TeamReportQuery = {
  authorshipReport: {
    csv: string;
    credit: number;
    rank: number | null;
    assetsAuthored: number;
    uniqueReusers: number;
    teamsReached: number;
    derivedAssets: number;
    wonDealsInfluenced: number;
    wonAmountInfluenced: number;
    period: { kind: PeriodKind; label: string; from: string | null; to: string | null; closed: boolean };
    team: { id: string; name: string } | null;
    knowledgeFlow: Array<{ teamId: string; teamName: string; received: number; given: number }> | null;
    members: Array<{
      credit: number;
      rank: number | null;
      assetsAuthored: number;
      uniqueReusers: number;
      teamsReached: number;
      derivedAssets: number;
      wonDealsInfluenced: number;
      wonAmountInfluenced: number;
      user: { id: string; name: string; title: string | null; status: UserStatus } | null;
      reusesReceived: Array<{ kind: string; count: number }>;
      endorsementsReceived: Array<{ kind: string; count: number }>;
      engagement: { sharing: number; participating: number; contributing: number };
    }> | null;
    reusesReceived: Array<{ kind: string; count: number }>;
    endorsementsReceived: Array<{ kind: string; count: number }>;
    engagement: { sharing: number; participating: number; contributing: number };
  };
};

export type PersonEngagementQueryVariables = Exact<{
  userId: string | number;
  period: PeriodInput;
}>;

export type PersonEngagementQuery = {
  authorshipReport: {
    rank: number | null;
    engagement: { sharing: number; participating: number; contributing: number };
  };
};

export type ReuseAssetStatsFragment = {
  id: string;
  stats: {
    reuseCount: number;
    uniqueReusers: number;
    teamsReached: number;
    viewCount: number;
    endorsementCount: number;
    creditGenerated: number;
    slidesUsed: Array<{ slide: number; reuses: number }>;
  };
};

export type OpenDealsQueryVariables = Exact<{
  ownerId: string | number;
}>;

export type OpenDealsQuery = {
  deals: {
    totalCount: number;
    edges: Array<{
      node: { id: string; name: string; accountName: string | null; product: string | null; amount: number | null };
    }>;
  };
};

export type RecordReuseMutationVariables = Exact<{
  input: RecordReuseInput;
}>;

export type RecordReuseMutation = {
  recordReuse: {
    id: string;
    kind: ReuseKind;
    occurredAt: string;
    pointsAwarded: number;
    explanation: string;
    asset: {
      id: string;
      stats: {
        reuseCount: number;
        uniqueReusers: number;
        teamsReached: number;
        viewCount: number;
        endorsementCount: number;
        creditGenerated: number;
        slidesUsed: Array<{ slide: number; reuses: number }>;
      };
    };
  };
};

export type ReuseTargetQueryVariables = Exact<{
  assetId: string | number;
}>;

export type ReuseTargetQuery = {
  viewer: { id: string } | null;
  asset: { id: string; title: string; body: string } | null;
};

export type ReviewFlagsQueryVariables = Exact<{
  period: PeriodInput;
}>;

export type ReviewFlagsQuery = {
  creditRings: Array<{ mutualPoints: number; share: number; users: Array<{ id: string; name: string }> }>;
  creditSpikes: Array<{
    day: string;
    points: number;
    medianPoints: number;
    user: { id: string; name: string };
    events: Array<{
      eventId: string;
      kind: string;
      occurredAt: string;
      points: number;
      actor: { id: string; name: string } | null;
      asset: { id: string; title: string } | null;
    }>;
  }>;
};

export type GlobalSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;

export type GlobalSearchQuery = {
  globalSearch: {
    assets: Array<{
      id: string;
      title: string;
      kind: AssetKind;
      authors: Array<{ user: { id: string; name: string } }>;
    }>;
    people: Array<{
      id: string;
      name: string;
      title: string | null;
      status: UserStatus;
      team: { id: string; name: string } | null;
    }>;
    deals: Array<{
      id: string;
      name: string;
      accountName: string | null;
      stage: string | null;
      outcome: DealOutcome;
      owner: { id: string; name: string } | null;
    }>;
  };
};

export type ClientSafeKindsQueryVariables = Exact<{ [key: string]: never }>;

export type ClientSafeKindsQuery = { clientSafeKinds: Array<AssetKind> };

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;

export type CreateShareLinkMutation = {
  createShareLink: {
    id: string;
    url: string;
    createdAt: string;
    recipientName: string | null;
    recipientEmail: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
    requireEmail: boolean;
    opens: number;
    firstViewedAt: string | null;
    totalSeconds: number;
    asset: { id: string; title: string };
    deal: { id: string; name: string } | null;
    sessions: Array<{
      id: string;
      startedAt: string;
      lastActivityAt: string;
      durationSeconds: number;
      pagesViewed: number;
      device: string | null;
      email: string | null;
      pageSeconds: Array<{ page: number; seconds: number }>;
    }>;
  };
};

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationAddedSubscription = {
  notificationAdded: { id: string; kind: string; text: string; path: string | null; createdAt: string };
};

export type RevokeShareLinkMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeShareLinkMutation = { revokeShareLink: { id: string; revokedAt: string | null } };

export type ShareLinkFieldsFragment = {
  id: string;
  url: string;
  createdAt: string;
  recipientName: string | null;
  recipientEmail: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  requireEmail: boolean;
  opens: number;
  firstViewedAt: string | null;
  totalSeconds: number;
  asset: { id: string; title: string };
  deal: { id: string; name: string } | null;
  sessions: Array<{
    id: string;
    startedAt: string;
    lastActivityAt: string;
    durationSeconds: number;
    pagesViewed: number;
    device: string | null;
    email: string | null;
    pageSeconds: Array<{ page: number; seconds: number }>;
  }>;
};

export type ShareLinksQueryVariables = Exact<{
  assetId?: string | number | null | undefined;
  dealId?: string | number | null | undefined;
}>;

export type ShareLinksQuery = {
  shareLinks: Array<{
    id: string;
    url: string;
    createdAt: string;
    recipientName: string | null;
    recipientEmail: string | null;
    expiresAt: string | null;
    revokedAt: string | null;
    requireEmail: boolean;
    opens: number;
    firstViewedAt: string | null;
    totalSeconds: number;
    asset: { id: string; title: string };
    deal: { id: string; name: string } | null;
    sessions: Array<{
      id: string;
      startedAt: string;
      lastActivityAt: string;
      durationSeconds: number;
      pagesViewed: number;
      device: string | null;
      email: string | null;
      pageSeconds: Array<{ page: number; seconds: number }>;
    }>;
  }>;
};

export type AdaptFromSimilarMutationVariables = Exact<{
  assetId: string | number;
  derivedFromId: string | number;
}>;

export type AdaptFromSimilarMutation = {
  adaptFromSimilar: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type AttributionReviewFieldsFragment = {
  id: string;
  status: string;
  similarity: number;
  derivedFromId: string | null;
  createdAt: string;
  resolvedAt: string | null;
  asset: {
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
  };
  matchedAsset: { id: string } | null;
  matches: Array<{
    similarity: number;
    partial: boolean;
    slidesLabel: string | null;
    declined: boolean;
    asset: {
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    };
  }>;
};

export type AttributionReviewsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type AttributionReviewsQuery = {
  attributionReviews: Array<{
    id: string;
    status: string;
    similarity: number;
    derivedFromId: string | null;
    createdAt: string;
    resolvedAt: string | null;
    asset: {
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    };
    matchedAsset: { id: string } | null;
    matches: Array<{
      similarity: number;
      partial: boolean;
      slidesLabel: string | null;
      declined: boolean;
      asset: {
        id: string;
        kind: AssetKind;
        title: string;
        summary: string | null;
        status: AssetStatus;
        visibility: Visibility;
        publishedAt: string | null;
        createdAt: string;
        thumbnailPath: string | null;
        outOfDate: boolean;
        industries: Array<string>;
        buyerRoles: Array<string>;
        journeyPhases: Array<JourneyPhase>;
        products: Array<string>;
        tags: Array<string>;
        team: { id: string; name: string } | null;
        derivedFrom: { id: string; title: string } | null;
        authors: Array<{
          role: AuthorRole;
          share: number;
          consent: AuthorshipConsent | null;
          user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
        }>;
      };
    }>;
  }>;
};

export type DeclineSimilarMutationVariables = Exact<{
  assetId: string | number;
  similarAssetId: string | number;
}>;

export type DeclineSimilarMutation = {
  declineSimilar: {
    similarity: number;
    partial: boolean;
    slidesLabel: string | null;
    declined: boolean;
    asset: {
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    };
  };
};

export type ResolveAttributionReviewMutationVariables = Exact<{
  id: string | number;
  derivedFromId?: string | number | null | undefined;
}>;

export type ResolveAttributionReviewMutation = {
  resolveAttributionReview: {
    id: string;
    status: string;
    similarity: number;
    derivedFromId: string | null;
    createdAt: string;
    resolvedAt: string | null;
    asset: {
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    };
    matchedAsset: { id: string } | null;
    matches: Array<{
      similarity: number;
      partial: boolean;
      slidesLabel: string | null;
      declined: boolean;
      asset: {
        id: string;
        kind: AssetKind;
        title: string;
        summary: string | null;
        status: AssetStatus;
        visibility: Visibility;
        publishedAt: string | null;
        createdAt: string;
        thumbnailPath: string | null;
        outOfDate: boolean;
        industries: Array<string>;
        buyerRoles: Array<string>;
        journeyPhases: Array<JourneyPhase>;
        products: Array<string>;
        tags: Array<string>;
        team: { id: string; name: string } | null;
        derivedFrom: { id: string; title: string } | null;
        authors: Array<{
          role: AuthorRole;
          share: number;
          consent: AuthorshipConsent | null;
          user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
        }>;
      };
    }>;
  };
};

export type SimilarAssetFieldsFragment = {
  similarity: number;
  partial: boolean;
  slidesLabel: string | null;
  declined: boolean;
  asset: {
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
  };
};

export type SimilarAssetsQueryVariables = Exact<{
  assetId: string | number;
}>;

export type SimilarAssetsQuery = {
  similarAssets: Array<{
    similarity: number;
    partial: boolean;
    slidesLabel: string | null;
    declined: boolean;
    asset: {
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    };
  }>;
};

export type DealSuggestionsQueryVariables = Exact<{
  dealId: string | number;
  first?: number | null | undefined;
}>;

export type DealSuggestionsQuery = {
  dealSuggestions: Array<{
    score: number;
    reasons: Array<string>;
    asset: {
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      publishedAt: string | null;
      outOfDate: boolean;
      approval: { state: ApprovalState; blocksSharing: boolean };
      authors: Array<{ role: AuthorRole; share: number; user: { id: string; name: string } }>;
    };
  }>;
};

export type AddTaxonomyTermMutationVariables = Exact<{
  kind: TaxonomyKind;
  value: string;
}>;

export type AddTaxonomyTermMutation = { addTaxonomyTerm: { kind: TaxonomyKind; value: string; assetCount: number } };

export type TagSuggestionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type TagSuggestionsQuery = { tagSuggestions: Array<{ value: string; assetCount: number }> };

export type TaxonomyTermsQueryVariables = Exact<{
  kind: TaxonomyKind;
  search?: string | null | undefined;
}>;

export type TaxonomyTermsQuery = { taxonomy: Array<{ kind: TaxonomyKind; value: string; assetCount: number }> };

export type CreateTeamMutationVariables = Exact<{
  name: string;
  managerIds?: Array<string | number> | string | number | null | undefined;
}>;

export type CreateTeamMutation = {
  createTeam: { id: string; name: string; memberCount: number; managers: Array<{ id: string; name: string }> };
};

export type SetTeamManagersMutationVariables = Exact<{
  teamId: string | number;
  userIds: Array<string | number> | string | number;
}>;

export type SetTeamManagersMutation = {
  setTeamManagers: { id: string; name: string; memberCount: number; managers: Array<{ id: string; name: string }> };
};

export type TeamsQueryVariables = Exact<{ [key: string]: never }>;

export type TeamsQuery = {
  teams: Array<{
    id: string;
    name: string;
    memberCount: number;
    viewerCan: { readReport: boolean };
    managers: Array<{ id: string; name: string }>;
  }>;
};

export type TemplateMyDealsQueryVariables = Exact<{
  ownerId: string | number;
}>;

export type TemplateMyDealsQuery = {
  deals: { edges: Array<{ node: { id: string; name: string; accountName: string | null } }> };
};

export type PersonalizeTemplateMutationVariables = Exact<{
  input: PersonalizeTemplateInput;
}>;

export type PersonalizeTemplateMutation = {
  personalizeTemplate: {
    body: string;
    isTemplate: boolean;
    version: number;
    updatedAt: string;
    id: string;
    kind: AssetKind;
    title: string;
    summary: string | null;
    status: AssetStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    thumbnailPath: string | null;
    outOfDate: boolean;
    industries: Array<string>;
    buyerRoles: Array<string>;
    journeyPhases: Array<JourneyPhase>;
    products: Array<string>;
    tags: Array<string>;
    templateChange: {
      templateId: string;
      dealId: string;
      fromVersion: number;
      toVersion: number;
      diff: Array<{ oldStart: number; newStart: number; lines: Array<string> }>;
    } | null;
    viewerCan: {
      edit: boolean;
      publish: boolean;
      archive: boolean;
      setAuthors: boolean;
      adapt: boolean;
      endorse: boolean;
      declineCoauthorship: boolean;
      acceptCoauthorship: boolean;
    };
    declinedAuthors: Array<{ role: AuthorRole; share: number; declinedAt: string; user: { id: string; name: string } }>;
    approval: {
      state: ApprovalState;
      blocksSharing: boolean;
      version: number;
      waitingSince: string | null;
      decidedAt: string | null;
      note: string | null;
      viewerCanDecide: boolean;
      decidedBy: { id: string; name: string } | null;
    };
    ancestry: Array<{ id: string; title: string; kind: AssetKind }>;
    derivedAssets: Array<{
      id: string;
      kind: AssetKind;
      title: string;
      summary: string | null;
      status: AssetStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      thumbnailPath: string | null;
      outOfDate: boolean;
      industries: Array<string>;
      buyerRoles: Array<string>;
      journeyPhases: Array<JourneyPhase>;
      products: Array<string>;
      tags: Array<string>;
      team: { id: string; name: string } | null;
      derivedFrom: { id: string; title: string } | null;
      authors: Array<{
        role: AuthorRole;
        share: number;
        consent: AuthorshipConsent | null;
        user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
      }>;
    }>;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      createdAt: string;
      downloadPath: string;
      previewPath: string | null;
      thumbnailPath: string | null;
      uploadedBy: { id: string; name: string } | null;
      extraction: {
        status: FileExtractionStatus;
        progress: number;
        kind: string;
        pageLabel: string | null;
        pageCount: number | null;
        title: string | null;
        preview: FilePreviewKind | null;
        error: string | null;
      } | null;
    }>;
    versions: Array<{
      version: number;
      change: VersionChange;
      createdAt: string;
      editedBy: { id: string; name: string } | null;
    }>;
    team: { id: string; name: string } | null;
    derivedFrom: { id: string; title: string } | null;
    authors: Array<{
      role: AuthorRole;
      share: number;
      consent: AuthorshipConsent | null;
      user: { id: string; name: string; title: string | null; team: { id: string; name: string } | null };
    }>;
    endorsements: Array<{
      id: string;
      kind: EndorsementKind;
      comment: string | null;
      createdAt: string;
      pointsAwarded: number;
      endorser: { id: string; name: string };
    }>;
    stats: {
      reuseCount: number;
      uniqueReusers: number;
      teamsReached: number;
      viewCount: number;
      endorsementCount: number;
      creditGenerated: number;
      slidesUsed: Array<{ slide: number; reuses: number }>;
    };
  };
};

export type TemplatePlaceholdersQueryVariables = Exact<{ [key: string]: never }>;

export type TemplatePlaceholdersQuery = { templatePlaceholders: Array<{ key: string; label: string }> };

export type TemplatePreviewQueryVariables = Exact<{
  templateId: string | number;
  dealId: string | number;
}>;

export type TemplatePreviewQuery = { templatePreview: Array<{ locked: boolean; text: string }> };

export type CreateUserMutationVariables = Exact<{
  email: string;
  name: string;
  password: string;
  role: Role;
  teamId?: string | number | null | undefined;
  title?: string | null | undefined;
}>;

export type CreateUserMutation = {
  createUser: {
    id: string;
    name: string;
    email: string | null;
    title: string | null;
    role: Role;
    status: UserStatus;
    canLogIn: boolean;
    team: { id: string; name: string } | null;
  };
};

export type SetUserStatusMutationVariables = Exact<{
  userId: string | number;
  status: UserStatus;
}>;

export type SetUserStatusMutation = { setUserStatus: { id: string; status: UserStatus; canLogIn: boolean } };

export type UserOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type UserOptionsQuery = {
  users: { edges: Array<{ node: { id: string; name: string; email: string | null; role: Role } }> };
};

export type UsersQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type UsersQuery = {
  users: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        email: string | null;
        title: string | null;
        role: Role;
        status: UserStatus;
        canLogIn: boolean;
        team: { id: string; name: string } | null;
      };
    }>;
  };
};

export type AssetVerificationFieldsFragment = {
  id: string;
  status: AssetStatus;
  outOfDate: boolean;
  daysOverdue: number;
  verifiedAt: string | null;
  reviewDueAt: string | null;
  verifier: { id: string; name: string } | null;
  verifiedBy: { id: string; name: string } | null;
  viewerCan: { verify: boolean };
};

export type AssetVerificationQueryVariables = Exact<{
  id: string | number;
}>;

export type AssetVerificationQuery = {
  asset: {
    id: string;
    status: AssetStatus;
    outOfDate: boolean;
    daysOverdue: number;
    verifiedAt: string | null;
    reviewDueAt: string | null;
    verifier: { id: string; name: string } | null;
    verifiedBy: { id: string; name: string } | null;
    viewerCan: { verify: boolean };
  } | null;
};

export type ReviewIntervalsQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewIntervalsQuery = { reviewIntervals: Array<{ kind: AssetKind; days: number; isDefault: boolean }> };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never }>;

export type ReviewQueueQuery = {
  reviewQueue: Array<{
    id: string;
    kind: AssetKind;
    title: string;
    status: AssetStatus;
    outOfDate: boolean;
    daysOverdue: number;
    reviewDueAt: string | null;
    openDealCount: number;
    archiveProposed: boolean;
    verifier: { id: string; name: string } | null;
    stats: { reuseCount: number };
    viewerCan: { verify: boolean; archive: boolean };
  }>;
};

export type SetAssetVerifierMutationVariables = Exact<{
  assetId: string | number;
  userId: string | number;
}>;

export type SetAssetVerifierMutation = {
  setAssetVerifier: {
    id: string;
    status: AssetStatus;
    outOfDate: boolean;
    daysOverdue: number;
    verifiedAt: string | null;
    reviewDueAt: string | null;
    verifier: { id: string; name: string } | null;
    verifiedBy: { id: string; name: string } | null;
    viewerCan: { verify: boolean };
  };
};

export type SetReviewIntervalMutationVariables = Exact<{
  input: SetReviewIntervalInput;
}>;

export type SetReviewIntervalMutation = { setReviewInterval: { kind: AssetKind; days: number; isDefault: boolean } };

export type VerifyAssetMutationVariables = Exact<{
  id: string | number;
}>;

export type VerifyAssetMutation = {
  verifyAsset: {
    id: string;
    status: AssetStatus;
    outOfDate: boolean;
    daysOverdue: number;
    verifiedAt: string | null;
    reviewDueAt: string | null;
    verifier: { id: string; name: string } | null;
    verifiedBy: { id: string; name: string } | null;
    viewerCan: { verify: boolean };
  };
};

export type ContentInfluenceQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  minClosedDeals?: number | null | undefined;
  first?: number | null | undefined;
}>;

export type ContentInfluenceQuery = {
  contentInfluence: Array<{
    dealsUsedIn: number;
    won: number;
    lost: number;
    winRate: number | null;
    comparableDeals: number;
    baselineWinRate: number | null;
    lift: number | null;
    enoughData: boolean;
    winRateInterval: { low: number; high: number } | null;
    asset: { id: string; kind: AssetKind; title: string };
  }>;
};

export type AnalysisFieldsFragment = {
  id: string;
  title: string;
  summary: string | null;
  status: AssetStatus;
  publishedAt: string | null;
  createdAt: string;
  authors: Array<{ role: AuthorRole; share: number; user: { id: string; name: string } }>;
  winLoss: {
    outcome: WinLossOutcome;
    reasons: Array<string>;
    competitor: string | null;
    buyerRolesInvolved: Array<string>;
    lessonsLearned: string | null;
    updatedAt: string;
  } | null;
};

export type DealAnalysesQueryVariables = Exact<{
  id: string | number;
}>;

export type DealAnalysesQuery = {
  deal: {
    id: string;
    analyses: Array<{
      id: string;
      title: string;
      summary: string | null;
      status: AssetStatus;
      publishedAt: string | null;
      createdAt: string;
      authors: Array<{ role: AuthorRole; share: number; user: { id: string; name: string } }>;
      winLoss: {
        outcome: WinLossOutcome;
        reasons: Array<string>;
        competitor: string | null;
        buyerRolesInvolved: Array<string>;
        lessonsLearned: string | null;
        updatedAt: string;
      } | null;
    }>;
  } | null;
};

export type TopLossReasonsQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  first?: number | null | undefined;
}>;

export type TopLossReasonsQuery = { topLossReasons: Array<{ reason: string; count: number; share: number }> };

export type WinLossReasonsQueryVariables = Exact<{ [key: string]: never }>;

export type WinLossReasonsQuery = { winLossReasons: Array<{ id: string; label: string }> };

export type WinLossQueryVariables = Exact<{
  groupBy: WinLossDimension;
  filter?: DealFilter | null | undefined;
}>;

export type WinLossQuery = {
  winLoss: Array<{
    key: string;
    groupId: string | null;
    won: number;
    lost: number;
    winRate: number | null;
    wonAmount: number;
    lostAmount: number;
    avgCycleDays: number | null;
  }>;
};

export const AssetCardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetCardFieldsFragment, unknown>;
export const EndorsementFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndorsementFieldsFragment, unknown>;
export const ReuseAssetStatsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReuseAssetStatsFragment, unknown>;
export const AssetEndorsementsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetEndorsementsFragment, unknown>;
export const AssetApprovalFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetApprovalFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const AttachmentDocumentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttachmentDocumentFieldsFragment, unknown>;
export const AssetDetailFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetDetailFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolve' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reply' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const CreditEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'points' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'generation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capped' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossPoints' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditEntryFieldsFragment, unknown>;
export const PeriodFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Period' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodFieldsFragment, unknown>;
export const ImportResultFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImportResultFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportResult' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'created' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
          { kind: 'Field', name: { kind: 'Name', value: 'skipped' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportResultFieldsFragment, unknown>;
export const DealRowFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DealRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'product' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealRowFieldsFragment, unknown>;
export const DealDetailFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DealDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DealRowFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competitor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DealRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'product' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealDetailFieldsFragment, unknown>;
export const LeaderboardEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeaderboardEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeaderboardEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'readCredit' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaderboardEntryFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const ExpertiseTermFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertiseTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertiseTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsements' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertiseTermFieldsFragment, unknown>;
export const QuestionSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionSummaryFragment, unknown>;
export const AuthorshipReportFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthorshipReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorshipReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assetsAuthored' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reusesReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsementsReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'derivedAssets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wonDealsInfluenced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wonAmountInfluenced' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engagement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sharing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contributing' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthorshipReportFieldsFragment, unknown>;
export const PerformanceReportFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PerformanceReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorshipReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousCredit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamMedian' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamMedian' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reuses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'customerSessions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wonDeals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wonAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsementComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorserName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetTitle' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptedAnswers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PerformanceReportFieldsFragment, unknown>;
export const ShareLinkFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShareLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstViewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSeconds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pagesViewed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareLinkFieldsFragment, unknown>;
export const SimilarAssetFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarAssetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarAsset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slidesLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarAssetFieldsFragment, unknown>;
export const AttributionReviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttributionReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AttributionReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'derivedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchedAsset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimilarAssetFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarAssetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarAsset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slidesLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttributionReviewFieldsFragment, unknown>;
export const AssetVerificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetVerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifiedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'verify' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetVerificationFieldsFragment, unknown>;
export const AnalysisFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winLoss' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competitor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerRolesInvolved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lessonsLearned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnalysisFieldsFragment, unknown>;
export const ApprovalQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApprovalQueue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvalQueue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
                { kind: 'Field', name: { kind: 'Name', value: 'waitingSeconds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'asset' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'user' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const ApproveAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveAssetMutation, ApproveAssetMutationVariables>;
export const RejectAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectAssetMutation, RejectAssetMutationVariables>;
export const ArchiveAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveAssetMutation, ArchiveAssetMutationVariables>;
export const AssetDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssetDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetDetailQuery, AssetDetailQueryVariables>;
export const AssetVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssetVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assetVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
                { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'products' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetVersionQuery, AssetVersionQueryVariables>;
export const CreateAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAssetInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAssetMutation, CreateAssetMutationVariables>;
export const DeriveAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeriveAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAssetInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deriveAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeriveAssetMutation, DeriveAssetMutationVariables>;
export const FeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Feed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feed' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedQuery, FeedQueryVariables>;
export const LibraryAssetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LibraryAssets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetSort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFacets' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileQuery' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          defaultValue: { kind: 'StringValue', value: '', block: false },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withFileMatches' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          defaultValue: { kind: 'BooleanValue', value: false },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalIsEstimate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facets' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withFacets' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kinds' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'industries' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'buyerRoles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'journeyPhases' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'products' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'tags' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'teams' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'fileMatches' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'query' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'fileQuery' } },
                                },
                              ],
                              directives: [
                                {
                                  kind: 'Directive',
                                  name: { kind: 'Name', value: 'include' },
                                  arguments: [
                                    {
                                      kind: 'Argument',
                                      name: { kind: 'Name', value: 'if' },
                                      value: { kind: 'Variable', name: { kind: 'Name', value: 'withFileMatches' } },
                                    },
                                  ],
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'attachmentId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'snippet' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LibraryAssetsQuery, LibraryAssetsQueryVariables>;
export const PublishAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishAssetMutation, PublishAssetMutationVariables>;
export const UpdateAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAssetInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAssetMutation, UpdateAssetMutationVariables>;
export const DeleteAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteAttachmentMutation, DeleteAttachmentMutationVariables>;
export const AuthConfigDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuthConfig' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authConfig' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'passwordLogin' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'oidc' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'loginUrl' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthConfigQuery, AuthConfigQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Viewer' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'readCredit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'administer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readEveryTeamReport' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'importAccounts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'importTeams' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'importDeals' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'addTaxonomyTerms' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'verifyAssets' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readDealAuditTrails' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewAttributions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewContent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setReviewIntervals' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'readKnowledgeFlow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decideApprovals' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AcceptCoauthorshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptCoauthorship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptCoauthorship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptCoauthorshipMutation, AcceptCoauthorshipMutationVariables>;
export const AuthorCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuthorCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'team' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuthorCandidatesQuery, AuthorCandidatesQueryVariables>;
export const DeclineCoauthorshipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineCoauthorship' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineCoauthorship' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineCoauthorshipMutation, DeclineCoauthorshipMutationVariables>;
export const SetAuthorsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAuthors' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'authors' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorshipInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAuthors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'authors' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'authors' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAuthorsMutation, SetAuthorsMutationVariables>;
export const AddCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolve' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reply' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const AssetCommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssetComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'comments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'replies' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolve' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reply' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetCommentsQuery, AssetCommentsQueryVariables>;
export const EditCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolve' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reply' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const MentionCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MentionCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentionCandidatesQuery, MentionCandidatesQueryVariables>;
export const ResolveCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'resolved' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'resolved' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'resolved' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolve' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reply' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResolveCommentMutation, ResolveCommentMutationVariables>;
export const CreditHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CreditHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditHistoryQuery, CreditHistoryQueryVariables>;
export const CreditPersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CreditPerson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditPersonQuery, CreditPersonQueryVariables>;
export const CreditStandingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CreditStanding' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withEntries' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaderboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'metric' },
                value: { kind: 'EnumValue', value: 'CREDIT' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerEntry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withEntries' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Period' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditStandingQuery, CreditStandingQueryVariables>;
export const CreditStatementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CreditStatement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sum' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CreditEntryFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CreditEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CreditEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'points' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'generation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'policyVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bookedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'capped' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'cap' } },
                { kind: 'Field', name: { kind: 'Name', value: 'grossPoints' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditStatementQuery, CreditStatementQueryVariables>;
export const ResolvePeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ResolvePeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Period' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResolvePeriodQuery, ResolvePeriodQueryVariables>;
export const ScoringPolicyHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScoringPolicyHistory' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scoringPolicyHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'policy' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'createdBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScoringPolicyHistoryQuery, ScoringPolicyHistoryQueryVariables>;
export const ScoringPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScoringPolicy' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'scoringPolicy' } }],
      },
    },
  ],
} as unknown as DocumentNode<ScoringPolicyQuery, ScoringPolicyQueryVariables>;
export const UpdateScoringPolicyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateScoringPolicy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateScoringPolicy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'policy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'policy' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateScoringPolicyMutation, UpdateScoringPolicyMutationVariables>;
export const DealAuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DealAuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'auditTrail' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealAuditTrailQuery, DealAuditTrailQueryVariables>;
export const DealFilterOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DealFilterOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'industries' },
            name: { kind: 'Name', value: 'winLoss' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'INDUSTRY' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'products' },
            name: { kind: 'Name', value: 'winLoss' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'PRODUCT' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'owners' },
            name: { kind: 'Name', value: 'winLoss' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'OWNER' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealFilterOptionsQuery, DealFilterOptionsQueryVariables>;
export const DealReviewFlagsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DealReviewFlags' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dealReviewFlags' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'outcomeChanges' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reopenings' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastChangeAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealReviewFlagsQuery, DealReviewFlagsQueryVariables>;
export const DealDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Deal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DealDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DealRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'product' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DealDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DealRowFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'competitor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealQuery, DealQueryVariables>;
export const DealsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Deals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DealFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DealOutcome' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcome' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DealRowFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DealRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'product' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'owner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealsQuery, DealsQueryVariables>;
export const EmbedDealByCrmIdDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmbedDealByCrmId' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'crmId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dealByCrmId' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'crmId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'crmId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmbedDealByCrmIdQuery, EmbedDealByCrmIdQueryVariables>;
export const EmbedDealDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmbedDeal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'externalId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerMayShare' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'usedAssets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'uses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'asset' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmbedDealQuery, EmbedDealQueryVariables>;
export const EndorseAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndorseAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndorsementKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorseAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'asset' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndorseAssetMutation, EndorseAssetMutationVariables>;
export const WithdrawEndorsementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawEndorsement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawEndorsement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawEndorsementMutation, WithdrawEndorsementMutationVariables>;
export const AssetEndorsementsRefreshDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssetEndorsementsRefresh' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetEndorsementsRefreshQuery, AssetEndorsementsRefreshQueryVariables>;
export const AttachmentOutlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AttachmentOutline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attachments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pages' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'n' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttachmentOutlineQuery, AttachmentOutlineQueryVariables>;
export const FileAssetProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FileAssetProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attachments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FileAssetProgressQuery, FileAssetProgressQueryVariables>;
export const FollowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Follow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'follow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowMutation, FollowMutationVariables>;
export const FollowingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Following' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'following' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowingQuery, FollowingQueryVariables>;
export const UnfollowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Unfollow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unfollow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'target' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'target' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnfollowMutation, UnfollowMutationVariables>;
export const KnowledgeFlowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KnowledgeFlow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'knowledgeFlow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'teams' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inScope' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reuseMatrix' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reusingTeamId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authoringTeamId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'events' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadContent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byTeamAndKind' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'assets' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastReusedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contentGaps' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'query' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'searches' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastSearchedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'adoption' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'people' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participating' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contributing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'none' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeToFirstReuse' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'published' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reused' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianDays' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'bands' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KnowledgeFlowQuery, KnowledgeFlowQueryVariables>;
export const LeaderboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Leaderboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'metric' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LeaderboardMetric' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeInactive' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaderboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'metric' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'metric' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeInactive' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'metric' } },
                { kind: 'Field', name: { kind: 'Name', value: 'size' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeaderboardEntryFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerEntry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'LeaderboardEntryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Period' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LeaderboardEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'LeaderboardEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'readCredit' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaderboardQuery, LeaderboardQueryVariables>;
export const CreditReceivedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CreditReceived' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditReceivedSubscription, CreditReceivedSubscriptionVariables>;
export const CreditNoticeContextDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CreditNoticeContext' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withAsset' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actorId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'withAsset' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreditNoticeContextQuery, CreditNoticeContextQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationCentreDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationCentre' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationCentreQuery, NotificationCentreQueryVariables>;
export const UnreadNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotifications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const NotificationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'digestsAvailable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNotificationSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateNotificationSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNotificationSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
                { kind: 'Field', name: { kind: 'Name', value: 'digestsAvailable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const ExpertsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Experts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'topic' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'experts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'topic' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'topic' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'topAssets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const PersonProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'personProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'viewerCan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'readCredit' } }],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'assetCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'asset' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reach' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reuses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'shareLinkViews' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dealsUsedIn' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'endorsements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'endorser' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'asset' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expertise' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'industries' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertiseTermFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'buyerRoles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertiseTermFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'products' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExpertiseTermFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'engagement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sharing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participating' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contributing' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'engagementLevel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'credit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'allTime' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'thisQuarter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quarterLabel' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExpertiseTermFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExpertiseTerm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endorsements' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonProfileQuery, PersonProfileQueryVariables>;
export const AcceptAnswerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptAnswer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptAnswer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const AnswerQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerQuestionMutation, AnswerQuestionMutationVariables>;
export const AskQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AskQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'industries' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'buyerRoles' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'products' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'title' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'industries' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'industries' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'buyerRoles' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'buyerRoles' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'products' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'products' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AskQuestionMutation, AskQuestionMutationVariables>;
export const PromoteAnswerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PromoteAnswer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'promoteAnswer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PromoteAnswerMutation, PromoteAnswerMutationVariables>;
export const QuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Question' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'question' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'promotedAssetId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'acceptedAnswer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'author' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'mentions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'notified' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'user' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'expertSuggestions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accept' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'promote' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionQuery, QuestionQueryVariables>;
export const QuestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Questions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'QuestionListScope' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scope' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionsQuery, QuestionsQueryVariables>;
export const PersonReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authorshipReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthorshipReportFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PerformanceReportFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Period' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthorshipReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorshipReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assetsAuthored' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reusesReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsementsReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'derivedAssets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wonDealsInfluenced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wonAmountInfluenced' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engagement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sharing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contributing' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PerformanceReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorshipReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousCredit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamMedian' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'points' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamMedian' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'assetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reuses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'customerSessions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wonDeals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wonAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsementComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorserId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorserName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetTitle' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptedAnswers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'askerName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonReportQuery, PersonReportQueryVariables>;
export const TeamReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TeamReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authorshipReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthorshipReportFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'csv' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'knowledgeFlow' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'teamId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teamName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'received' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'given' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuthorshipReportFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Period' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuthorshipReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuthorshipReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'credit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assetsAuthored' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reusesReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsementsReceived' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'derivedAssets' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wonDealsInfluenced' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wonAmountInfluenced' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'engagement' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sharing' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contributing' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamReportQuery, TeamReportQueryVariables>;
export const PersonEngagementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PersonEngagement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authorshipReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'engagement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sharing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'participating' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contributing' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonEngagementQuery, PersonEngagementQueryVariables>;
export const OpenDealsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OpenDeals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcome' },
                value: { kind: 'EnumValue', value: 'OPEN' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'ownerId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'product' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenDealsQuery, OpenDealsQueryVariables>;
export const RecordReuseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordReuse' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordReuseInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordReuse' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'asset' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordReuseMutation, RecordReuseMutationVariables>;
export const ReuseTargetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReuseTarget' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReuseTargetQuery, ReuseTargetQueryVariables>;
export const ReviewFlagsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewFlags' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PeriodInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditRings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'users' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'mutualPoints' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'creditSpikes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'day' } },
                { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                { kind: 'Field', name: { kind: 'Name', value: 'medianPoints' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'asset' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewFlagsQuery, ReviewFlagsQueryVariables>;
export const GlobalSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GlobalSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'globalSearch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'query' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'query' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'user' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owner' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const ClientSafeKindsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClientSafeKinds' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'clientSafeKinds' } }],
      },
    },
  ],
} as unknown as DocumentNode<ClientSafeKindsQuery, ClientSafeKindsQueryVariables>;
export const CreateShareLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateShareLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateShareLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShareLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShareLinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShareLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstViewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSeconds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pagesViewed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const NotificationAddedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NotificationAdded' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationAdded' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const RevokeShareLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeShareLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeShareLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const ShareLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ShareLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dealId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shareLinks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dealId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dealId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ShareLinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ShareLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ShareLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
          { kind: 'Field', name: { kind: 'Name', value: 'firstViewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalSeconds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastActivityAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pagesViewed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageSeconds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'page' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seconds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShareLinksQuery, ShareLinksQueryVariables>;
export const AdaptFromSimilarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdaptFromSimilar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'derivedFromId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adaptFromSimilar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'derivedFromId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'derivedFromId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdaptFromSimilarMutation, AdaptFromSimilarMutationVariables>;
export const AttributionReviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AttributionReviews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributionReviews' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttributionReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarAssetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarAsset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slidesLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttributionReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AttributionReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'derivedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchedAsset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimilarAssetFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttributionReviewsQuery, AttributionReviewsQueryVariables>;
export const DeclineSimilarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineSimilar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'similarAssetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineSimilar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'similarAssetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'similarAssetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimilarAssetFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarAssetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarAsset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slidesLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineSimilarMutation, DeclineSimilarMutationVariables>;
export const ResolveAttributionReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveAttributionReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'derivedFromId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveAttributionReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'derivedFromId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'derivedFromId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttributionReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarAssetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarAsset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slidesLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttributionReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AttributionReview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'derivedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchedAsset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matches' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimilarAssetFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResolveAttributionReviewMutation, ResolveAttributionReviewMutationVariables>;
export const SimilarAssetsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SimilarAssets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'similarAssets' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SimilarAssetFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SimilarAssetFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SimilarAsset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'similarity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partial' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slidesLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declined' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SimilarAssetsQuery, SimilarAssetsQueryVariables>;
export const DealSuggestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DealSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dealId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dealSuggestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dealId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dealId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'asset' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'approval' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'authors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'user' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealSuggestionsQuery, DealSuggestionsQueryVariables>;
export const AddTaxonomyTermDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddTaxonomyTerm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TaxonomyKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'value' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addTaxonomyTerm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'value' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'value' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddTaxonomyTermMutation, AddTaxonomyTermMutationVariables>;
export const TagSuggestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TagSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tagSuggestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TagSuggestionsQuery, TagSuggestionsQueryVariables>;
export const TaxonomyTermsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TaxonomyTerms' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TaxonomyKind' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxonomy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assetCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaxonomyTermsQuery, TaxonomyTermsQueryVariables>;
export const CreateTeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTeam' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'managerIds' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTeam' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'managerIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'managerIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'managers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const SetTeamManagersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetTeamManagers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTeamManagers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'managers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetTeamManagersMutation, SetTeamManagersMutationVariables>;
export const TeamsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Teams' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'readReport' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'managers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const TemplateMyDealsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TemplateMyDeals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'ownerId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'ownerId' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'accountName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TemplateMyDealsQuery, TemplateMyDealsQueryVariables>;
export const PersonalizeTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PersonalizeTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersonalizeTemplateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'personalizeTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'buyerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'journeyPhases' } },
          { kind: 'Field', name: { kind: 'Name', value: 'products' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'team' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedFrom' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'consent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'team' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EndorsementFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Endorsement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pointsAwarded' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorser' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReuseAssetStats' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stats' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uniqueReusers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teamsReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorsementCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditGenerated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slidesUsed' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'slide' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reuses' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetEndorsements' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endorsements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EndorsementFields' } }],
            },
          },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReuseAssetStats' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetApprovalFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssetApproval' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'blocksSharing' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerCanDecide' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decidedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AttachmentDocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attachment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previewPath' } },
          { kind: 'Field', name: { kind: 'Name', value: 'thumbnailPath' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extraction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pageCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'preview' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetEndorsements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTemplate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templateChange' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'templateId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dealId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'diff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'oldStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'newStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lines' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'edit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publish' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                { kind: 'Field', name: { kind: 'Name', value: 'setAuthors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adapt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endorse' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineCoauthorship' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acceptCoauthorship' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declinedAuthors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declinedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approval' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetApprovalFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ancestry' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'derivedAssets' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetCardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AttachmentDocumentFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'editedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonalizeTemplateMutation, PersonalizeTemplateMutationVariables>;
export const TemplatePlaceholdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TemplatePlaceholders' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templatePlaceholders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TemplatePlaceholdersQuery, TemplatePlaceholdersQueryVariables>;
export const TemplatePreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TemplatePreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'templateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dealId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'templatePreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'templateId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dealId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dealId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'locked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TemplatePreviewQuery, TemplatePreviewQueryVariables>;
export const CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'teamId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'teamId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'title' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'title' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLogIn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUserStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserStatus' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canLogIn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserStatusMutation, SetUserStatusMutationVariables>;
export const UserOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UserOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserOptionsQuery, UserOptionsQueryVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'canLogIn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'team' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const AssetVerificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssetVerification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetVerificationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetVerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifiedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'verify' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssetVerificationQuery, AssetVerificationQueryVariables>;
export const ReviewIntervalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewIntervals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewIntervals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewIntervalsQuery, ReviewIntervalsQueryVariables>;
export const ReviewQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReviewQueue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewQueue' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reviewDueAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openDealCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archiveProposed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'verifier' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stats' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'reuseCount' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerCan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'verify' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'archive' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const SetAssetVerifierDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAssetVerifier' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAssetVerifier' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assetId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assetId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetVerificationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetVerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifiedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'verify' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAssetVerifierMutation, SetAssetVerifierMutationVariables>;
export const SetReviewIntervalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetReviewInterval' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetReviewIntervalInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setReviewInterval' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetReviewIntervalMutation, SetReviewIntervalMutationVariables>;
export const VerifyAssetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyAsset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAsset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssetVerificationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssetVerificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outOfDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifier' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifiedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerCan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'verify' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyAssetMutation, VerifyAssetMutationVariables>;
export const ContentInfluenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ContentInfluence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DealFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minClosedDeals' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentInfluence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minClosedDeals' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minClosedDeals' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'dealsUsedIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'won' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comparableDeals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baselineWinRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lift' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enoughData' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'winRateInterval' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'low' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'high' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'asset' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContentInfluenceQuery, ContentInfluenceQueryVariables>;
export const DealAnalysesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DealAnalyses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'analyses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AnalysisFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AnalysisFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Asset' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winLoss' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
                { kind: 'Field', name: { kind: 'Name', value: 'competitor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'buyerRolesInvolved' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lessonsLearned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DealAnalysesQuery, DealAnalysesQueryVariables>;
export const TopLossReasonsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TopLossReasons' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DealFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'topLossReasons' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TopLossReasonsQuery, TopLossReasonsQueryVariables>;
export const WinLossReasonsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WinLossReasons' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winLossReasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WinLossReasonsQuery, WinLossReasonsQueryVariables>;
export const WinLossDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WinLoss' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'WinLossDimension' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DealFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'winLoss' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'groupId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'won' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wonAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lostAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'avgCycleDays' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WinLossQuery, WinLossQueryVariables>;
