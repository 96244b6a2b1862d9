/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query ApprovalQueue {\n  approvalQueue {\n    assetId\n    version\n    waitingSince\n    waitingSeconds\n    asset {\n      id\n      title\n      kind\n      authors {\n        role\n        share\n        consent\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}': typeof types.ApprovalQueueDocument;
  'mutation ApproveAsset($id: ID!, $note: String, $version: Int) {\n  approveAsset(id: $id, note: $note, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}': typeof types.ApproveAssetDocument;
  'fragment AssetApprovalFields on AssetApproval {\n  state\n  blocksSharing\n  version\n  waitingSince\n  decidedAt\n  note\n  viewerCanDecide\n  decidedBy {\n    id\n    name\n  }\n}': typeof types.AssetApprovalFieldsFragmentDoc;
  'mutation RejectAsset($id: ID!, $reason: String!, $version: Int) {\n  rejectAsset(id: $id, reason: $reason, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}': typeof types.RejectAssetDocument;
  'mutation ArchiveAsset($id: ID!) {\n  archiveAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}': typeof types.ArchiveAssetDocument;
  'query AssetDetail($id: ID!) {\n  asset(id: $id) {\n    ...AssetDetailFields\n  }\n}': typeof types.AssetDetailDocument;
  'fragment AssetCardFields on Asset {\n  id\n  kind\n  title\n  summary\n  status\n  visibility\n  publishedAt\n  createdAt\n  thumbnailPath\n  outOfDate\n  industries\n  buyerRoles\n  journeyPhases\n  products\n  tags\n  team {\n    id\n    name\n  }\n  derivedFrom {\n    id\n    title\n  }\n  authors {\n    role\n    share\n    consent\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment AssetDetailFields on Asset {\n  ...AssetCardFields\n  ...AssetEndorsements\n  body\n  isTemplate\n  version\n  updatedAt\n  templateChange {\n    templateId\n    dealId\n    fromVersion\n    toVersion\n    diff {\n      oldStart\n      newStart\n      lines\n    }\n  }\n  viewerCan {\n    edit\n    publish\n    archive\n    setAuthors\n    adapt\n    endorse\n    declineCoauthorship\n    acceptCoauthorship\n  }\n  declinedAuthors {\n    role\n    share\n    declinedAt\n    user {\n      id\n      name\n    }\n  }\n  approval {\n    ...AssetApprovalFields\n  }\n  ancestry {\n    id\n    title\n    kind\n  }\n  derivedAssets {\n    ...AssetCardFields\n  }\n  attachments {\n    ...AttachmentFields\n    ...AttachmentDocumentFields\n  }\n  versions {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n  }\n}': typeof types.AssetCardFieldsFragmentDoc;
  'query AssetVersion($assetId: ID!, $version: Int!) {\n  assetVersion(assetId: $assetId, version: $version) {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n    kind\n    title\n    summary\n    body\n    visibility\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.AssetVersionDocument;
  'mutation CreateAsset($input: CreateAssetInput!) {\n  createAsset(input: $input) {\n    ...AssetDetailFields\n  }\n}': typeof types.CreateAssetDocument;
  'mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n  deriveAsset(fromId: $fromId, input: $input) {\n    ...AssetDetailFields\n  }\n}': typeof types.DeriveAssetDocument;
  'query Feed($first: Int, $after: String) {\n  feed(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n      }\n    }\n  }\n}': typeof types.FeedDocument;
  'query LibraryAssets($search: String, $filter: AssetFilter, $sort: AssetSort, $first: Int, $after: String, $withFacets: Boolean!, $fileQuery: String! = "", $withFileMatches: Boolean! = false) {\n  assets(\n    search: $search\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalIsEstimate\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets @include(if: $withFacets) {\n      kinds {\n        value\n        label\n        count\n      }\n      industries {\n        value\n        label\n        count\n      }\n      buyerRoles {\n        value\n        label\n        count\n      }\n      journeyPhases {\n        value\n        label\n        count\n      }\n      products {\n        value\n        label\n        count\n      }\n      tags {\n        value\n        label\n        count\n      }\n      teams {\n        value\n        label\n        count\n      }\n      authors {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n        fileMatches(query: $fileQuery) @include(if: $withFileMatches) {\n          attachmentId\n          fileName\n          pageLabel\n          page\n          heading\n          snippet\n        }\n      }\n    }\n  }\n}': typeof types.LibraryAssetsDocument;
  'mutation PublishAsset($id: ID!) {\n  publishAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}': typeof types.PublishAssetDocument;
  'mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n  updateAsset(id: $id, input: $input) {\n    ...AssetDetailFields\n  }\n}': typeof types.UpdateAssetDocument;
  'fragment AttachmentFields on Attachment {\n  id\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  downloadPath\n  uploadedBy {\n    id\n    name\n  }\n}': typeof types.AttachmentFieldsFragmentDoc;
  'mutation DeleteAttachment($id: ID!) {\n  deleteAttachment(id: $id)\n}': typeof types.DeleteAttachmentDocument;
  'query AuthConfig {\n  authConfig {\n    passwordLogin\n    oidc {\n      enabled\n      label\n      loginUrl\n    }\n  }\n}': typeof types.AuthConfigDocument;
  'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      name\n      role\n    }\n  }\n}': typeof types.LoginDocument;
  'mutation Logout {\n  logout\n}': typeof types.LogoutDocument;
  'query Viewer {\n  viewer {\n    id\n    name\n    email\n    title\n    role\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n      administer\n      readEveryTeamReport\n      importAccounts\n      importTeams\n      importDeals\n      addTaxonomyTerms\n      verifyAssets\n      readDealAuditTrails\n      reviewAttributions\n      reviewContent\n      setReviewIntervals\n      readKnowledgeFlow\n      decideApprovals\n    }\n  }\n}': typeof types.ViewerDocument;
  'mutation AcceptCoauthorship($assetId: ID!) {\n  acceptCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}': typeof types.AcceptCoauthorshipDocument;
  'query AuthorCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}': typeof types.AuthorCandidatesDocument;
  'mutation DeclineCoauthorship($assetId: ID!) {\n  declineCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}': typeof types.DeclineCoauthorshipDocument;
  'mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n  setAuthors(assetId: $assetId, authors: $authors) {\n    ...AssetDetailFields\n  }\n}': typeof types.SetAuthorsDocument;
  'mutation AddComment($assetId: ID!, $body: String!, $parentId: ID) {\n  addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n    ...CommentFields\n  }\n}': typeof types.AddCommentDocument;
  'query AssetComments($assetId: ID!) {\n  asset(id: $assetId) {\n    id\n    commentCount\n    comments {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n}': typeof types.AssetCommentsDocument;
  'fragment CommentFields on Comment {\n  id\n  body\n  createdAt\n  editedAt\n  resolved\n  parentId\n  author {\n    id\n    name\n  }\n  resolvedBy {\n    id\n    name\n  }\n  mentions {\n    notified\n    reason\n    user {\n      id\n      name\n      email\n    }\n  }\n  history {\n    id\n    body\n    editedAt\n    editedBy {\n      id\n      name\n    }\n  }\n  viewerCan {\n    edit\n    resolve\n    reply\n  }\n}': typeof types.CommentFieldsFragmentDoc;
  'mutation EditComment($id: ID!, $body: String!) {\n  editComment(id: $id, body: $body) {\n    ...CommentFields\n  }\n}': typeof types.EditCommentDocument;
  'query MentionCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        title\n        status\n      }\n    }\n  }\n}': typeof types.MentionCandidatesDocument;
  'mutation ResolveComment($id: ID!, $resolved: Boolean) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}': typeof types.ResolveCommentDocument;
  'query CreditHistory($userId: ID!) {\n  creditHistory(userId: $userId) {\n    periodStart\n    value\n  }\n}': typeof types.CreditHistoryDocument;
  'query CreditPerson($id: ID!) {\n  user(id: $id) {\n    id\n    name\n    title\n    status\n    team {\n      id\n      name\n    }\n  }\n}': typeof types.CreditPersonDocument;
  'query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n  leaderboard(period: $period, metric: CREDIT, first: 100) {\n    size\n    viewerEntry {\n      rank\n      value\n    }\n    entries @include(if: $withEntries) {\n      rank\n      value\n      user {\n        id\n      }\n    }\n  }\n}': typeof types.CreditStandingDocument;
  'fragment CreditEntryFields on CreditEntry {\n  id\n  points\n  reason\n  sourceReason\n  explanation\n  generation\n  policyVersion\n  occurredAt\n  bookedAt\n  capped {\n    cap\n    grossPoints\n  }\n  asset {\n    id\n    title\n  }\n  actor {\n    id\n    name\n  }\n}\n\nquery CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n  creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n    sum\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CreditEntryFields\n      }\n    }\n  }\n}': typeof types.CreditEntryFieldsFragmentDoc;
  'fragment PeriodFields on Period {\n  kind\n  label\n  from\n  to\n  closed\n}': typeof types.PeriodFieldsFragmentDoc;
  'query ResolvePeriod($period: PeriodInput!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n}': typeof types.ResolvePeriodDocument;
  'query ScoringPolicyHistory {\n  scoringPolicyHistory {\n    version\n    policy\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n}': typeof types.ScoringPolicyHistoryDocument;
  'query ScoringPolicy {\n  scoringPolicy\n}': typeof types.ScoringPolicyDocument;
  'mutation UpdateScoringPolicy($policy: String!) {\n  updateScoringPolicy(policy: $policy)\n}': typeof types.UpdateScoringPolicyDocument;
  'fragment ImportResultFields on ImportResult {\n  rows\n  created\n  updated\n  unchanged\n  skipped\n  errors {\n    row\n    message\n  }\n}': typeof types.ImportResultFieldsFragmentDoc;
  'query DealAuditTrail($id: ID!) {\n  deal(id: $id) {\n    id\n    auditTrail {\n      id\n      field\n      before\n      after\n      source\n      changedAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.DealAuditTrailDocument;
  'fragment DealRowFields on Deal {\n  id\n  externalId\n  name\n  accountName\n  industry\n  product\n  amount\n  outcome\n  stage\n  closedAt\n  owner {\n    id\n    name\n  }\n  team {\n    id\n    name\n  }\n}\n\nfragment DealDetailFields on Deal {\n  ...DealRowFields\n  competitor\n  engagedAt\n}': typeof types.DealRowFieldsFragmentDoc;
  'query DealFilterOptions {\n  teams {\n    id\n    name\n  }\n  industries: winLoss(groupBy: INDUSTRY) {\n    key\n  }\n  products: winLoss(groupBy: PRODUCT) {\n    key\n  }\n  owners: winLoss(groupBy: OWNER) {\n    key\n    groupId\n  }\n}': typeof types.DealFilterOptionsDocument;
  'query DealReviewFlags {\n  dealReviewFlags(first: 50) {\n    deal {\n      id\n      externalId\n      name\n      outcome\n    }\n    outcomeChanges\n    reopenings\n    reasons\n    lastChangeAt\n  }\n}': typeof types.DealReviewFlagsDocument;
  'query Deal($id: ID!) {\n  deal(id: $id) {\n    ...DealDetailFields\n  }\n}': typeof types.DealDocument;
  'query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n  deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DealRowFields\n      }\n    }\n  }\n}': typeof types.DealsDocument;
  'query EmbedDealByCrmId($crmId: String!) {\n  dealByCrmId(crmId: $crmId) {\n    id\n  }\n}': typeof types.EmbedDealByCrmIdDocument;
  'query EmbedDeal($id: ID!) {\n  deal(id: $id) {\n    id\n    externalId\n    name\n    accountName\n    stage\n    amount\n    outcome\n    viewerMayShare\n    usedAssets {\n      uses\n      lastUsedAt\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n}': typeof types.EmbedDealDocument;
  'mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n    ...EndorsementFields\n    asset {\n      ...AssetEndorsements\n    }\n  }\n}': typeof types.EndorseAssetDocument;
  'fragment EndorsementFields on Endorsement {\n  id\n  kind\n  comment\n  createdAt\n  pointsAwarded\n  endorser {\n    id\n    name\n  }\n}\n\nfragment AssetEndorsements on Asset {\n  id\n  endorsements {\n    ...EndorsementFields\n  }\n  ...ReuseAssetStats\n}': typeof types.EndorsementFieldsFragmentDoc;
  'mutation WithdrawEndorsement($id: ID!) {\n  withdrawEndorsement(id: $id)\n}\n\nquery AssetEndorsementsRefresh($assetId: ID!) {\n  asset(id: $assetId) {\n    ...AssetEndorsements\n  }\n}': typeof types.WithdrawEndorsementDocument;
  'fragment AttachmentDocumentFields on Attachment {\n  id\n  fileName\n  previewPath\n  thumbnailPath\n  extraction {\n    status\n    progress\n    kind\n    pageLabel\n    pageCount\n    title\n    preview\n    error\n  }\n}': typeof types.AttachmentDocumentFieldsFragmentDoc;
  'query AttachmentOutline($assetId: ID!, $first: Int!) {\n  asset(id: $assetId) {\n    id\n    attachments {\n      id\n      pages(first: $first) {\n        n\n        heading\n        text\n      }\n    }\n  }\n}': typeof types.AttachmentOutlineDocument;
  'query FileAssetProgress($id: ID!) {\n  asset(id: $id) {\n    id\n    title\n    summary\n    body\n    version\n    attachments {\n      ...AttachmentDocumentFields\n    }\n  }\n}': typeof types.FileAssetProgressDocument;
  'mutation Follow($kind: FollowKind!, $target: String!) {\n  follow(kind: $kind, target: $target) {\n    kind\n    target\n  }\n}': typeof types.FollowDocument;
  'query Following {\n  following {\n    kind\n    target\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.FollowingDocument;
  'mutation Unfollow($kind: FollowKind!, $target: String!) {\n  unfollow(kind: $kind, target: $target)\n}': typeof types.UnfollowDocument;
  'query KnowledgeFlow($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n  knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n    from\n    to\n    scope\n    teams {\n      id\n      name\n      inScope\n    }\n    reuseMatrix {\n      reusingTeamId\n      authoringTeamId\n      reuses\n      events\n    }\n    deadContent {\n      total\n      byTeamAndKind {\n        teamId\n        kind\n        count\n      }\n      assets {\n        id\n        title\n        kind\n        teamId\n        publishedAt\n        lastReusedAt\n      }\n    }\n    contentGaps {\n      query\n      searches\n      days\n      lastSearchedAt\n    }\n    adoption {\n      teamId\n      month\n      people\n      sharing\n      participating\n      contributing\n      none\n    }\n    timeToFirstReuse {\n      kind\n      published\n      reused\n      medianDays\n      bands {\n        label\n        count\n      }\n    }\n  }\n}': typeof types.KnowledgeFlowDocument;
  'fragment LeaderboardEntryFields on LeaderboardEntry {\n  rank\n  value\n  user {\n    id\n    name\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n    }\n  }\n}\n\nquery Leaderboard($period: PeriodInput!, $metric: LeaderboardMetric!, $teamId: ID, $first: Int!, $includeInactive: Boolean) {\n  leaderboard(\n    period: $period\n    metric: $metric\n    teamId: $teamId\n    first: $first\n    includeInactive: $includeInactive\n  ) {\n    metric\n    size\n    period {\n      ...PeriodFields\n    }\n    entries {\n      ...LeaderboardEntryFields\n    }\n    viewerEntry {\n      ...LeaderboardEntryFields\n    }\n  }\n}': typeof types.LeaderboardEntryFieldsFragmentDoc;
  'subscription CreditReceived {\n  creditReceived {\n    points\n    reason\n    assetId\n    actorId\n  }\n}\n\nquery CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n  user(id: $actorId) {\n    id\n    name\n  }\n  asset(id: $assetId) @include(if: $withAsset) {\n    id\n    title\n  }\n}': typeof types.CreditReceivedDocument;
  'mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}': typeof types.MarkNotificationsReadDocument;
  'fragment NotificationFields on Notification {\n  id\n  kind\n  text\n  path\n  createdAt\n  readAt\n}\n\nquery NotificationCentre($first: Int, $unreadOnly: Boolean) {\n  notifications(first: $first, unreadOnly: $unreadOnly) {\n    ...NotificationFields\n  }\n}\n\nquery UnreadNotifications {\n  notifications(first: 100, unreadOnly: true) {\n    id\n  }\n}': typeof types.NotificationFieldsFragmentDoc;
  'query NotificationSettings {\n  notificationSettings {\n    digest\n    digestsAvailable\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    digest\n    digestsAvailable\n  }\n}': typeof types.NotificationSettingsDocument;
  'query Experts($topic: String!, $first: Int) {\n  experts(topic: $topic, first: $first) {\n    score\n    assetCount\n    endorsementCount\n    person {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n    topAssets {\n      id\n      title\n    }\n  }\n}': typeof types.ExpertsDocument;
  'query PersonProfile($userId: ID!) {\n  personProfile(userId: $userId) {\n    id\n    person {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n    assetCount\n    assets {\n      role\n      share\n      asset {\n        id\n        title\n        kind\n        status\n        visibility\n        publishedAt\n        createdAt\n      }\n    }\n    reach {\n      reuses {\n        kind\n        count\n      }\n      shareLinkViews\n      dealsUsedIn\n    }\n    endorsementCount\n    endorsements {\n      id\n      kind\n      comment\n      createdAt\n      endorser {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n    expertise {\n      industries {\n        ...ExpertiseTermFields\n      }\n      buyerRoles {\n        ...ExpertiseTermFields\n      }\n      products {\n        ...ExpertiseTermFields\n      }\n    }\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    engagementLevel\n    credit {\n      allTime\n      thisQuarter\n      quarterLabel\n    }\n  }\n}\n\nfragment ExpertiseTermFields on ExpertiseTerm {\n  value\n  assets\n  endorsements\n}': typeof types.PersonProfileDocument;
  'mutation AcceptAnswer($questionId: ID!, $commentId: ID!) {\n  acceptAnswer(questionId: $questionId, commentId: $commentId) {\n    id\n    acceptedAt\n  }\n}': typeof types.AcceptAnswerDocument;
  'mutation AnswerQuestion($questionId: ID!, $body: String!) {\n  answerQuestion(questionId: $questionId, body: $body) {\n    id\n  }\n}': typeof types.AnswerQuestionDocument;
  'mutation AskQuestion($title: String!, $body: String!, $industries: [String!], $buyerRoles: [String!], $products: [String!]) {\n  askQuestion(\n    title: $title\n    body: $body\n    industries: $industries\n    buyerRoles: $buyerRoles\n    products: $products\n  ) {\n    id\n  }\n}': typeof types.AskQuestionDocument;
  'mutation PromoteAnswer($questionId: ID!) {\n  promoteAnswer(questionId: $questionId) {\n    id\n  }\n}': typeof types.PromoteAnswerDocument;
  'fragment QuestionSummary on Question {\n  id\n  title\n  industries\n  buyerRoles\n  products\n  createdAt\n  acceptedAt\n  answerCount\n  asker {\n    id\n    name\n  }\n}': typeof types.QuestionSummaryFragmentDoc;
  'query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionSummary\n    body\n    promotedAssetId\n    acceptedAnswer {\n      id\n    }\n    answers {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        notified\n        reason\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n    expertSuggestions {\n      rank\n      score\n      reason\n      user {\n        id\n        name\n        title\n      }\n    }\n    viewerCan {\n      answer\n      accept\n      promote\n    }\n  }\n}': typeof types.QuestionDocument;
  'query Questions($scope: QuestionListScope, $first: Int) {\n  questions(scope: $scope, first: $first) {\n    ...QuestionSummary\n  }\n}': typeof types.QuestionsDocument;
  'fragment AuthorshipReportFields on AuthorshipReport {\n  credit\n  rank\n  assetsAuthored\n  reusesReceived {\n    kind\n    count\n  }\n  uniqueReusers\n  teamsReached\n  endorsementsReceived {\n    kind\n    count\n  }\n  derivedAssets\n  wonDealsInfluenced\n  wonAmountInfluenced\n  engagement {\n    sharing\n    participating\n    contributing\n  }\n}\n\nfragment PerformanceReportFields on AuthorshipReport {\n  trend {\n    credit\n    previousCredit\n    change\n    teamMedian\n    points {\n      label\n      from\n      credit\n      teamMedian\n    }\n  }\n  assets {\n    assetId\n    title\n    kind\n    role\n    share\n    reuses {\n      kind\n      count\n    }\n    customerSessions\n    wonDeals\n    wonAmount\n    credit\n  }\n  endorsementComments {\n    id\n    kind\n    comment\n    createdAt\n    endorserId\n    endorserName\n    assetId\n    assetTitle\n  }\n  acceptedAnswers {\n    questionId\n    questionTitle\n    askerName\n    acceptedAt\n  }\n}\n\nquery PersonReport($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    user {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    ...AuthorshipReportFields\n    ...PerformanceReportFields\n    csv\n  }\n}\n\nquery TeamReport($teamId: ID!, $period: PeriodInput!) {\n  authorshipReport(teamId: $teamId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    team {\n      id\n      name\n    }\n    ...AuthorshipReportFields\n    csv\n    knowledgeFlow {\n      teamId\n      teamName\n      received\n      given\n    }\n    members {\n      user {\n        id\n        name\n        title\n        status\n      }\n      ...AuthorshipReportFields\n    }\n  }\n}': typeof types.AuthorshipReportFieldsFragmentDoc;
  'query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    rank\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n}': typeof types.PersonEngagementDocument;
  'fragment ReuseAssetStats on Asset {\n  id\n  stats {\n    reuseCount\n    uniqueReusers\n    teamsReached\n    viewCount\n    endorsementCount\n    creditGenerated\n    slidesUsed {\n      slide\n      reuses\n    }\n  }\n}': typeof types.ReuseAssetStatsFragmentDoc;
  'query OpenDeals($ownerId: ID!) {\n  deals(first: 50, outcome: OPEN, filter: {ownerId: $ownerId}) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        accountName\n        product\n        amount\n      }\n    }\n  }\n}': typeof types.OpenDealsDocument;
  'mutation RecordReuse($input: RecordReuseInput!) {\n  recordReuse(input: $input) {\n    id\n    kind\n    occurredAt\n    pointsAwarded\n    explanation\n    asset {\n      ...ReuseAssetStats\n    }\n  }\n}': typeof types.RecordReuseDocument;
  'query ReuseTarget($assetId: ID!) {\n  viewer {\n    id\n  }\n  asset(id: $assetId) {\n    id\n    title\n    body\n  }\n}': typeof types.ReuseTargetDocument;
  'query ReviewFlags($period: PeriodInput!) {\n  creditRings(period: $period) {\n    users {\n      id\n      name\n    }\n    mutualPoints\n    share\n  }\n  creditSpikes(period: $period) {\n    user {\n      id\n      name\n    }\n    day\n    points\n    medianPoints\n    events {\n      eventId\n      kind\n      occurredAt\n      points\n      actor {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n  }\n}': typeof types.ReviewFlagsDocument;
  'query GlobalSearch($query: String!, $first: Int) {\n  globalSearch(query: $query, first: $first) {\n    assets {\n      id\n      title\n      kind\n      authors {\n        user {\n          id\n          name\n        }\n      }\n    }\n    people {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    deals {\n      id\n      name\n      accountName\n      stage\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.GlobalSearchDocument;
  'query ClientSafeKinds {\n  clientSafeKinds\n}': typeof types.ClientSafeKindsDocument;
  'mutation CreateShareLink($input: CreateShareLinkInput!) {\n  createShareLink(input: $input) {\n    ...ShareLinkFields\n  }\n}': typeof types.CreateShareLinkDocument;
  'subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    text\n    path\n    createdAt\n  }\n}': typeof types.NotificationAddedDocument;
  'mutation RevokeShareLink($id: ID!) {\n  revokeShareLink(id: $id) {\n    id\n    revokedAt\n  }\n}': typeof types.RevokeShareLinkDocument;
  'fragment ShareLinkFields on ShareLink {\n  id\n  url\n  createdAt\n  recipientName\n  recipientEmail\n  expiresAt\n  revokedAt\n  requireEmail\n  opens\n  firstViewedAt\n  totalSeconds\n  asset {\n    id\n    title\n  }\n  deal {\n    id\n    name\n  }\n  sessions {\n    id\n    startedAt\n    lastActivityAt\n    durationSeconds\n    pagesViewed\n    device\n    email\n    pageSeconds {\n      page\n      seconds\n    }\n  }\n}': typeof types.ShareLinkFieldsFragmentDoc;
  'query ShareLinks($assetId: ID, $dealId: ID) {\n  shareLinks(assetId: $assetId, dealId: $dealId) {\n    ...ShareLinkFields\n  }\n}': typeof types.ShareLinksDocument;
  'mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n  adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n    ...AssetDetailFields\n  }\n}': typeof types.AdaptFromSimilarDocument;
  'fragment AttributionReviewFields on AttributionReview {\n  id\n  status\n  similarity\n  derivedFromId\n  createdAt\n  resolvedAt\n  asset {\n    ...AssetCardFields\n  }\n  matchedAsset {\n    id\n  }\n  matches {\n    ...SimilarAssetFields\n  }\n}': typeof types.AttributionReviewFieldsFragmentDoc;
  'query AttributionReviews($first: Int) {\n  attributionReviews(first: $first) {\n    ...AttributionReviewFields\n  }\n}': typeof types.AttributionReviewsDocument;
  'mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n  declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n    ...SimilarAssetFields\n  }\n}': typeof types.DeclineSimilarDocument;
  'mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n  resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n    ...AttributionReviewFields\n  }\n}': typeof types.ResolveAttributionReviewDocument;
  'fragment SimilarAssetFields on SimilarAsset {\n  similarity\n  partial\n  slidesLabel\n  declined\n  asset {\n    ...AssetCardFields\n  }\n}': typeof types.SimilarAssetFieldsFragmentDoc;
  'query SimilarAssets($assetId: ID!) {\n  similarAssets(assetId: $assetId) {\n    ...SimilarAssetFields\n  }\n}': typeof types.SimilarAssetsDocument;
  'query DealSuggestions($dealId: ID!, $first: Int) {\n  dealSuggestions(dealId: $dealId, first: $first) {\n    score\n    reasons\n    asset {\n      id\n      kind\n      title\n      summary\n      publishedAt\n      outOfDate\n      approval {\n        state\n        blocksSharing\n      }\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}': typeof types.DealSuggestionsDocument;
  'mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n  addTaxonomyTerm(kind: $kind, value: $value) {\n    kind\n    value\n    assetCount\n  }\n}': typeof types.AddTaxonomyTermDocument;
  'query TagSuggestions($search: String) {\n  tagSuggestions(search: $search) {\n    value\n    assetCount\n  }\n}': typeof types.TagSuggestionsDocument;
  'query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n  taxonomy(kind: $kind, search: $search) {\n    kind\n    value\n    assetCount\n  }\n}': typeof types.TaxonomyTermsDocument;
  'mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n  createTeam(name: $name, managerIds: $managerIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}': typeof types.CreateTeamDocument;
  'mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n  setTeamManagers(teamId: $teamId, userIds: $userIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}': typeof types.SetTeamManagersDocument;
  'query Teams {\n  teams {\n    id\n    name\n    memberCount\n    viewerCan {\n      readReport\n    }\n    managers {\n      id\n      name\n    }\n  }\n}': typeof types.TeamsDocument;
  'query TemplateMyDeals($ownerId: ID!) {\n  deals(filter: {ownerId: $ownerId}, first: 50) {\n    edges {\n      node {\n        id\n        name\n        accountName\n      }\n    }\n  }\n}': typeof types.TemplateMyDealsDocument;
  'mutation PersonalizeTemplate($input: PersonalizeTemplateInput!) {\n  personalizeTemplate(input: $input) {\n    ...AssetDetailFields\n  }\n}': typeof types.PersonalizeTemplateDocument;
  'query TemplatePlaceholders {\n  templatePlaceholders {\n    key\n    label\n  }\n}': typeof types.TemplatePlaceholdersDocument;
  'query TemplatePreview($templateId: ID!, $dealId: ID!) {\n  templatePreview(templateId: $templateId, dealId: $dealId) {\n    locked\n    text\n  }\n}': typeof types.TemplatePreviewDocument;
  'mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n  createUser(\n    email: $email\n    name: $name\n    password: $password\n    role: $role\n    teamId: $teamId\n    title: $title\n  ) {\n    id\n    name\n    email\n    title\n    role\n    status\n    canLogIn\n    team {\n      id\n      name\n    }\n  }\n}': typeof types.CreateUserDocument;
  'mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n  setUserStatus(userId: $userId, status: $status) {\n    id\n    status\n    canLogIn\n  }\n}': typeof types.SetUserStatusDocument;
  'query UserOptions($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n}': typeof types.UserOptionsDocument;
  'query Users($search: String, $first: Int, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        title\n        role\n        status\n        canLogIn\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}': typeof types.UsersDocument;
  'fragment AssetVerificationFields on Asset {\n  id\n  status\n  outOfDate\n  daysOverdue\n  verifiedAt\n  reviewDueAt\n  verifier {\n    id\n    name\n  }\n  verifiedBy {\n    id\n    name\n  }\n  viewerCan {\n    verify\n  }\n}': typeof types.AssetVerificationFieldsFragmentDoc;
  'query AssetVerification($id: ID!) {\n  asset(id: $id) {\n    ...AssetVerificationFields\n  }\n}': typeof types.AssetVerificationDocument;
  'query ReviewIntervals {\n  reviewIntervals {\n    kind\n    days\n    isDefault\n  }\n}': typeof types.ReviewIntervalsDocument;
  'query ReviewQueue {\n  reviewQueue {\n    id\n    kind\n    title\n    status\n    outOfDate\n    daysOverdue\n    reviewDueAt\n    openDealCount\n    archiveProposed\n    verifier {\n      id\n      name\n    }\n    stats {\n      reuseCount\n    }\n    viewerCan {\n      verify\n      archive\n    }\n  }\n}': typeof types.ReviewQueueDocument;
  'mutation SetAssetVerifier($assetId: ID!, $userId: ID!) {\n  setAssetVerifier(assetId: $assetId, userId: $userId) {\n    ...AssetVerificationFields\n  }\n}': typeof types.SetAssetVerifierDocument;
  'mutation SetReviewInterval($input: SetReviewIntervalInput!) {\n  setReviewInterval(input: $input) {\n    kind\n    days\n    isDefault\n  }\n}': typeof types.SetReviewIntervalDocument;
  'mutation VerifyAsset($id: ID!) {\n  verifyAsset(id: $id) {\n    ...AssetVerificationFields\n  }\n}': typeof types.VerifyAssetDocument;
  'query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n  contentInfluence(\n    filter: $filter\n    minClosedDeals: $minClosedDeals\n    first: $first\n  ) {\n    dealsUsedIn\n    won\n    lost\n    winRate\n    comparableDeals\n    baselineWinRate\n    lift\n    enoughData\n    winRateInterval {\n      low\n      high\n    }\n    asset {\n      id\n      kind\n      title\n    }\n  }\n}': typeof types.ContentInfluenceDocument;
  'fragment AnalysisFields on Asset {\n  id\n  title\n  summary\n  status\n  publishedAt\n  createdAt\n  authors {\n    role\n    share\n    user {\n      id\n      name\n    }\n  }\n  winLoss {\n    outcome\n    reasons\n    competitor\n    buyerRolesInvolved\n    lessonsLearned\n    updatedAt\n  }\n}\n\nquery DealAnalyses($id: ID!) {\n  deal(id: $id) {\n    id\n    analyses {\n      ...AnalysisFields\n    }\n  }\n}': typeof types.AnalysisFieldsFragmentDoc;
  'query TopLossReasons($filter: DealFilter, $first: Int) {\n  topLossReasons(filter: $filter, first: $first) {\n    reason\n    count\n    share\n  }\n}': typeof types.TopLossReasonsDocument;
  'query WinLossReasons {\n  winLossReasons {\n    id\n    label\n  }\n}': typeof types.WinLossReasonsDocument;
  'query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n  winLoss(groupBy: $groupBy, filter: $filter) {\n    key\n    groupId\n    won\n    lost\n    winRate\n    wonAmount\n    lostAmount\n    avgCycleDays\n  }\n}': typeof types.WinLossDocument;
};
const documents: Documents = {
  'query ApprovalQueue {\n  approvalQueue {\n    assetId\n    version\n    waitingSince\n    waitingSeconds\n    asset {\n      id\n      title\n      kind\n      authors {\n        role\n        share\n        consent\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}':
    types.ApprovalQueueDocument,
  'mutation ApproveAsset($id: ID!, $note: String, $version: Int) {\n  approveAsset(id: $id, note: $note, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}':
    types.ApproveAssetDocument,
  'fragment AssetApprovalFields on AssetApproval {\n  state\n  blocksSharing\n  version\n  waitingSince\n  decidedAt\n  note\n  viewerCanDecide\n  decidedBy {\n    id\n    name\n  }\n}':
    types.AssetApprovalFieldsFragmentDoc,
  'mutation RejectAsset($id: ID!, $reason: String!, $version: Int) {\n  rejectAsset(id: $id, reason: $reason, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}':
    types.RejectAssetDocument,
  'mutation ArchiveAsset($id: ID!) {\n  archiveAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}':
    types.ArchiveAssetDocument,
  'query AssetDetail($id: ID!) {\n  asset(id: $id) {\n    ...AssetDetailFields\n  }\n}': types.AssetDetailDocument,
  'fragment AssetCardFields on Asset {\n  id\n  kind\n  title\n  summary\n  status\n  visibility\n  publishedAt\n  createdAt\n  thumbnailPath\n  outOfDate\n  industries\n  buyerRoles\n  journeyPhases\n  products\n  tags\n  team {\n    id\n    name\n  }\n  derivedFrom {\n    id\n    title\n  }\n  authors {\n    role\n    share\n    consent\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment AssetDetailFields on Asset {\n  ...AssetCardFields\n  ...AssetEndorsements\n  body\n  isTemplate\n  version\n  updatedAt\n  templateChange {\n    templateId\n    dealId\n    fromVersion\n    toVersion\n    diff {\n      oldStart\n      newStart\n      lines\n    }\n  }\n  viewerCan {\n    edit\n    publish\n    archive\n    setAuthors\n    adapt\n    endorse\n    declineCoauthorship\n    acceptCoauthorship\n  }\n  declinedAuthors {\n    role\n    share\n    declinedAt\n    user {\n      id\n      name\n    }\n  }\n  approval {\n    ...AssetApprovalFields\n  }\n  ancestry {\n    id\n    title\n    kind\n  }\n  derivedAssets {\n    ...AssetCardFields\n  }\n  attachments {\n    ...AttachmentFields\n    ...AttachmentDocumentFields\n  }\n  versions {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n  }\n}':
    types.AssetCardFieldsFragmentDoc,
  'query AssetVersion($assetId: ID!, $version: Int!) {\n  assetVersion(assetId: $assetId, version: $version) {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n    kind\n    title\n    summary\n    body\n    visibility\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n  }\n}':
    types.AssetVersionDocument,
  'mutation CreateAsset($input: CreateAssetInput!) {\n  createAsset(input: $input) {\n    ...AssetDetailFields\n  }\n}':
    types.CreateAssetDocument,
  'mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n  deriveAsset(fromId: $fromId, input: $input) {\n    ...AssetDetailFields\n  }\n}':
    types.DeriveAssetDocument,
  'query Feed($first: Int, $after: String) {\n  feed(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n      }\n    }\n  }\n}':
    types.FeedDocument,
  'query LibraryAssets($search: String, $filter: AssetFilter, $sort: AssetSort, $first: Int, $after: String, $withFacets: Boolean!, $fileQuery: String! = "", $withFileMatches: Boolean! = false) {\n  assets(\n    search: $search\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalIsEstimate\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets @include(if: $withFacets) {\n      kinds {\n        value\n        label\n        count\n      }\n      industries {\n        value\n        label\n        count\n      }\n      buyerRoles {\n        value\n        label\n        count\n      }\n      journeyPhases {\n        value\n        label\n        count\n      }\n      products {\n        value\n        label\n        count\n      }\n      tags {\n        value\n        label\n        count\n      }\n      teams {\n        value\n        label\n        count\n      }\n      authors {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n        fileMatches(query: $fileQuery) @include(if: $withFileMatches) {\n          attachmentId\n          fileName\n          pageLabel\n          page\n          heading\n          snippet\n        }\n      }\n    }\n  }\n}':
    types.LibraryAssetsDocument,
  'mutation PublishAsset($id: ID!) {\n  publishAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}':
    types.PublishAssetDocument,
  'mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n  updateAsset(id: $id, input: $input) {\n    ...AssetDetailFields\n  }\n}':
    types.UpdateAssetDocument,
  'fragment AttachmentFields on Attachment {\n  id\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  downloadPath\n  uploadedBy {\n    id\n    name\n  }\n}':
    types.AttachmentFieldsFragmentDoc,
  'mutation DeleteAttachment($id: ID!) {\n  deleteAttachment(id: $id)\n}': types.DeleteAttachmentDocument,
  'query AuthConfig {\n  authConfig {\n    passwordLogin\n    oidc {\n      enabled\n      label\n      loginUrl\n    }\n  }\n}':
    types.AuthConfigDocument,
  'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      name\n      role\n    }\n  }\n}':
    types.LoginDocument,
  'mutation Logout {\n  logout\n}': types.LogoutDocument,
  'query Viewer {\n  viewer {\n    id\n    name\n    email\n    title\n    role\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n      administer\n      readEveryTeamReport\n      importAccounts\n      importTeams\n      importDeals\n      addTaxonomyTerms\n      verifyAssets\n      readDealAuditTrails\n      reviewAttributions\n      reviewContent\n      setReviewIntervals\n      readKnowledgeFlow\n      decideApprovals\n    }\n  }\n}':
    types.ViewerDocument,
  'mutation AcceptCoauthorship($assetId: ID!) {\n  acceptCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}':
    types.AcceptCoauthorshipDocument,
  'query AuthorCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}':
    types.AuthorCandidatesDocument,
  'mutation DeclineCoauthorship($assetId: ID!) {\n  declineCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}':
    types.DeclineCoauthorshipDocument,
  'mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n  setAuthors(assetId: $assetId, authors: $authors) {\n    ...AssetDetailFields\n  }\n}':
    types.SetAuthorsDocument,
  'mutation AddComment($assetId: ID!, $body: String!, $parentId: ID) {\n  addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n    ...CommentFields\n  }\n}':
    types.AddCommentDocument,
  'query AssetComments($assetId: ID!) {\n  asset(id: $assetId) {\n    id\n    commentCount\n    comments {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n}':
    types.AssetCommentsDocument,
  'fragment CommentFields on Comment {\n  id\n  body\n  createdAt\n  editedAt\n  resolved\n  parentId\n  author {\n    id\n    name\n  }\n  resolvedBy {\n    id\n    name\n  }\n  mentions {\n    notified\n    reason\n    user {\n      id\n      name\n      email\n    }\n  }\n  history {\n    id\n    body\n    editedAt\n    editedBy {\n      id\n      name\n    }\n  }\n  viewerCan {\n    edit\n    resolve\n    reply\n  }\n}':
    types.CommentFieldsFragmentDoc,
  'mutation EditComment($id: ID!, $body: String!) {\n  editComment(id: $id, body: $body) {\n    ...CommentFields\n  }\n}':
    types.EditCommentDocument,
  'query MentionCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        title\n        status\n      }\n    }\n  }\n}':
    types.MentionCandidatesDocument,
  'mutation ResolveComment($id: ID!, $resolved: Boolean) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}':
    types.ResolveCommentDocument,
  'query CreditHistory($userId: ID!) {\n  creditHistory(userId: $userId) {\n    periodStart\n    value\n  }\n}':
    types.CreditHistoryDocument,
  'query CreditPerson($id: ID!) {\n  user(id: $id) {\n    id\n    name\n    title\n    status\n    team {\n      id\n      name\n    }\n  }\n}':
    types.CreditPersonDocument,
  'query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n  leaderboard(period: $period, metric: CREDIT, first: 100) {\n    size\n    viewerEntry {\n      rank\n      value\n    }\n    entries @include(if: $withEntries) {\n      rank\n      value\n      user {\n        id\n      }\n    }\n  }\n}':
    types.CreditStandingDocument,
  'fragment CreditEntryFields on CreditEntry {\n  id\n  points\n  reason\n  sourceReason\n  explanation\n  generation\n  policyVersion\n  occurredAt\n  bookedAt\n  capped {\n    cap\n    grossPoints\n  }\n  asset {\n    id\n    title\n  }\n  actor {\n    id\n    name\n  }\n}\n\nquery CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n  creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n    sum\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CreditEntryFields\n      }\n    }\n  }\n}':
    types.CreditEntryFieldsFragmentDoc,
  'fragment PeriodFields on Period {\n  kind\n  label\n  from\n  to\n  closed\n}': types.PeriodFieldsFragmentDoc,
  'query ResolvePeriod($period: PeriodInput!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n}':
    types.ResolvePeriodDocument,
  'query ScoringPolicyHistory {\n  scoringPolicyHistory {\n    version\n    policy\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n}':
    types.ScoringPolicyHistoryDocument,
  'query ScoringPolicy {\n  scoringPolicy\n}': types.ScoringPolicyDocument,
  'mutation UpdateScoringPolicy($policy: String!) {\n  updateScoringPolicy(policy: $policy)\n}':
    types.UpdateScoringPolicyDocument,
  'fragment ImportResultFields on ImportResult {\n  rows\n  created\n  updated\n  unchanged\n  skipped\n  errors {\n    row\n    message\n  }\n}':
    types.ImportResultFieldsFragmentDoc,
  'query DealAuditTrail($id: ID!) {\n  deal(id: $id) {\n    id\n    auditTrail {\n      id\n      field\n      before\n      after\n      source\n      changedAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n}':
    types.DealAuditTrailDocument,
  'fragment DealRowFields on Deal {\n  id\n  externalId\n  name\n  accountName\n  industry\n  product\n  amount\n  outcome\n  stage\n  closedAt\n  owner {\n    id\n    name\n  }\n  team {\n    id\n    name\n  }\n}\n\nfragment DealDetailFields on Deal {\n  ...DealRowFields\n  competitor\n  engagedAt\n}':
    types.DealRowFieldsFragmentDoc,
  'query DealFilterOptions {\n  teams {\n    id\n    name\n  }\n  industries: winLoss(groupBy: INDUSTRY) {\n    key\n  }\n  products: winLoss(groupBy: PRODUCT) {\n    key\n  }\n  owners: winLoss(groupBy: OWNER) {\n    key\n    groupId\n  }\n}':
    types.DealFilterOptionsDocument,
  'query DealReviewFlags {\n  dealReviewFlags(first: 50) {\n    deal {\n      id\n      externalId\n      name\n      outcome\n    }\n    outcomeChanges\n    reopenings\n    reasons\n    lastChangeAt\n  }\n}':
    types.DealReviewFlagsDocument,
  'query Deal($id: ID!) {\n  deal(id: $id) {\n    ...DealDetailFields\n  }\n}': types.DealDocument,
  'query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n  deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DealRowFields\n      }\n    }\n  }\n}':
    types.DealsDocument,
  'query EmbedDealByCrmId($crmId: String!) {\n  dealByCrmId(crmId: $crmId) {\n    id\n  }\n}':
    types.EmbedDealByCrmIdDocument,
  'query EmbedDeal($id: ID!) {\n  deal(id: $id) {\n    id\n    externalId\n    name\n    accountName\n    stage\n    amount\n    outcome\n    viewerMayShare\n    usedAssets {\n      uses\n      lastUsedAt\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n}':
    types.EmbedDealDocument,
  'mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n    ...EndorsementFields\n    asset {\n      ...AssetEndorsements\n    }\n  }\n}':
    types.EndorseAssetDocument,
  'fragment EndorsementFields on Endorsement {\n  id\n  kind\n  comment\n  createdAt\n  pointsAwarded\n  endorser {\n    id\n    name\n  }\n}\n\nfragment AssetEndorsements on Asset {\n  id\n  endorsements {\n    ...EndorsementFields\n  }\n  ...ReuseAssetStats\n}':
    types.EndorsementFieldsFragmentDoc,
  'mutation WithdrawEndorsement($id: ID!) {\n  withdrawEndorsement(id: $id)\n}\n\nquery AssetEndorsementsRefresh($assetId: ID!) {\n  asset(id: $assetId) {\n    ...AssetEndorsements\n  }\n}':
    types.WithdrawEndorsementDocument,
  'fragment AttachmentDocumentFields on Attachment {\n  id\n  fileName\n  previewPath\n  thumbnailPath\n  extraction {\n    status\n    progress\n    kind\n    pageLabel\n    pageCount\n    title\n    preview\n    error\n  }\n}':
    types.AttachmentDocumentFieldsFragmentDoc,
  'query AttachmentOutline($assetId: ID!, $first: Int!) {\n  asset(id: $assetId) {\n    id\n    attachments {\n      id\n      pages(first: $first) {\n        n\n        heading\n        text\n      }\n    }\n  }\n}':
    types.AttachmentOutlineDocument,
  'query FileAssetProgress($id: ID!) {\n  asset(id: $id) {\n    id\n    title\n    summary\n    body\n    version\n    attachments {\n      ...AttachmentDocumentFields\n    }\n  }\n}':
    types.FileAssetProgressDocument,
  'mutation Follow($kind: FollowKind!, $target: String!) {\n  follow(kind: $kind, target: $target) {\n    kind\n    target\n  }\n}':
    types.FollowDocument,
  'query Following {\n  following {\n    kind\n    target\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}':
    types.FollowingDocument,
  'mutation Unfollow($kind: FollowKind!, $target: String!) {\n  unfollow(kind: $kind, target: $target)\n}':
    types.UnfollowDocument,
  'query KnowledgeFlow($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n  knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n    from\n    to\n    scope\n    teams {\n      id\n      name\n      inScope\n    }\n    reuseMatrix {\n      reusingTeamId\n      authoringTeamId\n      reuses\n      events\n    }\n    deadContent {\n      total\n      byTeamAndKind {\n        teamId\n        kind\n        count\n      }\n      assets {\n        id\n        title\n        kind\n        teamId\n        publishedAt\n        lastReusedAt\n      }\n    }\n    contentGaps {\n      query\n      searches\n      days\n      lastSearchedAt\n    }\n    adoption {\n      teamId\n      month\n      people\n      sharing\n      participating\n      contributing\n      none\n    }\n    timeToFirstReuse {\n      kind\n      published\n      reused\n      medianDays\n      bands {\n        label\n        count\n      }\n    }\n  }\n}':
    types.KnowledgeFlowDocument,
  'fragment LeaderboardEntryFields on LeaderboardEntry {\n  rank\n  value\n  user {\n    id\n    name\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n    }\n  }\n}\n\nquery Leaderboard($period: PeriodInput!, $metric: LeaderboardMetric!, $teamId: ID, $first: Int!, $includeInactive: Boolean) {\n  leaderboard(\n    period: $period\n    metric: $metric\n    teamId: $teamId\n    first: $first\n    includeInactive: $includeInactive\n  ) {\n    metric\n    size\n    period {\n      ...PeriodFields\n    }\n    entries {\n      ...LeaderboardEntryFields\n    }\n    viewerEntry {\n      ...LeaderboardEntryFields\n    }\n  }\n}':
    types.LeaderboardEntryFieldsFragmentDoc,
  'subscription CreditReceived {\n  creditReceived {\n    points\n    reason\n    assetId\n    actorId\n  }\n}\n\nquery CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n  user(id: $actorId) {\n    id\n    name\n  }\n  asset(id: $assetId) @include(if: $withAsset) {\n    id\n    title\n  }\n}':
    types.CreditReceivedDocument,
  'mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}':
    types.MarkNotificationsReadDocument,
  'fragment NotificationFields on Notification {\n  id\n  kind\n  text\n  path\n  createdAt\n  readAt\n}\n\nquery NotificationCentre($first: Int, $unreadOnly: Boolean) {\n  notifications(first: $first, unreadOnly: $unreadOnly) {\n    ...NotificationFields\n  }\n}\n\nquery UnreadNotifications {\n  notifications(first: 100, unreadOnly: true) {\n    id\n  }\n}':
    types.NotificationFieldsFragmentDoc,
  'query NotificationSettings {\n  notificationSettings {\n    digest\n    digestsAvailable\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    digest\n    digestsAvailable\n  }\n}':
    types.NotificationSettingsDocument,
  'query Experts($topic: String!, $first: Int) {\n  experts(topic: $topic, first: $first) {\n    score\n    assetCount\n    endorsementCount\n    person {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n    topAssets {\n      id\n      title\n    }\n  }\n}':
    types.ExpertsDocument,
  'query PersonProfile($userId: ID!) {\n  personProfile(userId: $userId) {\n    id\n    person {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n    assetCount\n    assets {\n      role\n      share\n      asset {\n        id\n        title\n        kind\n        status\n        visibility\n        publishedAt\n        createdAt\n      }\n    }\n    reach {\n      reuses {\n        kind\n        count\n      }\n      shareLinkViews\n      dealsUsedIn\n    }\n    endorsementCount\n    endorsements {\n      id\n      kind\n      comment\n      createdAt\n      endorser {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n    expertise {\n      industries {\n        ...ExpertiseTermFields\n      }\n      buyerRoles {\n        ...ExpertiseTermFields\n      }\n      products {\n        ...ExpertiseTermFields\n      }\n    }\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    engagementLevel\n    credit {\n      allTime\n      thisQuarter\n      quarterLabel\n    }\n  }\n}\n\nfragment ExpertiseTermFields on ExpertiseTerm {\n  value\n  assets\n  endorsements\n}':
    types.PersonProfileDocument,
  'mutation AcceptAnswer($questionId: ID!, $commentId: ID!) {\n  acceptAnswer(questionId: $questionId, commentId: $commentId) {\n    id\n    acceptedAt\n  }\n}':
    types.AcceptAnswerDocument,
  'mutation AnswerQuestion($questionId: ID!, $body: String!) {\n  answerQuestion(questionId: $questionId, body: $body) {\n    id\n  }\n}':
    types.AnswerQuestionDocument,
  'mutation AskQuestion($title: String!, $body: String!, $industries: [String!], $buyerRoles: [String!], $products: [String!]) {\n  askQuestion(\n    title: $title\n    body: $body\n    industries: $industries\n    buyerRoles: $buyerRoles\n    products: $products\n  ) {\n    id\n  }\n}':
    types.AskQuestionDocument,
  'mutation PromoteAnswer($questionId: ID!) {\n  promoteAnswer(questionId: $questionId) {\n    id\n  }\n}':
    types.PromoteAnswerDocument,
  'fragment QuestionSummary on Question {\n  id\n  title\n  industries\n  buyerRoles\n  products\n  createdAt\n  acceptedAt\n  answerCount\n  asker {\n    id\n    name\n  }\n}':
    types.QuestionSummaryFragmentDoc,
  'query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionSummary\n    body\n    promotedAssetId\n    acceptedAnswer {\n      id\n    }\n    answers {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        notified\n        reason\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n    expertSuggestions {\n      rank\n      score\n      reason\n      user {\n        id\n        name\n        title\n      }\n    }\n    viewerCan {\n      answer\n      accept\n      promote\n    }\n  }\n}':
    types.QuestionDocument,
  'query Questions($scope: QuestionListScope, $first: Int) {\n  questions(scope: $scope, first: $first) {\n    ...QuestionSummary\n  }\n}':
    types.QuestionsDocument,
  'fragment AuthorshipReportFields on AuthorshipReport {\n  credit\n  rank\n  assetsAuthored\n  reusesReceived {\n    kind\n    count\n  }\n  uniqueReusers\n  teamsReached\n  endorsementsReceived {\n    kind\n    count\n  }\n  derivedAssets\n  wonDealsInfluenced\n  wonAmountInfluenced\n  engagement {\n    sharing\n    participating\n    contributing\n  }\n}\n\nfragment PerformanceReportFields on AuthorshipReport {\n  trend {\n    credit\n    previousCredit\n    change\n    teamMedian\n    points {\n      label\n      from\n      credit\n      teamMedian\n    }\n  }\n  assets {\n    assetId\n    title\n    kind\n    role\n    share\n    reuses {\n      kind\n      count\n    }\n    customerSessions\n    wonDeals\n    wonAmount\n    credit\n  }\n  endorsementComments {\n    id\n    kind\n    comment\n    createdAt\n    endorserId\n    endorserName\n    assetId\n    assetTitle\n  }\n  acceptedAnswers {\n    questionId\n    questionTitle\n    askerName\n    acceptedAt\n  }\n}\n\nquery PersonReport($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    user {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    ...AuthorshipReportFields\n    ...PerformanceReportFields\n    csv\n  }\n}\n\nquery TeamReport($teamId: ID!, $period: PeriodInput!) {\n  authorshipReport(teamId: $teamId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    team {\n      id\n      name\n    }\n    ...AuthorshipReportFields\n    csv\n    knowledgeFlow {\n      teamId\n      teamName\n      received\n      given\n    }\n    members {\n      user {\n        id\n        name\n        title\n        status\n      }\n      ...AuthorshipReportFields\n    }\n  }\n}':
    types.AuthorshipReportFieldsFragmentDoc,
  'query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    rank\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n}':
    types.PersonEngagementDocument,
  'fragment ReuseAssetStats on Asset {\n  id\n  stats {\n    reuseCount\n    uniqueReusers\n    teamsReached\n    viewCount\n    endorsementCount\n    creditGenerated\n    slidesUsed {\n      slide\n      reuses\n    }\n  }\n}':
    types.ReuseAssetStatsFragmentDoc,
  'query OpenDeals($ownerId: ID!) {\n  deals(first: 50, outcome: OPEN, filter: {ownerId: $ownerId}) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        accountName\n        product\n        amount\n      }\n    }\n  }\n}':
    types.OpenDealsDocument,
  'mutation RecordReuse($input: RecordReuseInput!) {\n  recordReuse(input: $input) {\n    id\n    kind\n    occurredAt\n    pointsAwarded\n    explanation\n    asset {\n      ...ReuseAssetStats\n    }\n  }\n}':
    types.RecordReuseDocument,
  'query ReuseTarget($assetId: ID!) {\n  viewer {\n    id\n  }\n  asset(id: $assetId) {\n    id\n    title\n    body\n  }\n}':
    types.ReuseTargetDocument,
  'query ReviewFlags($period: PeriodInput!) {\n  creditRings(period: $period) {\n    users {\n      id\n      name\n    }\n    mutualPoints\n    share\n  }\n  creditSpikes(period: $period) {\n    user {\n      id\n      name\n    }\n    day\n    points\n    medianPoints\n    events {\n      eventId\n      kind\n      occurredAt\n      points\n      actor {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n  }\n}':
    types.ReviewFlagsDocument,
  'query GlobalSearch($query: String!, $first: Int) {\n  globalSearch(query: $query, first: $first) {\n    assets {\n      id\n      title\n      kind\n      authors {\n        user {\n          id\n          name\n        }\n      }\n    }\n    people {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    deals {\n      id\n      name\n      accountName\n      stage\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n  }\n}':
    types.GlobalSearchDocument,
  'query ClientSafeKinds {\n  clientSafeKinds\n}': types.ClientSafeKindsDocument,
  'mutation CreateShareLink($input: CreateShareLinkInput!) {\n  createShareLink(input: $input) {\n    ...ShareLinkFields\n  }\n}':
    types.CreateShareLinkDocument,
  'subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    text\n    path\n    createdAt\n  }\n}':
    types.NotificationAddedDocument,
  'mutation RevokeShareLink($id: ID!) {\n  revokeShareLink(id: $id) {\n    id\n    revokedAt\n  }\n}':
    types.RevokeShareLinkDocument,
  'fragment ShareLinkFields on ShareLink {\n  id\n  url\n  createdAt\n  recipientName\n  recipientEmail\n  expiresAt\n  revokedAt\n  requireEmail\n  opens\n  firstViewedAt\n  totalSeconds\n  asset {\n    id\n    title\n  }\n  deal {\n    id\n    name\n  }\n  sessions {\n    id\n    startedAt\n    lastActivityAt\n    durationSeconds\n    pagesViewed\n    device\n    email\n    pageSeconds {\n      page\n      seconds\n    }\n  }\n}':
    types.ShareLinkFieldsFragmentDoc,
  'query ShareLinks($assetId: ID, $dealId: ID) {\n  shareLinks(assetId: $assetId, dealId: $dealId) {\n    ...ShareLinkFields\n  }\n}':
    types.ShareLinksDocument,
  'mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n  adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n    ...AssetDetailFields\n  }\n}':
    types.AdaptFromSimilarDocument,
  'fragment AttributionReviewFields on AttributionReview {\n  id\n  status\n  similarity\n  derivedFromId\n  createdAt\n  resolvedAt\n  asset {\n    ...AssetCardFields\n  }\n  matchedAsset {\n    id\n  }\n  matches {\n    ...SimilarAssetFields\n  }\n}':
    types.AttributionReviewFieldsFragmentDoc,
  'query AttributionReviews($first: Int) {\n  attributionReviews(first: $first) {\n    ...AttributionReviewFields\n  }\n}':
    types.AttributionReviewsDocument,
  'mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n  declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n    ...SimilarAssetFields\n  }\n}':
    types.DeclineSimilarDocument,
  'mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n  resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n    ...AttributionReviewFields\n  }\n}':
    types.ResolveAttributionReviewDocument,
  'fragment SimilarAssetFields on SimilarAsset {\n  similarity\n  partial\n  slidesLabel\n  declined\n  asset {\n    ...AssetCardFields\n  }\n}':
    types.SimilarAssetFieldsFragmentDoc,
  'query SimilarAssets($assetId: ID!) {\n  similarAssets(assetId: $assetId) {\n    ...SimilarAssetFields\n  }\n}':
    types.SimilarAssetsDocument,
  'query DealSuggestions($dealId: ID!, $first: Int) {\n  dealSuggestions(dealId: $dealId, first: $first) {\n    score\n    reasons\n    asset {\n      id\n      kind\n      title\n      summary\n      publishedAt\n      outOfDate\n      approval {\n        state\n        blocksSharing\n      }\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}':
    types.DealSuggestionsDocument,
  'mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n  addTaxonomyTerm(kind: $kind, value: $value) {\n    kind\n    value\n    assetCount\n  }\n}':
    types.AddTaxonomyTermDocument,
  'query TagSuggestions($search: String) {\n  tagSuggestions(search: $search) {\n    value\n    assetCount\n  }\n}':
    types.TagSuggestionsDocument,
  'query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n  taxonomy(kind: $kind, search: $search) {\n    kind\n    value\n    assetCount\n  }\n}':
    types.TaxonomyTermsDocument,
  'mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n  createTeam(name: $name, managerIds: $managerIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}':
    types.CreateTeamDocument,
  'mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n  setTeamManagers(teamId: $teamId, userIds: $userIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}':
    types.SetTeamManagersDocument,
  'query Teams {\n  teams {\n    id\n    name\n    memberCount\n    viewerCan {\n      readReport\n    }\n    managers {\n      id\n      name\n    }\n  }\n}':
    types.TeamsDocument,
  'query TemplateMyDeals($ownerId: ID!) {\n  deals(filter: {ownerId: $ownerId}, first: 50) {\n    edges {\n      node {\n        id\n        name\n        accountName\n      }\n    }\n  }\n}':
    types.TemplateMyDealsDocument,
  'mutation PersonalizeTemplate($input: PersonalizeTemplateInput!) {\n  personalizeTemplate(input: $input) {\n    ...AssetDetailFields\n  }\n}':
    types.PersonalizeTemplateDocument,
  'query TemplatePlaceholders {\n  templatePlaceholders {\n    key\n    label\n  }\n}':
    types.TemplatePlaceholdersDocument,
  'query TemplatePreview($templateId: ID!, $dealId: ID!) {\n  templatePreview(templateId: $templateId, dealId: $dealId) {\n    locked\n    text\n  }\n}':
    types.TemplatePreviewDocument,
  'mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n  createUser(\n    email: $email\n    name: $name\n    password: $password\n    role: $role\n    teamId: $teamId\n    title: $title\n  ) {\n    id\n    name\n    email\n    title\n    role\n    status\n    canLogIn\n    team {\n      id\n      name\n    }\n  }\n}':
    types.CreateUserDocument,
  'mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n  setUserStatus(userId: $userId, status: $status) {\n    id\n    status\n    canLogIn\n  }\n}':
    types.SetUserStatusDocument,
  'query UserOptions($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n}':
    types.UserOptionsDocument,
  'query Users($search: String, $first: Int, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        title\n        role\n        status\n        canLogIn\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}':
    types.UsersDocument,
  'fragment AssetVerificationFields on Asset {\n  id\n  status\n  outOfDate\n  daysOverdue\n  verifiedAt\n  reviewDueAt\n  verifier {\n    id\n    name\n  }\n  verifiedBy {\n    id\n    name\n  }\n  viewerCan {\n    verify\n  }\n}':
    types.AssetVerificationFieldsFragmentDoc,
  'query AssetVerification($id: ID!) {\n  asset(id: $id) {\n    ...AssetVerificationFields\n  }\n}':
    types.AssetVerificationDocument,
  'query ReviewIntervals {\n  reviewIntervals {\n    kind\n    days\n    isDefault\n  }\n}':
    types.ReviewIntervalsDocument,
  'query ReviewQueue {\n  reviewQueue {\n    id\n    kind\n    title\n    status\n    outOfDate\n    daysOverdue\n    reviewDueAt\n    openDealCount\n    archiveProposed\n    verifier {\n      id\n      name\n    }\n    stats {\n      reuseCount\n    }\n    viewerCan {\n      verify\n      archive\n    }\n  }\n}':
    types.ReviewQueueDocument,
  'mutation SetAssetVerifier($assetId: ID!, $userId: ID!) {\n  setAssetVerifier(assetId: $assetId, userId: $userId) {\n    ...AssetVerificationFields\n  }\n}':
    types.SetAssetVerifierDocument,
  'mutation SetReviewInterval($input: SetReviewIntervalInput!) {\n  setReviewInterval(input: $input) {\n    kind\n    days\n    isDefault\n  }\n}':
    types.SetReviewIntervalDocument,
  'mutation VerifyAsset($id: ID!) {\n  verifyAsset(id: $id) {\n    ...AssetVerificationFields\n  }\n}':
    types.VerifyAssetDocument,
  'query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n  contentInfluence(\n    filter: $filter\n    minClosedDeals: $minClosedDeals\n    first: $first\n  ) {\n    dealsUsedIn\n    won\n    lost\n    winRate\n    comparableDeals\n    baselineWinRate\n    lift\n    enoughData\n    winRateInterval {\n      low\n      high\n    }\n    asset {\n      id\n      kind\n      title\n    }\n  }\n}':
    types.ContentInfluenceDocument,
  'fragment AnalysisFields on Asset {\n  id\n  title\n  summary\n  status\n  publishedAt\n  createdAt\n  authors {\n    role\n    share\n    user {\n      id\n      name\n    }\n  }\n  winLoss {\n    outcome\n    reasons\n    competitor\n    buyerRolesInvolved\n    lessonsLearned\n    updatedAt\n  }\n}\n\nquery DealAnalyses($id: ID!) {\n  deal(id: $id) {\n    id\n    analyses {\n      ...AnalysisFields\n    }\n  }\n}':
    types.AnalysisFieldsFragmentDoc,
  'query TopLossReasons($filter: DealFilter, $first: Int) {\n  topLossReasons(filter: $filter, first: $first) {\n    reason\n    count\n    share\n  }\n}':
    types.TopLossReasonsDocument,
  'query WinLossReasons {\n  winLossReasons {\n    id\n    label\n  }\n}': types.WinLossReasonsDocument,
  'query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n  winLoss(groupBy: $groupBy, filter: $filter) {\n    key\n    groupId\n    won\n    lost\n    winRate\n    wonAmount\n    lostAmount\n    avgCycleDays\n  }\n}':
    types.WinLossDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ApprovalQueue {\n  approvalQueue {\n    assetId\n    version\n    waitingSince\n    waitingSeconds\n    asset {\n      id\n      title\n      kind\n      authors {\n        role\n        share\n        consent\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query ApprovalQueue {\n  approvalQueue {\n    assetId\n    version\n    waitingSince\n    waitingSeconds\n    asset {\n      id\n      title\n      kind\n      authors {\n        role\n        share\n        consent\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ApproveAsset($id: ID!, $note: String, $version: Int) {\n  approveAsset(id: $id, note: $note, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}',
): (typeof documents)['mutation ApproveAsset($id: ID!, $note: String, $version: Int) {\n  approveAsset(id: $id, note: $note, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AssetApprovalFields on AssetApproval {\n  state\n  blocksSharing\n  version\n  waitingSince\n  decidedAt\n  note\n  viewerCanDecide\n  decidedBy {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment AssetApprovalFields on AssetApproval {\n  state\n  blocksSharing\n  version\n  waitingSince\n  decidedAt\n  note\n  viewerCanDecide\n  decidedBy {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RejectAsset($id: ID!, $reason: String!, $version: Int) {\n  rejectAsset(id: $id, reason: $reason, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}',
): (typeof documents)['mutation RejectAsset($id: ID!, $reason: String!, $version: Int) {\n  rejectAsset(id: $id, reason: $reason, version: $version) {\n    id\n    approval {\n      ...AssetApprovalFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ArchiveAsset($id: ID!) {\n  archiveAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation ArchiveAsset($id: ID!) {\n  archiveAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AssetDetail($id: ID!) {\n  asset(id: $id) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['query AssetDetail($id: ID!) {\n  asset(id: $id) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AssetCardFields on Asset {\n  id\n  kind\n  title\n  summary\n  status\n  visibility\n  publishedAt\n  createdAt\n  thumbnailPath\n  outOfDate\n  industries\n  buyerRoles\n  journeyPhases\n  products\n  tags\n  team {\n    id\n    name\n  }\n  derivedFrom {\n    id\n    title\n  }\n  authors {\n    role\n    share\n    consent\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment AssetDetailFields on Asset {\n  ...AssetCardFields\n  ...AssetEndorsements\n  body\n  isTemplate\n  version\n  updatedAt\n  templateChange {\n    templateId\n    dealId\n    fromVersion\n    toVersion\n    diff {\n      oldStart\n      newStart\n      lines\n    }\n  }\n  viewerCan {\n    edit\n    publish\n    archive\n    setAuthors\n    adapt\n    endorse\n    declineCoauthorship\n    acceptCoauthorship\n  }\n  declinedAuthors {\n    role\n    share\n    declinedAt\n    user {\n      id\n      name\n    }\n  }\n  approval {\n    ...AssetApprovalFields\n  }\n  ancestry {\n    id\n    title\n    kind\n  }\n  derivedAssets {\n    ...AssetCardFields\n  }\n  attachments {\n    ...AttachmentFields\n    ...AttachmentDocumentFields\n  }\n  versions {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['fragment AssetCardFields on Asset {\n  id\n  kind\n  title\n  summary\n  status\n  visibility\n  publishedAt\n  createdAt\n  thumbnailPath\n  outOfDate\n  industries\n  buyerRoles\n  journeyPhases\n  products\n  tags\n  team {\n    id\n    name\n  }\n  derivedFrom {\n    id\n    title\n  }\n  authors {\n    role\n    share\n    consent\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}\n\nfragment AssetDetailFields on Asset {\n  ...AssetCardFields\n  ...AssetEndorsements\n  body\n  isTemplate\n  version\n  updatedAt\n  templateChange {\n    templateId\n    dealId\n    fromVersion\n    toVersion\n    diff {\n      oldStart\n      newStart\n      lines\n    }\n  }\n  viewerCan {\n    edit\n    publish\n    archive\n    setAuthors\n    adapt\n    endorse\n    declineCoauthorship\n    acceptCoauthorship\n  }\n  declinedAuthors {\n    role\n    share\n    declinedAt\n    user {\n      id\n      name\n    }\n  }\n  approval {\n    ...AssetApprovalFields\n  }\n  ancestry {\n    id\n    title\n    kind\n  }\n  derivedAssets {\n    ...AssetCardFields\n  }\n  attachments {\n    ...AttachmentFields\n    ...AttachmentDocumentFields\n  }\n  versions {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AssetVersion($assetId: ID!, $version: Int!) {\n  assetVersion(assetId: $assetId, version: $version) {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n    kind\n    title\n    summary\n    body\n    visibility\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query AssetVersion($assetId: ID!, $version: Int!) {\n  assetVersion(assetId: $assetId, version: $version) {\n    version\n    change\n    createdAt\n    editedBy {\n      id\n      name\n    }\n    kind\n    title\n    summary\n    body\n    visibility\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateAsset($input: CreateAssetInput!) {\n  createAsset(input: $input) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation CreateAsset($input: CreateAssetInput!) {\n  createAsset(input: $input) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n  deriveAsset(fromId: $fromId, input: $input) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n  deriveAsset(fromId: $fromId, input: $input) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Feed($first: Int, $after: String) {\n  feed(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n      }\n    }\n  }\n}',
): (typeof documents)['query Feed($first: Int, $after: String) {\n  feed(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query LibraryAssets($search: String, $filter: AssetFilter, $sort: AssetSort, $first: Int, $after: String, $withFacets: Boolean!, $fileQuery: String! = "", $withFileMatches: Boolean! = false) {\n  assets(\n    search: $search\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalIsEstimate\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets @include(if: $withFacets) {\n      kinds {\n        value\n        label\n        count\n      }\n      industries {\n        value\n        label\n        count\n      }\n      buyerRoles {\n        value\n        label\n        count\n      }\n      journeyPhases {\n        value\n        label\n        count\n      }\n      products {\n        value\n        label\n        count\n      }\n      tags {\n        value\n        label\n        count\n      }\n      teams {\n        value\n        label\n        count\n      }\n      authors {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n        fileMatches(query: $fileQuery) @include(if: $withFileMatches) {\n          attachmentId\n          fileName\n          pageLabel\n          page\n          heading\n          snippet\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query LibraryAssets($search: String, $filter: AssetFilter, $sort: AssetSort, $first: Int, $after: String, $withFacets: Boolean!, $fileQuery: String! = "", $withFileMatches: Boolean! = false) {\n  assets(\n    search: $search\n    filter: $filter\n    sort: $sort\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalIsEstimate\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets @include(if: $withFacets) {\n      kinds {\n        value\n        label\n        count\n      }\n      industries {\n        value\n        label\n        count\n      }\n      buyerRoles {\n        value\n        label\n        count\n      }\n      journeyPhases {\n        value\n        label\n        count\n      }\n      products {\n        value\n        label\n        count\n      }\n      tags {\n        value\n        label\n        count\n      }\n      teams {\n        value\n        label\n        count\n      }\n      authors {\n        value\n        label\n        count\n      }\n    }\n    edges {\n      cursor\n      node {\n        ...AssetCardFields\n        fileMatches(query: $fileQuery) @include(if: $withFileMatches) {\n          attachmentId\n          fileName\n          pageLabel\n          page\n          heading\n          snippet\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation PublishAsset($id: ID!) {\n  publishAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation PublishAsset($id: ID!) {\n  publishAsset(id: $id) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n  updateAsset(id: $id, input: $input) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n  updateAsset(id: $id, input: $input) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AttachmentFields on Attachment {\n  id\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  downloadPath\n  uploadedBy {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment AttachmentFields on Attachment {\n  id\n  fileName\n  contentType\n  sizeBytes\n  createdAt\n  downloadPath\n  uploadedBy {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeleteAttachment($id: ID!) {\n  deleteAttachment(id: $id)\n}',
): (typeof documents)['mutation DeleteAttachment($id: ID!) {\n  deleteAttachment(id: $id)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuthConfig {\n  authConfig {\n    passwordLogin\n    oidc {\n      enabled\n      label\n      loginUrl\n    }\n  }\n}',
): (typeof documents)['query AuthConfig {\n  authConfig {\n    passwordLogin\n    oidc {\n      enabled\n      label\n      loginUrl\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      name\n      role\n    }\n  }\n}',
): (typeof documents)['mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      name\n      role\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: 'mutation Logout {\n  logout\n}'): (typeof documents)['mutation Logout {\n  logout\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Viewer {\n  viewer {\n    id\n    name\n    email\n    title\n    role\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n      administer\n      readEveryTeamReport\n      importAccounts\n      importTeams\n      importDeals\n      addTaxonomyTerms\n      verifyAssets\n      readDealAuditTrails\n      reviewAttributions\n      reviewContent\n      setReviewIntervals\n      readKnowledgeFlow\n      decideApprovals\n    }\n  }\n}',
): (typeof documents)['query Viewer {\n  viewer {\n    id\n    name\n    email\n    title\n    role\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n      administer\n      readEveryTeamReport\n      importAccounts\n      importTeams\n      importDeals\n      addTaxonomyTerms\n      verifyAssets\n      readDealAuditTrails\n      reviewAttributions\n      reviewContent\n      setReviewIntervals\n      readKnowledgeFlow\n      decideApprovals\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptCoauthorship($assetId: ID!) {\n  acceptCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}',
): (typeof documents)['mutation AcceptCoauthorship($assetId: ID!) {\n  acceptCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuthorCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query AuthorCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeclineCoauthorship($assetId: ID!) {\n  declineCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}',
): (typeof documents)['mutation DeclineCoauthorship($assetId: ID!) {\n  declineCoauthorship(assetId: $assetId) {\n    role\n    share\n    consent\n    user {\n      id\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n  setAuthors(assetId: $assetId, authors: $authors) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n  setAuthors(assetId: $assetId, authors: $authors) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AddComment($assetId: ID!, $body: String!, $parentId: ID) {\n  addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n    ...CommentFields\n  }\n}',
): (typeof documents)['mutation AddComment($assetId: ID!, $body: String!, $parentId: ID) {\n  addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n    ...CommentFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AssetComments($assetId: ID!) {\n  asset(id: $assetId) {\n    id\n    commentCount\n    comments {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n}',
): (typeof documents)['query AssetComments($assetId: ID!) {\n  asset(id: $assetId) {\n    id\n    commentCount\n    comments {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CommentFields on Comment {\n  id\n  body\n  createdAt\n  editedAt\n  resolved\n  parentId\n  author {\n    id\n    name\n  }\n  resolvedBy {\n    id\n    name\n  }\n  mentions {\n    notified\n    reason\n    user {\n      id\n      name\n      email\n    }\n  }\n  history {\n    id\n    body\n    editedAt\n    editedBy {\n      id\n      name\n    }\n  }\n  viewerCan {\n    edit\n    resolve\n    reply\n  }\n}',
): (typeof documents)['fragment CommentFields on Comment {\n  id\n  body\n  createdAt\n  editedAt\n  resolved\n  parentId\n  author {\n    id\n    name\n  }\n  resolvedBy {\n    id\n    name\n  }\n  mentions {\n    notified\n    reason\n    user {\n      id\n      name\n      email\n    }\n  }\n  history {\n    id\n    body\n    editedAt\n    editedBy {\n      id\n      name\n    }\n  }\n  viewerCan {\n    edit\n    resolve\n    reply\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EditComment($id: ID!, $body: String!) {\n  editComment(id: $id, body: $body) {\n    ...CommentFields\n  }\n}',
): (typeof documents)['mutation EditComment($id: ID!, $body: String!) {\n  editComment(id: $id, body: $body) {\n    ...CommentFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MentionCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        title\n        status\n      }\n    }\n  }\n}',
): (typeof documents)['query MentionCandidates($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        title\n        status\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResolveComment($id: ID!, $resolved: Boolean) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}',
): (typeof documents)['mutation ResolveComment($id: ID!, $resolved: Boolean) {\n  resolveComment(id: $id, resolved: $resolved) {\n    ...CommentFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CreditHistory($userId: ID!) {\n  creditHistory(userId: $userId) {\n    periodStart\n    value\n  }\n}',
): (typeof documents)['query CreditHistory($userId: ID!) {\n  creditHistory(userId: $userId) {\n    periodStart\n    value\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CreditPerson($id: ID!) {\n  user(id: $id) {\n    id\n    name\n    title\n    status\n    team {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['query CreditPerson($id: ID!) {\n  user(id: $id) {\n    id\n    name\n    title\n    status\n    team {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n  leaderboard(period: $period, metric: CREDIT, first: 100) {\n    size\n    viewerEntry {\n      rank\n      value\n    }\n    entries @include(if: $withEntries) {\n      rank\n      value\n      user {\n        id\n      }\n    }\n  }\n}',
): (typeof documents)['query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n  leaderboard(period: $period, metric: CREDIT, first: 100) {\n    size\n    viewerEntry {\n      rank\n      value\n    }\n    entries @include(if: $withEntries) {\n      rank\n      value\n      user {\n        id\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CreditEntryFields on CreditEntry {\n  id\n  points\n  reason\n  sourceReason\n  explanation\n  generation\n  policyVersion\n  occurredAt\n  bookedAt\n  capped {\n    cap\n    grossPoints\n  }\n  asset {\n    id\n    title\n  }\n  actor {\n    id\n    name\n  }\n}\n\nquery CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n  creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n    sum\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CreditEntryFields\n      }\n    }\n  }\n}',
): (typeof documents)['fragment CreditEntryFields on CreditEntry {\n  id\n  points\n  reason\n  sourceReason\n  explanation\n  generation\n  policyVersion\n  occurredAt\n  bookedAt\n  capped {\n    cap\n    grossPoints\n  }\n  asset {\n    id\n    title\n  }\n  actor {\n    id\n    name\n  }\n}\n\nquery CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n  creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n    sum\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...CreditEntryFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment PeriodFields on Period {\n  kind\n  label\n  from\n  to\n  closed\n}',
): (typeof documents)['fragment PeriodFields on Period {\n  kind\n  label\n  from\n  to\n  closed\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ResolvePeriod($period: PeriodInput!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n}',
): (typeof documents)['query ResolvePeriod($period: PeriodInput!) {\n  period(period: $period) {\n    ...PeriodFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ScoringPolicyHistory {\n  scoringPolicyHistory {\n    version\n    policy\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['query ScoringPolicyHistory {\n  scoringPolicyHistory {\n    version\n    policy\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ScoringPolicy {\n  scoringPolicy\n}',
): (typeof documents)['query ScoringPolicy {\n  scoringPolicy\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateScoringPolicy($policy: String!) {\n  updateScoringPolicy(policy: $policy)\n}',
): (typeof documents)['mutation UpdateScoringPolicy($policy: String!) {\n  updateScoringPolicy(policy: $policy)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ImportResultFields on ImportResult {\n  rows\n  created\n  updated\n  unchanged\n  skipped\n  errors {\n    row\n    message\n  }\n}',
): (typeof documents)['fragment ImportResultFields on ImportResult {\n  rows\n  created\n  updated\n  unchanged\n  skipped\n  errors {\n    row\n    message\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DealAuditTrail($id: ID!) {\n  deal(id: $id) {\n    id\n    auditTrail {\n      id\n      field\n      before\n      after\n      source\n      changedAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query DealAuditTrail($id: ID!) {\n  deal(id: $id) {\n    id\n    auditTrail {\n      id\n      field\n      before\n      after\n      source\n      changedAt\n      actor {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment DealRowFields on Deal {\n  id\n  externalId\n  name\n  accountName\n  industry\n  product\n  amount\n  outcome\n  stage\n  closedAt\n  owner {\n    id\n    name\n  }\n  team {\n    id\n    name\n  }\n}\n\nfragment DealDetailFields on Deal {\n  ...DealRowFields\n  competitor\n  engagedAt\n}',
): (typeof documents)['fragment DealRowFields on Deal {\n  id\n  externalId\n  name\n  accountName\n  industry\n  product\n  amount\n  outcome\n  stage\n  closedAt\n  owner {\n    id\n    name\n  }\n  team {\n    id\n    name\n  }\n}\n\nfragment DealDetailFields on Deal {\n  ...DealRowFields\n  competitor\n  engagedAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DealFilterOptions {\n  teams {\n    id\n    name\n  }\n  industries: winLoss(groupBy: INDUSTRY) {\n    key\n  }\n  products: winLoss(groupBy: PRODUCT) {\n    key\n  }\n  owners: winLoss(groupBy: OWNER) {\n    key\n    groupId\n  }\n}',
): (typeof documents)['query DealFilterOptions {\n  teams {\n    id\n    name\n  }\n  industries: winLoss(groupBy: INDUSTRY) {\n    key\n  }\n  products: winLoss(groupBy: PRODUCT) {\n    key\n  }\n  owners: winLoss(groupBy: OWNER) {\n    key\n    groupId\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DealReviewFlags {\n  dealReviewFlags(first: 50) {\n    deal {\n      id\n      externalId\n      name\n      outcome\n    }\n    outcomeChanges\n    reopenings\n    reasons\n    lastChangeAt\n  }\n}',
): (typeof documents)['query DealReviewFlags {\n  dealReviewFlags(first: 50) {\n    deal {\n      id\n      externalId\n      name\n      outcome\n    }\n    outcomeChanges\n    reopenings\n    reasons\n    lastChangeAt\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Deal($id: ID!) {\n  deal(id: $id) {\n    ...DealDetailFields\n  }\n}',
): (typeof documents)['query Deal($id: ID!) {\n  deal(id: $id) {\n    ...DealDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n  deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DealRowFields\n      }\n    }\n  }\n}',
): (typeof documents)['query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n  deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...DealRowFields\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EmbedDealByCrmId($crmId: String!) {\n  dealByCrmId(crmId: $crmId) {\n    id\n  }\n}',
): (typeof documents)['query EmbedDealByCrmId($crmId: String!) {\n  dealByCrmId(crmId: $crmId) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EmbedDeal($id: ID!) {\n  deal(id: $id) {\n    id\n    externalId\n    name\n    accountName\n    stage\n    amount\n    outcome\n    viewerMayShare\n    usedAssets {\n      uses\n      lastUsedAt\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n}',
): (typeof documents)['query EmbedDeal($id: ID!) {\n  deal(id: $id) {\n    id\n    externalId\n    name\n    accountName\n    stage\n    amount\n    outcome\n    viewerMayShare\n    usedAssets {\n      uses\n      lastUsedAt\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n    ...EndorsementFields\n    asset {\n      ...AssetEndorsements\n    }\n  }\n}',
): (typeof documents)['mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n  endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n    ...EndorsementFields\n    asset {\n      ...AssetEndorsements\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EndorsementFields on Endorsement {\n  id\n  kind\n  comment\n  createdAt\n  pointsAwarded\n  endorser {\n    id\n    name\n  }\n}\n\nfragment AssetEndorsements on Asset {\n  id\n  endorsements {\n    ...EndorsementFields\n  }\n  ...ReuseAssetStats\n}',
): (typeof documents)['fragment EndorsementFields on Endorsement {\n  id\n  kind\n  comment\n  createdAt\n  pointsAwarded\n  endorser {\n    id\n    name\n  }\n}\n\nfragment AssetEndorsements on Asset {\n  id\n  endorsements {\n    ...EndorsementFields\n  }\n  ...ReuseAssetStats\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation WithdrawEndorsement($id: ID!) {\n  withdrawEndorsement(id: $id)\n}\n\nquery AssetEndorsementsRefresh($assetId: ID!) {\n  asset(id: $assetId) {\n    ...AssetEndorsements\n  }\n}',
): (typeof documents)['mutation WithdrawEndorsement($id: ID!) {\n  withdrawEndorsement(id: $id)\n}\n\nquery AssetEndorsementsRefresh($assetId: ID!) {\n  asset(id: $assetId) {\n    ...AssetEndorsements\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AttachmentDocumentFields on Attachment {\n  id\n  fileName\n  previewPath\n  thumbnailPath\n  extraction {\n    status\n    progress\n    kind\n    pageLabel\n    pageCount\n    title\n    preview\n    error\n  }\n}',
): (typeof documents)['fragment AttachmentDocumentFields on Attachment {\n  id\n  fileName\n  previewPath\n  thumbnailPath\n  extraction {\n    status\n    progress\n    kind\n    pageLabel\n    pageCount\n    title\n    preview\n    error\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AttachmentOutline($assetId: ID!, $first: Int!) {\n  asset(id: $assetId) {\n    id\n    attachments {\n      id\n      pages(first: $first) {\n        n\n        heading\n        text\n      }\n    }\n  }\n}',
): (typeof documents)['query AttachmentOutline($assetId: ID!, $first: Int!) {\n  asset(id: $assetId) {\n    id\n    attachments {\n      id\n      pages(first: $first) {\n        n\n        heading\n        text\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query FileAssetProgress($id: ID!) {\n  asset(id: $id) {\n    id\n    title\n    summary\n    body\n    version\n    attachments {\n      ...AttachmentDocumentFields\n    }\n  }\n}',
): (typeof documents)['query FileAssetProgress($id: ID!) {\n  asset(id: $id) {\n    id\n    title\n    summary\n    body\n    version\n    attachments {\n      ...AttachmentDocumentFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Follow($kind: FollowKind!, $target: String!) {\n  follow(kind: $kind, target: $target) {\n    kind\n    target\n  }\n}',
): (typeof documents)['mutation Follow($kind: FollowKind!, $target: String!) {\n  follow(kind: $kind, target: $target) {\n    kind\n    target\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Following {\n  following {\n    kind\n    target\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query Following {\n  following {\n    kind\n    target\n    user {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Unfollow($kind: FollowKind!, $target: String!) {\n  unfollow(kind: $kind, target: $target)\n}',
): (typeof documents)['mutation Unfollow($kind: FollowKind!, $target: String!) {\n  unfollow(kind: $kind, target: $target)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query KnowledgeFlow($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n  knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n    from\n    to\n    scope\n    teams {\n      id\n      name\n      inScope\n    }\n    reuseMatrix {\n      reusingTeamId\n      authoringTeamId\n      reuses\n      events\n    }\n    deadContent {\n      total\n      byTeamAndKind {\n        teamId\n        kind\n        count\n      }\n      assets {\n        id\n        title\n        kind\n        teamId\n        publishedAt\n        lastReusedAt\n      }\n    }\n    contentGaps {\n      query\n      searches\n      days\n      lastSearchedAt\n    }\n    adoption {\n      teamId\n      month\n      people\n      sharing\n      participating\n      contributing\n      none\n    }\n    timeToFirstReuse {\n      kind\n      published\n      reused\n      medianDays\n      bands {\n        label\n        count\n      }\n    }\n  }\n}',
): (typeof documents)['query KnowledgeFlow($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n  knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n    from\n    to\n    scope\n    teams {\n      id\n      name\n      inScope\n    }\n    reuseMatrix {\n      reusingTeamId\n      authoringTeamId\n      reuses\n      events\n    }\n    deadContent {\n      total\n      byTeamAndKind {\n        teamId\n        kind\n        count\n      }\n      assets {\n        id\n        title\n        kind\n        teamId\n        publishedAt\n        lastReusedAt\n      }\n    }\n    contentGaps {\n      query\n      searches\n      days\n      lastSearchedAt\n    }\n    adoption {\n      teamId\n      month\n      people\n      sharing\n      participating\n      contributing\n      none\n    }\n    timeToFirstReuse {\n      kind\n      published\n      reused\n      medianDays\n      bands {\n        label\n        count\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment LeaderboardEntryFields on LeaderboardEntry {\n  rank\n  value\n  user {\n    id\n    name\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n    }\n  }\n}\n\nquery Leaderboard($period: PeriodInput!, $metric: LeaderboardMetric!, $teamId: ID, $first: Int!, $includeInactive: Boolean) {\n  leaderboard(\n    period: $period\n    metric: $metric\n    teamId: $teamId\n    first: $first\n    includeInactive: $includeInactive\n  ) {\n    metric\n    size\n    period {\n      ...PeriodFields\n    }\n    entries {\n      ...LeaderboardEntryFields\n    }\n    viewerEntry {\n      ...LeaderboardEntryFields\n    }\n  }\n}',
): (typeof documents)['fragment LeaderboardEntryFields on LeaderboardEntry {\n  rank\n  value\n  user {\n    id\n    name\n    status\n    team {\n      id\n      name\n    }\n    viewerCan {\n      readCredit\n    }\n  }\n}\n\nquery Leaderboard($period: PeriodInput!, $metric: LeaderboardMetric!, $teamId: ID, $first: Int!, $includeInactive: Boolean) {\n  leaderboard(\n    period: $period\n    metric: $metric\n    teamId: $teamId\n    first: $first\n    includeInactive: $includeInactive\n  ) {\n    metric\n    size\n    period {\n      ...PeriodFields\n    }\n    entries {\n      ...LeaderboardEntryFields\n    }\n    viewerEntry {\n      ...LeaderboardEntryFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription CreditReceived {\n  creditReceived {\n    points\n    reason\n    assetId\n    actorId\n  }\n}\n\nquery CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n  user(id: $actorId) {\n    id\n    name\n  }\n  asset(id: $assetId) @include(if: $withAsset) {\n    id\n    title\n  }\n}',
): (typeof documents)['subscription CreditReceived {\n  creditReceived {\n    points\n    reason\n    assetId\n    actorId\n  }\n}\n\nquery CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n  user(id: $actorId) {\n    id\n    name\n  }\n  asset(id: $assetId) @include(if: $withAsset) {\n    id\n    title\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}',
): (typeof documents)['mutation MarkNotificationsRead($ids: [ID!]) {\n  markNotificationsRead(ids: $ids)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment NotificationFields on Notification {\n  id\n  kind\n  text\n  path\n  createdAt\n  readAt\n}\n\nquery NotificationCentre($first: Int, $unreadOnly: Boolean) {\n  notifications(first: $first, unreadOnly: $unreadOnly) {\n    ...NotificationFields\n  }\n}\n\nquery UnreadNotifications {\n  notifications(first: 100, unreadOnly: true) {\n    id\n  }\n}',
): (typeof documents)['fragment NotificationFields on Notification {\n  id\n  kind\n  text\n  path\n  createdAt\n  readAt\n}\n\nquery NotificationCentre($first: Int, $unreadOnly: Boolean) {\n  notifications(first: $first, unreadOnly: $unreadOnly) {\n    ...NotificationFields\n  }\n}\n\nquery UnreadNotifications {\n  notifications(first: 100, unreadOnly: true) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query NotificationSettings {\n  notificationSettings {\n    digest\n    digestsAvailable\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    digest\n    digestsAvailable\n  }\n}',
): (typeof documents)['query NotificationSettings {\n  notificationSettings {\n    digest\n    digestsAvailable\n  }\n}\n\nmutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    digest\n    digestsAvailable\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Experts($topic: String!, $first: Int) {\n  experts(topic: $topic, first: $first) {\n    score\n    assetCount\n    endorsementCount\n    person {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n    topAssets {\n      id\n      title\n    }\n  }\n}',
): (typeof documents)['query Experts($topic: String!, $first: Int) {\n  experts(topic: $topic, first: $first) {\n    score\n    assetCount\n    endorsementCount\n    person {\n      id\n      name\n      title\n      team {\n        id\n        name\n      }\n    }\n    topAssets {\n      id\n      title\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PersonProfile($userId: ID!) {\n  personProfile(userId: $userId) {\n    id\n    person {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n    assetCount\n    assets {\n      role\n      share\n      asset {\n        id\n        title\n        kind\n        status\n        visibility\n        publishedAt\n        createdAt\n      }\n    }\n    reach {\n      reuses {\n        kind\n        count\n      }\n      shareLinkViews\n      dealsUsedIn\n    }\n    endorsementCount\n    endorsements {\n      id\n      kind\n      comment\n      createdAt\n      endorser {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n    expertise {\n      industries {\n        ...ExpertiseTermFields\n      }\n      buyerRoles {\n        ...ExpertiseTermFields\n      }\n      products {\n        ...ExpertiseTermFields\n      }\n    }\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    engagementLevel\n    credit {\n      allTime\n      thisQuarter\n      quarterLabel\n    }\n  }\n}\n\nfragment ExpertiseTermFields on ExpertiseTerm {\n  value\n  assets\n  endorsements\n}',
): (typeof documents)['query PersonProfile($userId: ID!) {\n  personProfile(userId: $userId) {\n    id\n    person {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n    assetCount\n    assets {\n      role\n      share\n      asset {\n        id\n        title\n        kind\n        status\n        visibility\n        publishedAt\n        createdAt\n      }\n    }\n    reach {\n      reuses {\n        kind\n        count\n      }\n      shareLinkViews\n      dealsUsedIn\n    }\n    endorsementCount\n    endorsements {\n      id\n      kind\n      comment\n      createdAt\n      endorser {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n    expertise {\n      industries {\n        ...ExpertiseTermFields\n      }\n      buyerRoles {\n        ...ExpertiseTermFields\n      }\n      products {\n        ...ExpertiseTermFields\n      }\n    }\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    engagementLevel\n    credit {\n      allTime\n      thisQuarter\n      quarterLabel\n    }\n  }\n}\n\nfragment ExpertiseTermFields on ExpertiseTerm {\n  value\n  assets\n  endorsements\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptAnswer($questionId: ID!, $commentId: ID!) {\n  acceptAnswer(questionId: $questionId, commentId: $commentId) {\n    id\n    acceptedAt\n  }\n}',
): (typeof documents)['mutation AcceptAnswer($questionId: ID!, $commentId: ID!) {\n  acceptAnswer(questionId: $questionId, commentId: $commentId) {\n    id\n    acceptedAt\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AnswerQuestion($questionId: ID!, $body: String!) {\n  answerQuestion(questionId: $questionId, body: $body) {\n    id\n  }\n}',
): (typeof documents)['mutation AnswerQuestion($questionId: ID!, $body: String!) {\n  answerQuestion(questionId: $questionId, body: $body) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AskQuestion($title: String!, $body: String!, $industries: [String!], $buyerRoles: [String!], $products: [String!]) {\n  askQuestion(\n    title: $title\n    body: $body\n    industries: $industries\n    buyerRoles: $buyerRoles\n    products: $products\n  ) {\n    id\n  }\n}',
): (typeof documents)['mutation AskQuestion($title: String!, $body: String!, $industries: [String!], $buyerRoles: [String!], $products: [String!]) {\n  askQuestion(\n    title: $title\n    body: $body\n    industries: $industries\n    buyerRoles: $buyerRoles\n    products: $products\n  ) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation PromoteAnswer($questionId: ID!) {\n  promoteAnswer(questionId: $questionId) {\n    id\n  }\n}',
): (typeof documents)['mutation PromoteAnswer($questionId: ID!) {\n  promoteAnswer(questionId: $questionId) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment QuestionSummary on Question {\n  id\n  title\n  industries\n  buyerRoles\n  products\n  createdAt\n  acceptedAt\n  answerCount\n  asker {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment QuestionSummary on Question {\n  id\n  title\n  industries\n  buyerRoles\n  products\n  createdAt\n  acceptedAt\n  answerCount\n  asker {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionSummary\n    body\n    promotedAssetId\n    acceptedAnswer {\n      id\n    }\n    answers {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        notified\n        reason\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n    expertSuggestions {\n      rank\n      score\n      reason\n      user {\n        id\n        name\n        title\n      }\n    }\n    viewerCan {\n      answer\n      accept\n      promote\n    }\n  }\n}',
): (typeof documents)['query Question($id: ID!) {\n  question(id: $id) {\n    ...QuestionSummary\n    body\n    promotedAssetId\n    acceptedAnswer {\n      id\n    }\n    answers {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n      }\n      mentions {\n        notified\n        reason\n        user {\n          id\n          name\n          email\n        }\n      }\n    }\n    expertSuggestions {\n      rank\n      score\n      reason\n      user {\n        id\n        name\n        title\n      }\n    }\n    viewerCan {\n      answer\n      accept\n      promote\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Questions($scope: QuestionListScope, $first: Int) {\n  questions(scope: $scope, first: $first) {\n    ...QuestionSummary\n  }\n}',
): (typeof documents)['query Questions($scope: QuestionListScope, $first: Int) {\n  questions(scope: $scope, first: $first) {\n    ...QuestionSummary\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AuthorshipReportFields on AuthorshipReport {\n  credit\n  rank\n  assetsAuthored\n  reusesReceived {\n    kind\n    count\n  }\n  uniqueReusers\n  teamsReached\n  endorsementsReceived {\n    kind\n    count\n  }\n  derivedAssets\n  wonDealsInfluenced\n  wonAmountInfluenced\n  engagement {\n    sharing\n    participating\n    contributing\n  }\n}\n\nfragment PerformanceReportFields on AuthorshipReport {\n  trend {\n    credit\n    previousCredit\n    change\n    teamMedian\n    points {\n      label\n      from\n      credit\n      teamMedian\n    }\n  }\n  assets {\n    assetId\n    title\n    kind\n    role\n    share\n    reuses {\n      kind\n      count\n    }\n    customerSessions\n    wonDeals\n    wonAmount\n    credit\n  }\n  endorsementComments {\n    id\n    kind\n    comment\n    createdAt\n    endorserId\n    endorserName\n    assetId\n    assetTitle\n  }\n  acceptedAnswers {\n    questionId\n    questionTitle\n    askerName\n    acceptedAt\n  }\n}\n\nquery PersonReport($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    user {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    ...AuthorshipReportFields\n    ...PerformanceReportFields\n    csv\n  }\n}\n\nquery TeamReport($teamId: ID!, $period: PeriodInput!) {\n  authorshipReport(teamId: $teamId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    team {\n      id\n      name\n    }\n    ...AuthorshipReportFields\n    csv\n    knowledgeFlow {\n      teamId\n      teamName\n      received\n      given\n    }\n    members {\n      user {\n        id\n        name\n        title\n        status\n      }\n      ...AuthorshipReportFields\n    }\n  }\n}',
): (typeof documents)['fragment AuthorshipReportFields on AuthorshipReport {\n  credit\n  rank\n  assetsAuthored\n  reusesReceived {\n    kind\n    count\n  }\n  uniqueReusers\n  teamsReached\n  endorsementsReceived {\n    kind\n    count\n  }\n  derivedAssets\n  wonDealsInfluenced\n  wonAmountInfluenced\n  engagement {\n    sharing\n    participating\n    contributing\n  }\n}\n\nfragment PerformanceReportFields on AuthorshipReport {\n  trend {\n    credit\n    previousCredit\n    change\n    teamMedian\n    points {\n      label\n      from\n      credit\n      teamMedian\n    }\n  }\n  assets {\n    assetId\n    title\n    kind\n    role\n    share\n    reuses {\n      kind\n      count\n    }\n    customerSessions\n    wonDeals\n    wonAmount\n    credit\n  }\n  endorsementComments {\n    id\n    kind\n    comment\n    createdAt\n    endorserId\n    endorserName\n    assetId\n    assetTitle\n  }\n  acceptedAnswers {\n    questionId\n    questionTitle\n    askerName\n    acceptedAt\n  }\n}\n\nquery PersonReport($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    user {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    ...AuthorshipReportFields\n    ...PerformanceReportFields\n    csv\n  }\n}\n\nquery TeamReport($teamId: ID!, $period: PeriodInput!) {\n  authorshipReport(teamId: $teamId, period: $period) {\n    period {\n      ...PeriodFields\n    }\n    team {\n      id\n      name\n    }\n    ...AuthorshipReportFields\n    csv\n    knowledgeFlow {\n      teamId\n      teamName\n      received\n      given\n    }\n    members {\n      user {\n        id\n        name\n        title\n        status\n      }\n      ...AuthorshipReportFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    rank\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n}',
): (typeof documents)['query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n  authorshipReport(userId: $userId, period: $period) {\n    rank\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ReuseAssetStats on Asset {\n  id\n  stats {\n    reuseCount\n    uniqueReusers\n    teamsReached\n    viewCount\n    endorsementCount\n    creditGenerated\n    slidesUsed {\n      slide\n      reuses\n    }\n  }\n}',
): (typeof documents)['fragment ReuseAssetStats on Asset {\n  id\n  stats {\n    reuseCount\n    uniqueReusers\n    teamsReached\n    viewCount\n    endorsementCount\n    creditGenerated\n    slidesUsed {\n      slide\n      reuses\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OpenDeals($ownerId: ID!) {\n  deals(first: 50, outcome: OPEN, filter: {ownerId: $ownerId}) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        accountName\n        product\n        amount\n      }\n    }\n  }\n}',
): (typeof documents)['query OpenDeals($ownerId: ID!) {\n  deals(first: 50, outcome: OPEN, filter: {ownerId: $ownerId}) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        accountName\n        product\n        amount\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordReuse($input: RecordReuseInput!) {\n  recordReuse(input: $input) {\n    id\n    kind\n    occurredAt\n    pointsAwarded\n    explanation\n    asset {\n      ...ReuseAssetStats\n    }\n  }\n}',
): (typeof documents)['mutation RecordReuse($input: RecordReuseInput!) {\n  recordReuse(input: $input) {\n    id\n    kind\n    occurredAt\n    pointsAwarded\n    explanation\n    asset {\n      ...ReuseAssetStats\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ReuseTarget($assetId: ID!) {\n  viewer {\n    id\n  }\n  asset(id: $assetId) {\n    id\n    title\n    body\n  }\n}',
): (typeof documents)['query ReuseTarget($assetId: ID!) {\n  viewer {\n    id\n  }\n  asset(id: $assetId) {\n    id\n    title\n    body\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ReviewFlags($period: PeriodInput!) {\n  creditRings(period: $period) {\n    users {\n      id\n      name\n    }\n    mutualPoints\n    share\n  }\n  creditSpikes(period: $period) {\n    user {\n      id\n      name\n    }\n    day\n    points\n    medianPoints\n    events {\n      eventId\n      kind\n      occurredAt\n      points\n      actor {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n  }\n}',
): (typeof documents)['query ReviewFlags($period: PeriodInput!) {\n  creditRings(period: $period) {\n    users {\n      id\n      name\n    }\n    mutualPoints\n    share\n  }\n  creditSpikes(period: $period) {\n    user {\n      id\n      name\n    }\n    day\n    points\n    medianPoints\n    events {\n      eventId\n      kind\n      occurredAt\n      points\n      actor {\n        id\n        name\n      }\n      asset {\n        id\n        title\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query GlobalSearch($query: String!, $first: Int) {\n  globalSearch(query: $query, first: $first) {\n    assets {\n      id\n      title\n      kind\n      authors {\n        user {\n          id\n          name\n        }\n      }\n    }\n    people {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    deals {\n      id\n      name\n      accountName\n      stage\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query GlobalSearch($query: String!, $first: Int) {\n  globalSearch(query: $query, first: $first) {\n    assets {\n      id\n      title\n      kind\n      authors {\n        user {\n          id\n          name\n        }\n      }\n    }\n    people {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n    deals {\n      id\n      name\n      accountName\n      stage\n      outcome\n      owner {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ClientSafeKinds {\n  clientSafeKinds\n}',
): (typeof documents)['query ClientSafeKinds {\n  clientSafeKinds\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateShareLink($input: CreateShareLinkInput!) {\n  createShareLink(input: $input) {\n    ...ShareLinkFields\n  }\n}',
): (typeof documents)['mutation CreateShareLink($input: CreateShareLinkInput!) {\n  createShareLink(input: $input) {\n    ...ShareLinkFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    text\n    path\n    createdAt\n  }\n}',
): (typeof documents)['subscription NotificationAdded {\n  notificationAdded {\n    id\n    kind\n    text\n    path\n    createdAt\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeShareLink($id: ID!) {\n  revokeShareLink(id: $id) {\n    id\n    revokedAt\n  }\n}',
): (typeof documents)['mutation RevokeShareLink($id: ID!) {\n  revokeShareLink(id: $id) {\n    id\n    revokedAt\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ShareLinkFields on ShareLink {\n  id\n  url\n  createdAt\n  recipientName\n  recipientEmail\n  expiresAt\n  revokedAt\n  requireEmail\n  opens\n  firstViewedAt\n  totalSeconds\n  asset {\n    id\n    title\n  }\n  deal {\n    id\n    name\n  }\n  sessions {\n    id\n    startedAt\n    lastActivityAt\n    durationSeconds\n    pagesViewed\n    device\n    email\n    pageSeconds {\n      page\n      seconds\n    }\n  }\n}',
): (typeof documents)['fragment ShareLinkFields on ShareLink {\n  id\n  url\n  createdAt\n  recipientName\n  recipientEmail\n  expiresAt\n  revokedAt\n  requireEmail\n  opens\n  firstViewedAt\n  totalSeconds\n  asset {\n    id\n    title\n  }\n  deal {\n    id\n    name\n  }\n  sessions {\n    id\n    startedAt\n    lastActivityAt\n    durationSeconds\n    pagesViewed\n    device\n    email\n    pageSeconds {\n      page\n      seconds\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ShareLinks($assetId: ID, $dealId: ID) {\n  shareLinks(assetId: $assetId, dealId: $dealId) {\n    ...ShareLinkFields\n  }\n}',
): (typeof documents)['query ShareLinks($assetId: ID, $dealId: ID) {\n  shareLinks(assetId: $assetId, dealId: $dealId) {\n    ...ShareLinkFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n  adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n  adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AttributionReviewFields on AttributionReview {\n  id\n  status\n  similarity\n  derivedFromId\n  createdAt\n  resolvedAt\n  asset {\n    ...AssetCardFields\n  }\n  matchedAsset {\n    id\n  }\n  matches {\n    ...SimilarAssetFields\n  }\n}',
): (typeof documents)['fragment AttributionReviewFields on AttributionReview {\n  id\n  status\n  similarity\n  derivedFromId\n  createdAt\n  resolvedAt\n  asset {\n    ...AssetCardFields\n  }\n  matchedAsset {\n    id\n  }\n  matches {\n    ...SimilarAssetFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AttributionReviews($first: Int) {\n  attributionReviews(first: $first) {\n    ...AttributionReviewFields\n  }\n}',
): (typeof documents)['query AttributionReviews($first: Int) {\n  attributionReviews(first: $first) {\n    ...AttributionReviewFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n  declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n    ...SimilarAssetFields\n  }\n}',
): (typeof documents)['mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n  declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n    ...SimilarAssetFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n  resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n    ...AttributionReviewFields\n  }\n}',
): (typeof documents)['mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n  resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n    ...AttributionReviewFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SimilarAssetFields on SimilarAsset {\n  similarity\n  partial\n  slidesLabel\n  declined\n  asset {\n    ...AssetCardFields\n  }\n}',
): (typeof documents)['fragment SimilarAssetFields on SimilarAsset {\n  similarity\n  partial\n  slidesLabel\n  declined\n  asset {\n    ...AssetCardFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SimilarAssets($assetId: ID!) {\n  similarAssets(assetId: $assetId) {\n    ...SimilarAssetFields\n  }\n}',
): (typeof documents)['query SimilarAssets($assetId: ID!) {\n  similarAssets(assetId: $assetId) {\n    ...SimilarAssetFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DealSuggestions($dealId: ID!, $first: Int) {\n  dealSuggestions(dealId: $dealId, first: $first) {\n    score\n    reasons\n    asset {\n      id\n      kind\n      title\n      summary\n      publishedAt\n      outOfDate\n      approval {\n        state\n        blocksSharing\n      }\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query DealSuggestions($dealId: ID!, $first: Int) {\n  dealSuggestions(dealId: $dealId, first: $first) {\n    score\n    reasons\n    asset {\n      id\n      kind\n      title\n      summary\n      publishedAt\n      outOfDate\n      approval {\n        state\n        blocksSharing\n      }\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n  addTaxonomyTerm(kind: $kind, value: $value) {\n    kind\n    value\n    assetCount\n  }\n}',
): (typeof documents)['mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n  addTaxonomyTerm(kind: $kind, value: $value) {\n    kind\n    value\n    assetCount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TagSuggestions($search: String) {\n  tagSuggestions(search: $search) {\n    value\n    assetCount\n  }\n}',
): (typeof documents)['query TagSuggestions($search: String) {\n  tagSuggestions(search: $search) {\n    value\n    assetCount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n  taxonomy(kind: $kind, search: $search) {\n    kind\n    value\n    assetCount\n  }\n}',
): (typeof documents)['query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n  taxonomy(kind: $kind, search: $search) {\n    kind\n    value\n    assetCount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n  createTeam(name: $name, managerIds: $managerIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n  createTeam(name: $name, managerIds: $managerIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n  setTeamManagers(teamId: $teamId, userIds: $userIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n  setTeamManagers(teamId: $teamId, userIds: $userIds) {\n    id\n    name\n    memberCount\n    managers {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Teams {\n  teams {\n    id\n    name\n    memberCount\n    viewerCan {\n      readReport\n    }\n    managers {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['query Teams {\n  teams {\n    id\n    name\n    memberCount\n    viewerCan {\n      readReport\n    }\n    managers {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TemplateMyDeals($ownerId: ID!) {\n  deals(filter: {ownerId: $ownerId}, first: 50) {\n    edges {\n      node {\n        id\n        name\n        accountName\n      }\n    }\n  }\n}',
): (typeof documents)['query TemplateMyDeals($ownerId: ID!) {\n  deals(filter: {ownerId: $ownerId}, first: 50) {\n    edges {\n      node {\n        id\n        name\n        accountName\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation PersonalizeTemplate($input: PersonalizeTemplateInput!) {\n  personalizeTemplate(input: $input) {\n    ...AssetDetailFields\n  }\n}',
): (typeof documents)['mutation PersonalizeTemplate($input: PersonalizeTemplateInput!) {\n  personalizeTemplate(input: $input) {\n    ...AssetDetailFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TemplatePlaceholders {\n  templatePlaceholders {\n    key\n    label\n  }\n}',
): (typeof documents)['query TemplatePlaceholders {\n  templatePlaceholders {\n    key\n    label\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TemplatePreview($templateId: ID!, $dealId: ID!) {\n  templatePreview(templateId: $templateId, dealId: $dealId) {\n    locked\n    text\n  }\n}',
): (typeof documents)['query TemplatePreview($templateId: ID!, $dealId: ID!) {\n  templatePreview(templateId: $templateId, dealId: $dealId) {\n    locked\n    text\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n  createUser(\n    email: $email\n    name: $name\n    password: $password\n    role: $role\n    teamId: $teamId\n    title: $title\n  ) {\n    id\n    name\n    email\n    title\n    role\n    status\n    canLogIn\n    team {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n  createUser(\n    email: $email\n    name: $name\n    password: $password\n    role: $role\n    teamId: $teamId\n    title: $title\n  ) {\n    id\n    name\n    email\n    title\n    role\n    status\n    canLogIn\n    team {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n  setUserStatus(userId: $userId, status: $status) {\n    id\n    status\n    canLogIn\n  }\n}',
): (typeof documents)['mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n  setUserStatus(userId: $userId, status: $status) {\n    id\n    status\n    canLogIn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query UserOptions($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n}',
): (typeof documents)['query UserOptions($search: String, $first: Int) {\n  users(search: $search, first: $first) {\n    edges {\n      node {\n        id\n        name\n        email\n        role\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Users($search: String, $first: Int, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        title\n        role\n        status\n        canLogIn\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query Users($search: String, $first: Int, $after: String) {\n  users(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        email\n        title\n        role\n        status\n        canLogIn\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AssetVerificationFields on Asset {\n  id\n  status\n  outOfDate\n  daysOverdue\n  verifiedAt\n  reviewDueAt\n  verifier {\n    id\n    name\n  }\n  verifiedBy {\n    id\n    name\n  }\n  viewerCan {\n    verify\n  }\n}',
): (typeof documents)['fragment AssetVerificationFields on Asset {\n  id\n  status\n  outOfDate\n  daysOverdue\n  verifiedAt\n  reviewDueAt\n  verifier {\n    id\n    name\n  }\n  verifiedBy {\n    id\n    name\n  }\n  viewerCan {\n    verify\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AssetVerification($id: ID!) {\n  asset(id: $id) {\n    ...AssetVerificationFields\n  }\n}',
): (typeof documents)['query AssetVerification($id: ID!) {\n  asset(id: $id) {\n    ...AssetVerificationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ReviewIntervals {\n  reviewIntervals {\n    kind\n    days\n    isDefault\n  }\n}',
): (typeof documents)['query ReviewIntervals {\n  reviewIntervals {\n    kind\n    days\n    isDefault\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ReviewQueue {\n  reviewQueue {\n    id\n    kind\n    title\n    status\n    outOfDate\n    daysOverdue\n    reviewDueAt\n    openDealCount\n    archiveProposed\n    verifier {\n      id\n      name\n    }\n    stats {\n      reuseCount\n    }\n    viewerCan {\n      verify\n      archive\n    }\n  }\n}',
): (typeof documents)['query ReviewQueue {\n  reviewQueue {\n    id\n    kind\n    title\n    status\n    outOfDate\n    daysOverdue\n    reviewDueAt\n    openDealCount\n    archiveProposed\n    verifier {\n      id\n      name\n    }\n    stats {\n      reuseCount\n    }\n    viewerCan {\n      verify\n      archive\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetAssetVerifier($assetId: ID!, $userId: ID!) {\n  setAssetVerifier(assetId: $assetId, userId: $userId) {\n    ...AssetVerificationFields\n  }\n}',
): (typeof documents)['mutation SetAssetVerifier($assetId: ID!, $userId: ID!) {\n  setAssetVerifier(assetId: $assetId, userId: $userId) {\n    ...AssetVerificationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetReviewInterval($input: SetReviewIntervalInput!) {\n  setReviewInterval(input: $input) {\n    kind\n    days\n    isDefault\n  }\n}',
): (typeof documents)['mutation SetReviewInterval($input: SetReviewIntervalInput!) {\n  setReviewInterval(input: $input) {\n    kind\n    days\n    isDefault\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation VerifyAsset($id: ID!) {\n  verifyAsset(id: $id) {\n    ...AssetVerificationFields\n  }\n}',
): (typeof documents)['mutation VerifyAsset($id: ID!) {\n  verifyAsset(id: $id) {\n    ...AssetVerificationFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n  contentInfluence(\n    filter: $filter\n    minClosedDeals: $minClosedDeals\n    first: $first\n  ) {\n    dealsUsedIn\n    won\n    lost\n    winRate\n    comparableDeals\n    baselineWinRate\n    lift\n    enoughData\n    winRateInterval {\n      low\n      high\n    }\n    asset {\n      id\n      kind\n      title\n    }\n  }\n}',
): (typeof documents)['query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n  contentInfluence(\n    filter: $filter\n    minClosedDeals: $minClosedDeals\n    first: $first\n  ) {\n    dealsUsedIn\n    won\n    lost\n    winRate\n    comparableDeals\n    baselineWinRate\n    lift\n    enoughData\n    winRateInterval {\n      low\n      high\n    }\n    asset {\n      id\n      kind\n      title\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AnalysisFields on Asset {\n  id\n  title\n  summary\n  status\n  publishedAt\n  createdAt\n  authors {\n    role\n    share\n    user {\n      id\n      name\n    }\n  }\n  winLoss {\n    outcome\n    reasons\n    competitor\n    buyerRolesInvolved\n    lessonsLearned\n    updatedAt\n  }\n}\n\nquery DealAnalyses($id: ID!) {\n  deal(id: $id) {\n    id\n    analyses {\n      ...AnalysisFields\n    }\n  }\n}',
): (typeof documents)['fragment AnalysisFields on Asset {\n  id\n  title\n  summary\n  status\n  publishedAt\n  createdAt\n  authors {\n    role\n    share\n    user {\n      id\n      name\n    }\n  }\n  winLoss {\n    outcome\n    reasons\n    competitor\n    buyerRolesInvolved\n    lessonsLearned\n    updatedAt\n  }\n}\n\nquery DealAnalyses($id: ID!) {\n  deal(id: $id) {\n    id\n    analyses {\n      ...AnalysisFields\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TopLossReasons($filter: DealFilter, $first: Int) {\n  topLossReasons(filter: $filter, first: $first) {\n    reason\n    count\n    share\n  }\n}',
): (typeof documents)['query TopLossReasons($filter: DealFilter, $first: Int) {\n  topLossReasons(filter: $filter, first: $first) {\n    reason\n    count\n    share\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WinLossReasons {\n  winLossReasons {\n    id\n    label\n  }\n}',
): (typeof documents)['query WinLossReasons {\n  winLossReasons {\n    id\n    label\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n  winLoss(groupBy: $groupBy, filter: $filter) {\n    key\n    groupId\n    won\n    lost\n    winRate\n    wonAmount\n    lostAmount\n    avgCycleDays\n  }\n}',
): (typeof documents)['query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n  winLoss(groupBy: $groupBy, filter: $filter) {\n    key\n    groupId\n    won\n    lost\n    winRate\n    wonAmount\n    lostAmount\n    avgCycleDays\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
