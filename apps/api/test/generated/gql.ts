/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  fragment FactoryAsset on Asset {\n    id\n    title\n    version\n    status\n  }\n": typeof types.FactoryAssetFragmentDoc,
    "\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...FactoryAsset\n    }\n  }\n": typeof types.FactoryCreateAssetDocument,
    "\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...FactoryAsset\n    }\n  }\n": typeof types.FactoryDeriveAssetDocument,
    "\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...FactoryAsset\n    }\n  }\n": typeof types.FactoryPublishAssetDocument,
    "\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n": typeof types.FactorySetAuthorsDocument,
    "\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n    }\n  }\n": typeof types.RecordReuseDocument,
    "\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!) {\n    endorseAsset(assetId: $assetId, kind: $kind) {\n      id\n      pointsAwarded\n    }\n  }\n": typeof types.EndorseAssetDocument,
    "\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n": typeof types.WithdrawEndorsementDocument,
    "\n  query CreditStatement($userId: ID!, $period: PeriodInput, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: 100, after: $after) {\n      sum\n      totalCount\n      edges {\n        node {\n          points\n          reason\n          explanation\n          actor {\n            id\n          }\n          asset {\n            id\n          }\n          policyVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CreditStatementDocument,
    "\n  fragment FactoryImportResult on ImportResult {\n    created\n    updated\n    unchanged\n    skipped\n    rows\n    errors {\n      row\n      message\n      code\n    }\n  }\n": typeof types.FactoryImportResultFragmentDoc,
    "\n  mutation FactoryImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n": typeof types.FactoryImportAccountsDocument,
    "\n  mutation FactoryImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n": typeof types.FactoryImportTeamsDocument,
    "\n  mutation FactoryImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n": typeof types.FactoryImportDealsDocument,
    "\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": typeof types.FactoryLoginDocument,
    "\n  mutation AdminCreateUser(\n    $email: String!\n    $name: String!\n    $password: String!\n    $role: Role!\n    $teamId: ID\n    $title: String\n  ) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      email\n      name\n      role\n      status\n      title\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminCreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      managers {\n        id\n      }\n      memberCount\n    }\n  }\n": typeof types.AdminCreateTeamDocument,
    "\n  mutation AdminSetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.AdminSetUserStatusDocument,
    "\n  mutation AdminSetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      managers {\n        id\n      }\n    }\n  }\n": typeof types.AdminSetTeamManagersDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      memberCount\n    }\n  }\n": typeof types.AdminTeamsDocument,
    "\n  mutation AdminUpdateScoringPolicy($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n": typeof types.AdminUpdateScoringPolicyDocument,
    "\n  mutation AdminSetClientSafeKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n": typeof types.AdminSetClientSafeKindsDocument,
    "\n  mutation AdminSetApprovalRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n": typeof types.AdminSetApprovalRequiredDocument,
    "\n  mutation AdminSetReviewInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      days\n    }\n  }\n": typeof types.AdminSetReviewIntervalDocument,
    "\n  mutation AdminImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n    }\n  }\n": typeof types.AdminImportAccountsDocument,
    "\n  mutation AdminImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      created\n    }\n  }\n": typeof types.AdminImportTeamsDocument,
    "\n  mutation AdminClose2001Q1 {\n    closePeriod(period: { kind: QUARTER, at: \"2001-02-01T00:00:00Z\" }) {\n      closed\n    }\n  }\n": typeof types.AdminClose2001Q1Document,
    "\n  query AdminCreditRings {\n    creditRings(period: { kind: QUARTER }) {\n      mutualPoints\n    }\n  }\n": typeof types.AdminCreditRingsDocument,
    "\n  query AdminCreditSpikes {\n    creditSpikes(period: { kind: QUARTER }) {\n      medianPoints\n    }\n  }\n": typeof types.AdminCreditSpikesDocument,
    "\n  query AdminDealReviewFlags {\n    dealReviewFlags {\n      outcomeChanges\n    }\n  }\n": typeof types.AdminDealReviewFlagsDocument,
    "\n  query AdminScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n    }\n  }\n": typeof types.AdminScoringPolicyHistoryDocument,
    "\n  query AdminUsersPage($s: String, $after: String) {\n    users(search: $s, first: 2, after: $after) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminUsersPageDocument,
    "\n  query AdminUsersAfterGarbage {\n    users(after: \"garbage\") {\n      totalCount\n    }\n  }\n": typeof types.AdminUsersAfterGarbageDocument,
    "\n  query AdminUsersFirst1000 {\n    users(first: 1000) {\n      totalCount\n    }\n  }\n": typeof types.AdminUsersFirst1000Document,
    "\n  mutation ApprovalSetRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n": typeof types.ApprovalSetRequiredDocument,
    "\n  mutation ApprovalShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.ApprovalShareDocument,
    "\n  query ApprovalOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      approval {\n        state\n        blocksSharing\n        version\n        waitingSince\n        decidedAt\n        decidedBy {\n          id\n        }\n        note\n        viewerCanDecide\n      }\n    }\n  }\n": typeof types.ApprovalOfAssetDocument,
    "\n  mutation ApprovalApprove($id: ID!, $note: String, $version: Int) {\n    approveAsset(id: $id, note: $note, version: $version) {\n      id\n      approval {\n        state\n        version\n      }\n    }\n  }\n": typeof types.ApprovalApproveDocument,
    "\n  mutation ApprovalReject($id: ID!, $reason: String!) {\n    rejectAsset(id: $id, reason: $reason) {\n      id\n      approval {\n        state\n        note\n      }\n    }\n  }\n": typeof types.ApprovalRejectDocument,
    "\n  query ApprovalQueue {\n    approvalQueue {\n      asset {\n        id\n        title\n      }\n      version\n      waitingSince\n      waitingSeconds\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  mutation ApprovalEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ApprovalEditDocument,
    "\n  query ApprovalNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n": typeof types.ApprovalNotificationsDocument,
    "\n  query ApprovalViewerCan {\n    viewer {\n      viewerCan {\n        decideApprovals\n      }\n    }\n  }\n": typeof types.ApprovalViewerCanDocument,
    "\n  query AssetWithVersions($id: ID!) {\n    asset(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      visibility\n      status\n      version\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      publishedAt\n      team {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n        share\n      }\n      derivedFrom {\n        id\n      }\n      versions {\n        version\n        change\n        editedBy {\n          id\n        }\n        title\n        authors {\n          user {\n            id\n          }\n          role\n          share\n        }\n      }\n    }\n  }\n": typeof types.AssetWithVersionsDocument,
    "\n  mutation AssetSetAuthors($id: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $id, authors: $authors) {\n      id\n      version\n    }\n  }\n": typeof types.AssetSetAuthorsDocument,
    "\n  mutation AssetUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n      title\n      body\n    }\n  }\n": typeof types.AssetUpdateDocument,
    "\n  mutation AssetSetTeamManagers($t: ID!, $u: [ID!]!) {\n    setTeamManagers(teamId: $t, userIds: $u) {\n      id\n    }\n  }\n": typeof types.AssetSetTeamManagersDocument,
    "\n  mutation AssetCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n": typeof types.AssetCreateDocument,
    "\n  mutation AssetPublish($id: ID!) {\n    publishAsset(id: $id) {\n      id\n    }\n  }\n": typeof types.AssetPublishDocument,
    "\n  mutation AssetArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n    }\n  }\n": typeof types.AssetArchiveDocument,
    "\n  query AssetVersionOne($id: ID!) {\n    assetVersion(assetId: $id, version: 1) {\n      body\n    }\n  }\n": typeof types.AssetVersionOneDocument,
    "\n  mutation AssetDeriveWithAuthors($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n      derivedFrom {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n      }\n    }\n  }\n": typeof types.AssetDeriveWithAuthorsDocument,
    "\n  mutation AssetDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n": typeof types.AssetDeriveDocument,
    "\n  query AssetDerivedAssets($id: ID!) {\n    asset(id: $id) {\n      derivedAssets {\n        id\n      }\n    }\n  }\n": typeof types.AssetDerivedAssetsDocument,
    "\n  query AssetAncestry($id: ID!) {\n    asset(id: $id) {\n      ancestry {\n        id\n      }\n    }\n  }\n": typeof types.AssetAncestryDocument,
    "\n  query AttachmentList($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n        uploadedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AttachmentListDocument,
    "\n  query AttachmentIds($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n      }\n    }\n  }\n": typeof types.AttachmentIdsDocument,
    "\n  mutation AttachmentDelete($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": typeof types.AttachmentDeleteDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  query AuthViewer {\n    viewer {\n      id\n      name\n      role\n      team {\n        name\n      }\n    }\n  }\n": typeof types.AuthViewerDocument,
    "\n  mutation AuthSetUserStatus($id: ID!, $s: UserStatus!) {\n    setUserStatus(userId: $id, status: $s) {\n      status\n    }\n  }\n": typeof types.AuthSetUserStatusDocument,
    "\n  query AuthTeams {\n    teams {\n      id\n    }\n  }\n": typeof types.AuthTeamsDocument,
    "\n  mutation BatchIngestRecordMany($inputs: [RecordReuseInput!]!) {\n    recordReuses(inputs: $inputs) {\n      clientEventId\n      reuse {\n        id\n        kind\n        pointsAwarded\n        explanation\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.BatchIngestRecordManyDocument,
    "\n  mutation BatchIngestRecordOne($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n      explanation\n    }\n  }\n": typeof types.BatchIngestRecordOneDocument,
    "\n  mutation BatchIngestShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.BatchIngestShareDocument,
    "\n  mutation CoauthorDecline($assetId: ID!) {\n    declineCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      role\n      share\n      consent\n    }\n  }\n": typeof types.CoauthorDeclineDocument,
    "\n  mutation CoauthorAccept($assetId: ID!) {\n    acceptCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      consent\n    }\n  }\n": typeof types.CoauthorAcceptDocument,
    "\n  query CoauthorAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      authors {\n        user {\n          id\n        }\n        role\n        share\n        consent\n      }\n      declinedAuthors {\n        user {\n          id\n        }\n        share\n      }\n      viewerCan {\n        declineCoauthorship\n        acceptCoauthorship\n      }\n      versions {\n        version\n        change\n      }\n    }\n  }\n": typeof types.CoauthorAssetDocument,
    "\n  query CoauthorNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n": typeof types.CoauthorNotificationsDocument,
    "\n  subscription CoauthorNotificationAdded {\n    notificationAdded {\n      kind\n      text\n      path\n    }\n  }\n": typeof types.CoauthorNotificationAddedDocument,
    "\n  mutation CommentsAdd($assetId: ID!, $body: String!, $parentId: ID) {\n    addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n      id\n      body\n      parentId\n      resolved\n      createdAt\n      editedAt\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n        reason\n      }\n    }\n  }\n": typeof types.CommentsAddDocument,
    "\n  mutation CommentsEdit($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      history {\n        body\n        editedAt\n        editedBy {\n          id\n        }\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n": typeof types.CommentsEditDocument,
    "\n  mutation CommentsResolve($id: ID!, $resolved: Boolean) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n      resolvedBy {\n        id\n      }\n    }\n  }\n": typeof types.CommentsResolveDocument,
    "\n  query CommentsThread($id: ID!) {\n    asset(id: $id) {\n      id\n      commentCount\n      comments {\n        id\n        body\n        resolved\n        viewerCan {\n          edit\n          resolve\n          reply\n        }\n        history {\n          body\n        }\n        replies {\n          id\n          body\n          parentId\n          replies {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommentsThreadDocument,
    "\n  query CommentsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n": typeof types.CommentsNotificationsDocument,
    "\n  query CommentsProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n      engagementLevel\n    }\n  }\n": typeof types.CommentsProfileDocument,
    "\n  mutation CreditConcurrencyReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      pointsAwarded\n    }\n  }\n": typeof types.CreditConcurrencyReuseDocument,
    "\n  mutation CreditConcurrencyEndorse($a: ID!, $k: EndorsementKind!) {\n    endorseAsset(assetId: $a, kind: $k) {\n      id\n      pointsAwarded\n    }\n  }\n": typeof types.CreditConcurrencyEndorseDocument,
    "\n  query CreditSpikesOfWeek($at: DateTime) {\n    creditSpikes(period: { kind: WEEK, at: $at }) {\n      user {\n        id\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        points\n        actor {\n          id\n        }\n        asset {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreditSpikesOfWeekDocument,
    "\n  query CreditTeamLeaderboard($teamId: ID!, $period: PeriodInput!) {\n    leaderboard(period: $period, teamId: $teamId, metric: CREDIT) {\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n      viewerEntry {\n        rank\n      }\n    }\n  }\n": typeof types.CreditTeamLeaderboardDocument,
    "\n  mutation CreditImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      created\n      updated\n    }\n  }\n": typeof types.CreditImportDealsDocument,
    "\n  query CreditDealsOfOwner($ownerId: ID) {\n    deals(filter: { ownerId: $ownerId }, first: 10) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.CreditDealsOfOwnerDocument,
    "\n  query CrmImportWinLossByIndustry {\n    winLoss(groupBy: INDUSTRY) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n": typeof types.CrmImportWinLossByIndustryDocument,
    "\n  mutation CrmImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n      skipped\n    }\n  }\n": typeof types.CrmImportAccountsDocument,
    "\n  mutation DealIntegrityReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n      explanation\n    }\n  }\n": typeof types.DealIntegrityReuseDocument,
    "\n  query DealIntegritySum($u: ID!) {\n    creditEntries(userId: $u, first: 1) {\n      sum\n    }\n  }\n": typeof types.DealIntegritySumDocument,
    "\n  query DealIntegrityAudit($id: ID!) {\n    deal(id: $id) {\n      externalId\n      auditTrail {\n        field\n        before\n        after\n        source\n        actor {\n          id\n        }\n        changedAt\n      }\n    }\n  }\n": typeof types.DealIntegrityAuditDocument,
    "\n  query DealIntegrityViewer {\n    viewer {\n      id\n    }\n  }\n": typeof types.DealIntegrityViewerDocument,
    "\n  query DealIntegrityReviewFlags {\n    dealReviewFlags(first: 200) {\n      deal {\n        externalId\n      }\n      outcomeChanges\n      reopenings\n      reasons\n    }\n  }\n": typeof types.DealIntegrityReviewFlagsDocument,
    "\n  query DealWebhookDeal($id: ID!) {\n    deal(id: $id) {\n      externalId\n      name\n      accountName\n      industry\n      product\n      amount\n      outcome\n      stage\n      competitor\n      engagedAt\n      closedAt\n      owner {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n": typeof types.DealWebhookDealDocument,
    "\n  query EmbedPanel($dealId: ID!) {\n    viewer {\n      id\n    }\n    deal(id: $dealId) {\n      id\n      name\n      usedAssets {\n        asset {\n          id\n        }\n        uses\n      }\n    }\n    dealSuggestions(dealId: $dealId, first: 10) {\n      asset {\n        id\n      }\n      reasons\n    }\n    shareLinks(dealId: $dealId) {\n      id\n    }\n    clientSafeKinds\n  }\n": typeof types.EmbedPanelDocument,
    "\n  mutation EmbedUseInDeal($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      explanation\n    }\n  }\n": typeof types.EmbedUseInDealDocument,
    "\n  query EmbedLeaderboard {\n    leaderboard(period: { kind: ALL_TIME }) {\n      entries {\n        rank\n      }\n    }\n  }\n": typeof types.EmbedLeaderboardDocument,
    "\n  mutation EmbedCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": typeof types.EmbedCreateTeamDocument,
    "\n  query EmbedDeals {\n    deals(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.EmbedDealsDocument,
    "\n  query FilesOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      summary\n      body\n      version\n      status\n      thumbnailPath\n      attachments {\n        id\n        fileName\n        previewPath\n        thumbnailPath\n        extraction {\n          status\n          progress\n          kind\n          pageLabel\n          pageCount\n          title\n          preview\n          error\n        }\n        pages(first: 10) {\n          n\n          heading\n          text\n        }\n      }\n      stats {\n        slidesUsed {\n          slide\n          reuses\n        }\n      }\n    }\n  }\n": typeof types.FilesOfAssetDocument,
    "\n  query SearchInsideFiles($search: String!) {\n    assets(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          fileMatches(query: $search) {\n            fileName\n            pageLabel\n            page\n            heading\n            snippet\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchInsideFilesDocument,
    "\n  query SimilarToFile($id: ID!) {\n    similarAssets(assetId: $id) {\n      similarity\n      asset {\n        id\n      }\n    }\n  }\n": typeof types.SimilarToFileDocument,
    "\n  query MyDraftCount {\n    assets(filter: { status: DRAFT }, first: 50) {\n      totalCount\n    }\n  }\n": typeof types.MyDraftCountDocument,
    "\n  query GlobalSearch($query: String!, $first: Int) {\n    globalSearch(query: $query, first: $first) {\n      assets {\n        id\n        title\n      }\n      people {\n        id\n        name\n        status\n        team {\n          name\n        }\n      }\n      deals {\n        id\n        name\n        accountName\n      }\n    }\n  }\n": typeof types.GlobalSearchDocument,
    "\n  query KnowledgeFlowDashboard($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n    knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n      from\n      to\n      scope\n      teams {\n        id\n        name\n        inScope\n      }\n      reuseMatrix {\n        reusingTeamId\n        authoringTeamId\n        reuses\n        events\n      }\n      deadContent {\n        total\n        byTeamAndKind {\n          teamId\n          kind\n          count\n        }\n        assets {\n          id\n          title\n          publishedAt\n          lastReusedAt\n        }\n      }\n      contentGaps {\n        query\n        searches\n        days\n      }\n      adoption {\n        teamId\n        month\n        people\n        sharing\n        participating\n        contributing\n        none\n      }\n      timeToFirstReuse {\n        kind\n        published\n        reused\n        medianDays\n        bands {\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.KnowledgeFlowDashboardDocument,
    "\n  query KnowledgeFlowSearch($query: String!) {\n    globalSearch(query: $query) {\n      assets {\n        id\n      }\n    }\n  }\n": typeof types.KnowledgeFlowSearchDocument,
    "\n  query KnowledgeFlowViewerCan {\n    viewer {\n      viewerCan {\n        readKnowledgeFlow\n      }\n    }\n  }\n": typeof types.KnowledgeFlowViewerCanDocument,
    "\n  query CentreNotifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      text\n      path\n      createdAt\n      readAt\n    }\n  }\n": typeof types.CentreNotificationsDocument,
    "\n  mutation CentreMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.CentreMarkReadDocument,
    "\n  query CentreSettings {\n    notificationSettings {\n      digest\n      digestsAvailable\n    }\n  }\n": typeof types.CentreSettingsDocument,
    "\n  mutation CentreUpdateSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      digest\n      digestsAvailable\n    }\n  }\n": typeof types.CentreUpdateSettingsDocument,
    "\n  subscription CentreNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      path\n    }\n  }\n": typeof types.CentreNotificationAddedDocument,
    "\n  mutation NotificationsReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n    }\n  }\n": typeof types.NotificationsReuseDocument,
    "\n  subscription NotificationsCreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      occurredAt\n    }\n  }\n": typeof types.NotificationsCreditReceivedDocument,
    "\n  query PeopleProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      person {\n        id\n        name\n        status\n      }\n      assetCount\n      assets {\n        role\n        share\n        asset {\n          id\n          title\n        }\n      }\n      reach {\n        reuses {\n          kind\n          count\n        }\n        shareLinkViews\n        dealsUsedIn\n      }\n      endorsementCount\n      endorsements {\n        kind\n        comment\n        endorser {\n          id\n        }\n        asset {\n          id\n        }\n      }\n      expertise {\n        industries {\n          value\n          assets\n          endorsements\n        }\n        products {\n          value\n          assets\n        }\n      }\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n      engagementLevel\n      credit {\n        allTime\n        thisQuarter\n      }\n    }\n  }\n": typeof types.PeopleProfileDocument,
    "\n  query PeopleExperts($topic: String!, $first: Int) {\n    experts(topic: $topic, first: $first) {\n      person {\n        id\n      }\n      score\n      assetCount\n      endorsementCount\n      topAssets {\n        title\n      }\n    }\n  }\n": typeof types.PeopleExpertsDocument,
    "\n  mutation PeopleEndorse($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n": typeof types.PeopleEndorseDocument,
    "\n  mutation PeriodCloseClose($p: PeriodInput!) {\n    closePeriod(period: $p) {\n      kind\n      from\n      to\n      label\n      closed\n    }\n  }\n": typeof types.PeriodCloseCloseDocument,
    "\n  query PeriodCloseClosedPeriods {\n    closedPeriods {\n      label\n      from\n      to\n      closedAt\n      digest\n      snapshotUrl\n      closedBy {\n        id\n      }\n    }\n  }\n": typeof types.PeriodCloseClosedPeriodsDocument,
    "\n  query PeriodCloseBoard($p: PeriodInput!) {\n    leaderboard(period: $p, first: 100) {\n      period {\n        closed\n      }\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PeriodCloseBoardDocument,
    "\n  query PeriodCloseStatement($u: ID!, $p: PeriodInput) {\n    creditEntries(userId: $u, period: $p, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          occurredAt\n          bookedAt\n        }\n      }\n    }\n  }\n": typeof types.PeriodCloseStatementDocument,
    "\n  query QueryCountPage($first: Int!, $tag: String!) {\n    assets(first: $first, filter: { tag: $tag }, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          team {\n            id\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              id\n              name\n            }\n          }\n          derivedFrom {\n            id\n            title\n          }\n          derivedAssets {\n            id\n          }\n          ancestry {\n            id\n            title\n          }\n          versions {\n            version\n          }\n          stats {\n            reuseCount\n            endorsementCount\n          }\n          viewerCan {\n            edit\n            setAuthors\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueryCountPageDocument,
    "\n  mutation QueryCountDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n": typeof types.QueryCountDeriveDocument,
    "\n  mutation QuestionsAsk(\n    $title: String!\n    $body: String!\n    $industries: [String!]\n    $buyerRoles: [String!]\n    $products: [String!]\n  ) {\n    askQuestion(title: $title, body: $body, industries: $industries, buyerRoles: $buyerRoles, products: $products) {\n      id\n      title\n      industries\n      buyerRoles\n      asker {\n        id\n      }\n      suggestedExperts {\n        id\n      }\n      expertSuggestions {\n        rank\n        score\n        reason\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.QuestionsAskDocument,
    "\n  mutation QuestionsAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n      body\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n": typeof types.QuestionsAnswerDocument,
    "\n  mutation QuestionsAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n      acceptedAt\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": typeof types.QuestionsAcceptDocument,
    "\n  mutation QuestionsPromote($questionId: ID!) {\n    promoteAnswer(questionId: $questionId) {\n      id\n      kind\n      title\n      body\n      status\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.QuestionsPromoteDocument,
    "\n  query QuestionsOne($id: ID!) {\n    question(id: $id) {\n      id\n      body\n      answerCount\n      answers {\n        id\n        body\n      }\n      acceptedAnswer {\n        id\n      }\n      promotedAssetId\n      viewerCan {\n        answer\n        accept\n        promote\n      }\n    }\n  }\n": typeof types.QuestionsOneDocument,
    "\n  query QuestionsList($scope: QuestionListScope, $first: Int) {\n    questions(scope: $scope, first: $first) {\n      id\n    }\n  }\n": typeof types.QuestionsListDocument,
    "\n  query QuestionsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n    }\n  }\n": typeof types.QuestionsNotificationsDocument,
    "\n  query QuestionsCredit($userId: ID!) {\n    creditEntries(userId: $userId, first: 50) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.QuestionsCreditDocument,
    "\n  query QuestionsEngagement($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n    }\n  }\n": typeof types.QuestionsEngagementDocument,
    "\n  mutation QuestionsEndorse($assetId: ID!) {\n    endorseAsset(assetId: $assetId, kind: HELPFUL) {\n      id\n    }\n  }\n": typeof types.QuestionsEndorseDocument,
    "\n  query ReadVisibilityTags($s: String) {\n    tagSuggestions(search: $s) {\n      value\n      assetCount\n    }\n  }\n": typeof types.ReadVisibilityTagsDocument,
    "\n  query ReadVisibilityIndustries($s: String) {\n    taxonomy(kind: INDUSTRY, search: $s) {\n      value\n      assetCount\n    }\n  }\n": typeof types.ReadVisibilityIndustriesDocument,
    "\n  query ReadVisibilityVersions($id: ID!) {\n    asset(id: $id) {\n      versions {\n        version\n        visibility\n        body\n      }\n    }\n  }\n": typeof types.ReadVisibilityVersionsDocument,
    "\n  query ReadVisibilityVersion($id: ID!, $v: Int!) {\n    assetVersion(assetId: $id, version: $v) {\n      version\n      body\n    }\n  }\n": typeof types.ReadVisibilityVersionDocument,
    "\n  mutation ReadVisibilityUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n": typeof types.ReadVisibilityUpdateDocument,
    "\n  fragment ReportFields on AuthorshipReport {\n    user {\n      id\n    }\n    team {\n      id\n    }\n    period {\n      kind\n      label\n      closed\n    }\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    csv\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  query AuthorshipReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      ...ReportFields\n      members {\n        ...ReportFields\n      }\n    }\n  }\n": typeof types.AuthorshipReportDocument,
    "\n  query PerformanceReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      credit\n      trend {\n        credit\n        previousCredit\n        change\n        teamMedian\n        points {\n          label\n          from\n          credit\n          teamMedian\n        }\n      }\n      assets {\n        assetId\n        title\n        role\n        share\n        reuses {\n          kind\n          count\n        }\n        customerSessions\n        wonDeals\n        wonAmount\n        credit\n      }\n      endorsementComments {\n        kind\n        comment\n        endorserId\n        endorserName\n        assetId\n        assetTitle\n      }\n      acceptedAnswers {\n        questionId\n        questionTitle\n        askerName\n      }\n      knowledgeFlow {\n        teamId\n        teamName\n        received\n        given\n      }\n      members {\n        user {\n          id\n        }\n        credit\n        trend {\n          teamMedian\n        }\n        assets {\n          assetId\n          share\n        }\n      }\n    }\n  }\n": typeof types.PerformanceReportDocument,
    "\n  mutation ReportAsk($title: String!, $body: String!) {\n    askQuestion(title: $title, body: $body) {\n      id\n    }\n  }\n": typeof types.ReportAskDocument,
    "\n  mutation ReportAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n    }\n  }\n": typeof types.ReportAnswerDocument,
    "\n  mutation ReportAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n    }\n  }\n": typeof types.ReportAcceptDocument,
    "\n  mutation ReportEndorseWithComment($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n": typeof types.ReportEndorseWithCommentDocument,
    "\n  query ReportViewerOnLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period) {\n      viewerEntry {\n        rank\n        value\n      }\n    }\n  }\n": typeof types.ReportViewerOnLeaderboardDocument,
    "\n  query ReportLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period, first: 10) {\n      entries {\n        rank\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReportLeaderboardDocument,
    "\n  query RingCreditRings($min: Int) {\n    creditRings(period: { kind: QUARTER }, minMutualPoints: $min) {\n      users {\n        id\n      }\n      mutualPoints\n      share\n      flows {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        points\n        receivedTotal\n        share\n      }\n    }\n  }\n": typeof types.RingCreditRingsDocument,
    "\n  mutation RingCopy($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n": typeof types.RingCopyDocument,
    "\n  mutation ScoringPolicyUpdate($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n": typeof types.ScoringPolicyUpdateDocument,
    "\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.ScoringPolicyHistoryDocument,
    "\n  mutation ScoringPolicyReuse($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n": typeof types.ScoringPolicyReuseDocument,
    "\n  query ScoringPolicyStatement($u: ID!) {\n    creditEntries(userId: $u, first: 10) {\n      sum\n      edges {\n        node {\n          points\n          policyVersion\n        }\n      }\n    }\n  }\n": typeof types.ScoringPolicyStatementDocument,
    "\n  query ScoringPolicyCurrent {\n    scoringPolicy\n  }\n": typeof types.ScoringPolicyCurrentDocument,
    "\n  query ScoringPolicyEvidence($u: ID!) {\n    creditEntries(userId: $u, first: 20) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          rule\n          policyVersion\n          evidence\n          explanation\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScoringPolicyEvidenceDocument,
    "\n  query SearchAssets($search: String, $filter: AssetFilter, $first: Int, $after: String, $sort: AssetSort) {\n    assets(search: $search, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalIsEstimate\n      edges {\n        cursor\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        industries {\n          value\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchAssetsDocument,
    "\n  query SearchAsset($id: ID!) {\n    asset(id: $id) {\n      id\n    }\n  }\n": typeof types.SearchAssetDocument,
    "\n  mutation SearchDerive($f: ID!, $i: CreateAssetInput!) {\n    deriveAsset(fromId: $f, input: $i) {\n      id\n    }\n  }\n": typeof types.SearchDeriveDocument,
    "\n  mutation SearchFollowUser($t: String!) {\n    follow(kind: USER, target: $t) {\n      target\n    }\n  }\n": typeof types.SearchFollowUserDocument,
    "\n  mutation SearchFollowTag($t: String!) {\n    follow(kind: TAG, target: $t) {\n      target\n    }\n  }\n": typeof types.SearchFollowTagDocument,
    "\n  query SearchFeedOf100 {\n    feed(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchFeedOf100Document,
    "\n  query SearchFeedOf60 {\n    feed(first: 60) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SearchFeedOf60Document,
    "\n  query SearchFeedPage($a: String) {\n    feed(first: 7, after: $a) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchFeedPageDocument,
    "\n  query SearchFollowing {\n    following {\n      kind\n      target\n    }\n  }\n": typeof types.SearchFollowingDocument,
    "\n  query SearchBulkPage($first: Int, $filter: AssetFilter) {\n    assets(first: $first, filter: $filter, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          tags\n          industries\n          team {\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              name\n              team {\n                name\n              }\n            }\n          }\n          viewerCan {\n            edit\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchBulkPageDocument,
    "\n  mutation ShareCreate($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n      expiresAt\n    }\n  }\n": typeof types.ShareCreateDocument,
    "\n  mutation ShareRevoke($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      url\n      revokedAt\n    }\n  }\n": typeof types.ShareRevokeDocument,
    "\n  query ShareLinks($assetId: ID, $dealId: ID) {\n    shareLinks(assetId: $assetId, dealId: $dealId) {\n      id\n      url\n      opens\n      firstViewedAt\n      totalSeconds\n      asset {\n        id\n      }\n      deal {\n        id\n      }\n      sessions {\n        durationSeconds\n        pagesViewed\n        device\n        email\n        pageSeconds {\n          page\n          seconds\n        }\n      }\n    }\n  }\n": typeof types.ShareLinksDocument,
    "\n  query ShareNotifications {\n    notifications(first: 10, unreadOnly: true) {\n      kind\n      text\n    }\n  }\n": typeof types.ShareNotificationsDocument,
    "\n  subscription ShareNotificationAdded {\n    notificationAdded {\n      kind\n      text\n    }\n  }\n": typeof types.ShareNotificationAddedDocument,
    "\n  mutation ShareMarkRead {\n    markNotificationsRead(ids: null)\n  }\n": typeof types.ShareMarkReadDocument,
    "\n  mutation ShareSetKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n": typeof types.ShareSetKindsDocument,
    "\n  query ShareStatement($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          evidence\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShareStatementDocument,
    "\n  query ShareInfluence($ownerId: ID!) {\n    contentInfluence(filter: { ownerId: $ownerId }, minClosedDeals: 1) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n    }\n  }\n": typeof types.ShareInfluenceDocument,
    "\n  query SimilarAssets($assetId: ID!) {\n    similarAssets(assetId: $assetId) {\n      similarity\n      partial\n      declined\n      slidesLabel\n      slides {\n        n\n        matchedN\n        similarity\n      }\n      asset {\n        id\n        title\n        authors {\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SimilarAssetsDocument,
    "\n  mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n    adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AdaptFromSimilarDocument,
    "\n  mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n    declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n      declined\n      asset {\n        id\n      }\n    }\n  }\n": typeof types.DeclineSimilarDocument,
    "\n  query AttributionReviews($assetId: ID) {\n    attributionReviews(assetId: $assetId) {\n      id\n      status\n      similarity\n      asset {\n        id\n      }\n      matchedAsset {\n        id\n        title\n        authors {\n          user {\n            id\n          }\n        }\n      }\n      matches {\n        similarity\n        asset {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AttributionReviewsDocument,
    "\n  mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n    resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFromId\n    }\n  }\n": typeof types.ResolveAttributionReviewDocument,
    "\n  query SimilarityCreditEntries($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      edges {\n        node {\n          points\n          reason\n          sourceReason\n          explanation\n          attributionReviewId\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SimilarityCreditEntriesDocument,
    "\n  query SuggestionDealSuggestions($id: ID!, $first: Int) {\n    dealSuggestions(dealId: $id, first: $first) {\n      asset {\n        id\n        title\n      }\n      score\n      reasons\n      breakdown {\n        industry\n        product\n        phase\n        buyerRole\n        winInfluence\n        reuse\n        freshness\n      }\n    }\n  }\n": typeof types.SuggestionDealSuggestionsDocument,
    "\n  query SuggestionAssetsForDeal($id: ID!, $first: Int) {\n    suggestionsForDeal(dealId: $id, first: $first) {\n      id\n    }\n  }\n": typeof types.SuggestionAssetsForDealDocument,
    "\n  mutation SuggestionReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n": typeof types.SuggestionReuseDocument,
    "\n  query SuggestionDeals($f: DealFilter) {\n    deals(filter: $f) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n": typeof types.SuggestionDealsDocument,
    "\n  mutation TemplatePersonalize($input: PersonalizeTemplateInput!) {\n    personalizeTemplate(input: $input) {\n      id\n      title\n      body\n      status\n      visibility\n      version\n      isTemplate\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TemplatePersonalizeDocument,
    "\n  query TemplateCopy($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      templateChange {\n        fromVersion\n        toVersion\n        diff {\n          lines\n        }\n      }\n    }\n  }\n": typeof types.TemplateCopyDocument,
    "\n  mutation TemplateEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n": typeof types.TemplateEditDocument,
    "\n  query VerificationOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      publishedAt\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      daysOverdue\n      archiveProposed\n      openDealCount\n      verifier {\n        id\n      }\n      verifiedBy {\n        id\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n": typeof types.VerificationOfAssetDocument,
    "\n  mutation VerificationVerify($id: ID!) {\n    verifyAsset(id: $id) {\n      id\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      verifiedBy {\n        id\n      }\n    }\n  }\n": typeof types.VerificationVerifyDocument,
    "\n  mutation VerificationSetVerifier($assetId: ID!, $userId: ID!) {\n    setAssetVerifier(assetId: $assetId, userId: $userId) {\n      id\n      verifier {\n        id\n      }\n    }\n  }\n": typeof types.VerificationSetVerifierDocument,
    "\n  query VerificationIntervals {\n    reviewIntervals {\n      kind\n      days\n      isDefault\n    }\n  }\n": typeof types.VerificationIntervalsDocument,
    "\n  mutation VerificationSetInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      kind\n      days\n      isDefault\n    }\n  }\n": typeof types.VerificationSetIntervalDocument,
    "\n  query VerificationQueue {\n    reviewQueue {\n      id\n      title\n      daysOverdue\n      openDealCount\n      archiveProposed\n      verifier {\n        id\n      }\n      stats {\n        reuseCount\n      }\n      viewerCan {\n        archive\n      }\n    }\n  }\n": typeof types.VerificationQueueDocument,
    "\n  mutation VerificationArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.VerificationArchiveDocument,
    "\n  query VerificationSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 10) {\n      asset {\n        id\n        outOfDate\n      }\n      score\n      reasons\n      breakdown {\n        freshness\n        outOfDate\n      }\n    }\n  }\n": typeof types.VerificationSuggestionsDocument,
    "\n  query VerificationNotifications {\n    notifications(first: 100) {\n      kind\n      text\n      path\n    }\n  }\n": typeof types.VerificationNotificationsDocument,
    "\n  subscription VerificationNotificationAdded {\n    notificationAdded {\n      kind\n      path\n    }\n  }\n": typeof types.VerificationNotificationAddedDocument,
    "\n  query ViewerCanRoleWide {\n    viewer {\n      viewerCan {\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n        reviewAttributions\n        readKnowledgeFlow\n      }\n    }\n  }\n": typeof types.ViewerCanRoleWideDocument,
    "\n  query ViewerCanReadCredit($id: ID!) {\n    user(id: $id) {\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n": typeof types.ViewerCanReadCreditDocument,
    "\n  query ViewerCanCreditHistory($id: ID!) {\n    creditHistory(userId: $id) {\n      value\n    }\n  }\n": typeof types.ViewerCanCreditHistoryDocument,
    "\n  query ViewerCanReadReport {\n    teams {\n      id\n      viewerCan {\n        readReport\n      }\n    }\n  }\n": typeof types.ViewerCanReadReportDocument,
    "\n  query ViewerCanAuthorshipReport($t: ID, $p: PeriodInput!) {\n    authorshipReport(teamId: $t, period: $p) {\n      credit\n    }\n  }\n": typeof types.ViewerCanAuthorshipReportDocument,
    "\n  query ViewerCanEndorse($id: ID!) {\n    asset(id: $id) {\n      viewerCan {\n        endorse\n      }\n    }\n  }\n": typeof types.ViewerCanEndorseDocument,
    "\n  query ViewerCanAttributionReviews {\n    attributionReviews(first: 1) {\n      id\n    }\n  }\n": typeof types.ViewerCanAttributionReviewsDocument,
    "\n  mutation ViewerCanEndorseOwn($a: ID!) {\n    endorseAsset(assetId: $a, kind: HELPFUL) {\n      id\n    }\n  }\n": typeof types.ViewerCanEndorseOwnDocument,
    "\n  mutation WinLossAnalysisCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n": typeof types.WinLossAnalysisCreateDocument,
    "\n  mutation WinLossAnalysisUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.WinLossAnalysisUpdateDocument,
    "\n  mutation WinLossAnalysisDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n": typeof types.WinLossAnalysisDeriveDocument,
    "\n  query WinLossAnalysisOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      winLoss {\n        outcome\n        reasons\n        competitor\n        buyerRolesInvolved\n        lessonsLearned\n        deal {\n          id\n          externalId\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.WinLossAnalysisOfAssetDocument,
    "\n  query WinLossAnalysisDealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        id\n      }\n    }\n  }\n": typeof types.WinLossAnalysisDealAnalysesDocument,
    "\n  query WinLossAnalysisReasons($all: Boolean) {\n    winLossReasons(includeArchived: $all) {\n      id\n      label\n      sortOrder\n      archived\n    }\n  }\n": typeof types.WinLossAnalysisReasonsDocument,
    "\n  mutation WinLossAnalysisAddReason($label: String!) {\n    addWinLossReason(label: $label) {\n      id\n      label\n      archived\n    }\n  }\n": typeof types.WinLossAnalysisAddReasonDocument,
    "\n  mutation WinLossAnalysisArchiveReason($id: ID!) {\n    archiveWinLossReason(id: $id) {\n      id\n      label\n      archived\n    }\n  }\n": typeof types.WinLossAnalysisArchiveReasonDocument,
    "\n  mutation WinLossAnalysisReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n": typeof types.WinLossAnalysisReuseDocument,
    "\n  query WinLossAnalysisTopLossReasons($f: DealFilter, $first: Int) {\n    topLossReasons(filter: $f, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n": typeof types.WinLossAnalysisTopLossReasonsDocument,
    "\n  query WinLossAnalysisContentInfluence($f: DealFilter, $min: Int, $first: Int) {\n    contentInfluence(filter: $f, minClosedDeals: $min, first: $first) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      winRateInterval {\n        low\n        high\n      }\n      enoughData\n    }\n  }\n": typeof types.WinLossAnalysisContentInfluenceDocument,
    "\n  query WinLossAnalysisDealSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 5) {\n      asset {\n        id\n      }\n      reasons\n    }\n  }\n": typeof types.WinLossAnalysisDealSuggestionsDocument,
    "\n  query WinLossTeams {\n    teams {\n      id\n      name\n    }\n  }\n": typeof types.WinLossTeamsDocument,
    "\n  query WinLossUsers($s: String) {\n    users(search: $s, first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WinLossUsersDocument,
    "\n  query WinLossRows($g: WinLossDimension!, $f: DealFilter) {\n    winLoss(groupBy: $g, filter: $f) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n": typeof types.WinLossRowsDocument,
    "\n  query WinLossDealsPage($f: DealFilter, $after: String) {\n    deals(filter: $f, first: 3, after: $after) {\n      totalCount\n      edges {\n        node {\n          externalId\n          industry\n          owner {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WinLossDealsPageDocument,
    "\n  query WinLossOpenDeals($f: DealFilter) {\n    deals(filter: $f, outcome: OPEN) {\n      totalCount\n    }\n  }\n": typeof types.WinLossOpenDealsDocument,
    "\n  query WinLossByTeam {\n    winLoss(groupBy: TEAM) {\n      key\n    }\n  }\n": typeof types.WinLossByTeamDocument,
    "\n  query WinLossDealsCount {\n    deals {\n      totalCount\n    }\n  }\n": typeof types.WinLossDealsCountDocument,
    "\n  query WinLossOfUnknownTeam {\n    winLoss(groupBy: TEAM, filter: { teamId: \"nope\" }) {\n      key\n    }\n  }\n": typeof types.WinLossOfUnknownTeamDocument,
    "\n  query WinLossDealsAfterGarbage {\n    deals(after: \"garbage\") {\n      totalCount\n    }\n  }\n": typeof types.WinLossDealsAfterGarbageDocument,
    "\n  query WinLossDealOfBadId {\n    deal(id: \"not-a-uuid\") {\n      id\n    }\n  }\n": typeof types.WinLossDealOfBadIdDocument,
};
const documents: Documents = {
    "\n  fragment FactoryAsset on Asset {\n    id\n    title\n    version\n    status\n  }\n": types.FactoryAssetFragmentDoc,
    "\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...FactoryAsset\n    }\n  }\n": types.FactoryCreateAssetDocument,
    "\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...FactoryAsset\n    }\n  }\n": types.FactoryDeriveAssetDocument,
    "\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...FactoryAsset\n    }\n  }\n": types.FactoryPublishAssetDocument,
    "\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n": types.FactorySetAuthorsDocument,
    "\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n    }\n  }\n": types.RecordReuseDocument,
    "\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!) {\n    endorseAsset(assetId: $assetId, kind: $kind) {\n      id\n      pointsAwarded\n    }\n  }\n": types.EndorseAssetDocument,
    "\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n": types.WithdrawEndorsementDocument,
    "\n  query CreditStatement($userId: ID!, $period: PeriodInput, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: 100, after: $after) {\n      sum\n      totalCount\n      edges {\n        node {\n          points\n          reason\n          explanation\n          actor {\n            id\n          }\n          asset {\n            id\n          }\n          policyVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CreditStatementDocument,
    "\n  fragment FactoryImportResult on ImportResult {\n    created\n    updated\n    unchanged\n    skipped\n    rows\n    errors {\n      row\n      message\n      code\n    }\n  }\n": types.FactoryImportResultFragmentDoc,
    "\n  mutation FactoryImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n": types.FactoryImportAccountsDocument,
    "\n  mutation FactoryImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n": types.FactoryImportTeamsDocument,
    "\n  mutation FactoryImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n": types.FactoryImportDealsDocument,
    "\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n": types.FactoryLoginDocument,
    "\n  mutation AdminCreateUser(\n    $email: String!\n    $name: String!\n    $password: String!\n    $role: Role!\n    $teamId: ID\n    $title: String\n  ) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      email\n      name\n      role\n      status\n      title\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminCreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      managers {\n        id\n      }\n      memberCount\n    }\n  }\n": types.AdminCreateTeamDocument,
    "\n  mutation AdminSetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n": types.AdminSetUserStatusDocument,
    "\n  mutation AdminSetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      managers {\n        id\n      }\n    }\n  }\n": types.AdminSetTeamManagersDocument,
    "\n  query AdminTeams {\n    teams {\n      id\n      memberCount\n    }\n  }\n": types.AdminTeamsDocument,
    "\n  mutation AdminUpdateScoringPolicy($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n": types.AdminUpdateScoringPolicyDocument,
    "\n  mutation AdminSetClientSafeKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n": types.AdminSetClientSafeKindsDocument,
    "\n  mutation AdminSetApprovalRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n": types.AdminSetApprovalRequiredDocument,
    "\n  mutation AdminSetReviewInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      days\n    }\n  }\n": types.AdminSetReviewIntervalDocument,
    "\n  mutation AdminImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n    }\n  }\n": types.AdminImportAccountsDocument,
    "\n  mutation AdminImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      created\n    }\n  }\n": types.AdminImportTeamsDocument,
    "\n  mutation AdminClose2001Q1 {\n    closePeriod(period: { kind: QUARTER, at: \"2001-02-01T00:00:00Z\" }) {\n      closed\n    }\n  }\n": types.AdminClose2001Q1Document,
    "\n  query AdminCreditRings {\n    creditRings(period: { kind: QUARTER }) {\n      mutualPoints\n    }\n  }\n": types.AdminCreditRingsDocument,
    "\n  query AdminCreditSpikes {\n    creditSpikes(period: { kind: QUARTER }) {\n      medianPoints\n    }\n  }\n": types.AdminCreditSpikesDocument,
    "\n  query AdminDealReviewFlags {\n    dealReviewFlags {\n      outcomeChanges\n    }\n  }\n": types.AdminDealReviewFlagsDocument,
    "\n  query AdminScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n    }\n  }\n": types.AdminScoringPolicyHistoryDocument,
    "\n  query AdminUsersPage($s: String, $after: String) {\n    users(search: $s, first: 2, after: $after) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminUsersPageDocument,
    "\n  query AdminUsersAfterGarbage {\n    users(after: \"garbage\") {\n      totalCount\n    }\n  }\n": types.AdminUsersAfterGarbageDocument,
    "\n  query AdminUsersFirst1000 {\n    users(first: 1000) {\n      totalCount\n    }\n  }\n": types.AdminUsersFirst1000Document,
    "\n  mutation ApprovalSetRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n": types.ApprovalSetRequiredDocument,
    "\n  mutation ApprovalShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n": types.ApprovalShareDocument,
    "\n  query ApprovalOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      approval {\n        state\n        blocksSharing\n        version\n        waitingSince\n        decidedAt\n        decidedBy {\n          id\n        }\n        note\n        viewerCanDecide\n      }\n    }\n  }\n": types.ApprovalOfAssetDocument,
    "\n  mutation ApprovalApprove($id: ID!, $note: String, $version: Int) {\n    approveAsset(id: $id, note: $note, version: $version) {\n      id\n      approval {\n        state\n        version\n      }\n    }\n  }\n": types.ApprovalApproveDocument,
    "\n  mutation ApprovalReject($id: ID!, $reason: String!) {\n    rejectAsset(id: $id, reason: $reason) {\n      id\n      approval {\n        state\n        note\n      }\n    }\n  }\n": types.ApprovalRejectDocument,
    "\n  query ApprovalQueue {\n    approvalQueue {\n      asset {\n        id\n        title\n      }\n      version\n      waitingSince\n      waitingSeconds\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  mutation ApprovalEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.ApprovalEditDocument,
    "\n  query ApprovalNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n": types.ApprovalNotificationsDocument,
    "\n  query ApprovalViewerCan {\n    viewer {\n      viewerCan {\n        decideApprovals\n      }\n    }\n  }\n": types.ApprovalViewerCanDocument,
    "\n  query AssetWithVersions($id: ID!) {\n    asset(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      visibility\n      status\n      version\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      publishedAt\n      team {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n        share\n      }\n      derivedFrom {\n        id\n      }\n      versions {\n        version\n        change\n        editedBy {\n          id\n        }\n        title\n        authors {\n          user {\n            id\n          }\n          role\n          share\n        }\n      }\n    }\n  }\n": types.AssetWithVersionsDocument,
    "\n  mutation AssetSetAuthors($id: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $id, authors: $authors) {\n      id\n      version\n    }\n  }\n": types.AssetSetAuthorsDocument,
    "\n  mutation AssetUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n      title\n      body\n    }\n  }\n": types.AssetUpdateDocument,
    "\n  mutation AssetSetTeamManagers($t: ID!, $u: [ID!]!) {\n    setTeamManagers(teamId: $t, userIds: $u) {\n      id\n    }\n  }\n": types.AssetSetTeamManagersDocument,
    "\n  mutation AssetCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n": types.AssetCreateDocument,
    "\n  mutation AssetPublish($id: ID!) {\n    publishAsset(id: $id) {\n      id\n    }\n  }\n": types.AssetPublishDocument,
    "\n  mutation AssetArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n    }\n  }\n": types.AssetArchiveDocument,
    "\n  query AssetVersionOne($id: ID!) {\n    assetVersion(assetId: $id, version: 1) {\n      body\n    }\n  }\n": types.AssetVersionOneDocument,
    "\n  mutation AssetDeriveWithAuthors($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n      derivedFrom {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n      }\n    }\n  }\n": types.AssetDeriveWithAuthorsDocument,
    "\n  mutation AssetDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n": types.AssetDeriveDocument,
    "\n  query AssetDerivedAssets($id: ID!) {\n    asset(id: $id) {\n      derivedAssets {\n        id\n      }\n    }\n  }\n": types.AssetDerivedAssetsDocument,
    "\n  query AssetAncestry($id: ID!) {\n    asset(id: $id) {\n      ancestry {\n        id\n      }\n    }\n  }\n": types.AssetAncestryDocument,
    "\n  query AttachmentList($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n        uploadedBy {\n          id\n        }\n      }\n    }\n  }\n": types.AttachmentListDocument,
    "\n  query AttachmentIds($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n      }\n    }\n  }\n": types.AttachmentIdsDocument,
    "\n  mutation AttachmentDelete($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n": types.AttachmentDeleteDocument,
    "\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.AuthLoginDocument,
    "\n  query AuthViewer {\n    viewer {\n      id\n      name\n      role\n      team {\n        name\n      }\n    }\n  }\n": types.AuthViewerDocument,
    "\n  mutation AuthSetUserStatus($id: ID!, $s: UserStatus!) {\n    setUserStatus(userId: $id, status: $s) {\n      status\n    }\n  }\n": types.AuthSetUserStatusDocument,
    "\n  query AuthTeams {\n    teams {\n      id\n    }\n  }\n": types.AuthTeamsDocument,
    "\n  mutation BatchIngestRecordMany($inputs: [RecordReuseInput!]!) {\n    recordReuses(inputs: $inputs) {\n      clientEventId\n      reuse {\n        id\n        kind\n        pointsAwarded\n        explanation\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.BatchIngestRecordManyDocument,
    "\n  mutation BatchIngestRecordOne($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n      explanation\n    }\n  }\n": types.BatchIngestRecordOneDocument,
    "\n  mutation BatchIngestShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n": types.BatchIngestShareDocument,
    "\n  mutation CoauthorDecline($assetId: ID!) {\n    declineCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      role\n      share\n      consent\n    }\n  }\n": types.CoauthorDeclineDocument,
    "\n  mutation CoauthorAccept($assetId: ID!) {\n    acceptCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      consent\n    }\n  }\n": types.CoauthorAcceptDocument,
    "\n  query CoauthorAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      authors {\n        user {\n          id\n        }\n        role\n        share\n        consent\n      }\n      declinedAuthors {\n        user {\n          id\n        }\n        share\n      }\n      viewerCan {\n        declineCoauthorship\n        acceptCoauthorship\n      }\n      versions {\n        version\n        change\n      }\n    }\n  }\n": types.CoauthorAssetDocument,
    "\n  query CoauthorNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n": types.CoauthorNotificationsDocument,
    "\n  subscription CoauthorNotificationAdded {\n    notificationAdded {\n      kind\n      text\n      path\n    }\n  }\n": types.CoauthorNotificationAddedDocument,
    "\n  mutation CommentsAdd($assetId: ID!, $body: String!, $parentId: ID) {\n    addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n      id\n      body\n      parentId\n      resolved\n      createdAt\n      editedAt\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n        reason\n      }\n    }\n  }\n": types.CommentsAddDocument,
    "\n  mutation CommentsEdit($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      history {\n        body\n        editedAt\n        editedBy {\n          id\n        }\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n": types.CommentsEditDocument,
    "\n  mutation CommentsResolve($id: ID!, $resolved: Boolean) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n      resolvedBy {\n        id\n      }\n    }\n  }\n": types.CommentsResolveDocument,
    "\n  query CommentsThread($id: ID!) {\n    asset(id: $id) {\n      id\n      commentCount\n      comments {\n        id\n        body\n        resolved\n        viewerCan {\n          edit\n          resolve\n          reply\n        }\n        history {\n          body\n        }\n        replies {\n          id\n          body\n          parentId\n          replies {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CommentsThreadDocument,
    "\n  query CommentsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n": types.CommentsNotificationsDocument,
    "\n  query CommentsProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n      engagementLevel\n    }\n  }\n": types.CommentsProfileDocument,
    "\n  mutation CreditConcurrencyReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      pointsAwarded\n    }\n  }\n": types.CreditConcurrencyReuseDocument,
    "\n  mutation CreditConcurrencyEndorse($a: ID!, $k: EndorsementKind!) {\n    endorseAsset(assetId: $a, kind: $k) {\n      id\n      pointsAwarded\n    }\n  }\n": types.CreditConcurrencyEndorseDocument,
    "\n  query CreditSpikesOfWeek($at: DateTime) {\n    creditSpikes(period: { kind: WEEK, at: $at }) {\n      user {\n        id\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        points\n        actor {\n          id\n        }\n        asset {\n          id\n        }\n      }\n    }\n  }\n": types.CreditSpikesOfWeekDocument,
    "\n  query CreditTeamLeaderboard($teamId: ID!, $period: PeriodInput!) {\n    leaderboard(period: $period, teamId: $teamId, metric: CREDIT) {\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n      viewerEntry {\n        rank\n      }\n    }\n  }\n": types.CreditTeamLeaderboardDocument,
    "\n  mutation CreditImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      created\n      updated\n    }\n  }\n": types.CreditImportDealsDocument,
    "\n  query CreditDealsOfOwner($ownerId: ID) {\n    deals(filter: { ownerId: $ownerId }, first: 10) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n": types.CreditDealsOfOwnerDocument,
    "\n  query CrmImportWinLossByIndustry {\n    winLoss(groupBy: INDUSTRY) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n": types.CrmImportWinLossByIndustryDocument,
    "\n  mutation CrmImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n      skipped\n    }\n  }\n": types.CrmImportAccountsDocument,
    "\n  mutation DealIntegrityReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n      explanation\n    }\n  }\n": types.DealIntegrityReuseDocument,
    "\n  query DealIntegritySum($u: ID!) {\n    creditEntries(userId: $u, first: 1) {\n      sum\n    }\n  }\n": types.DealIntegritySumDocument,
    "\n  query DealIntegrityAudit($id: ID!) {\n    deal(id: $id) {\n      externalId\n      auditTrail {\n        field\n        before\n        after\n        source\n        actor {\n          id\n        }\n        changedAt\n      }\n    }\n  }\n": types.DealIntegrityAuditDocument,
    "\n  query DealIntegrityViewer {\n    viewer {\n      id\n    }\n  }\n": types.DealIntegrityViewerDocument,
    "\n  query DealIntegrityReviewFlags {\n    dealReviewFlags(first: 200) {\n      deal {\n        externalId\n      }\n      outcomeChanges\n      reopenings\n      reasons\n    }\n  }\n": types.DealIntegrityReviewFlagsDocument,
    "\n  query DealWebhookDeal($id: ID!) {\n    deal(id: $id) {\n      externalId\n      name\n      accountName\n      industry\n      product\n      amount\n      outcome\n      stage\n      competitor\n      engagedAt\n      closedAt\n      owner {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n": types.DealWebhookDealDocument,
    "\n  query EmbedPanel($dealId: ID!) {\n    viewer {\n      id\n    }\n    deal(id: $dealId) {\n      id\n      name\n      usedAssets {\n        asset {\n          id\n        }\n        uses\n      }\n    }\n    dealSuggestions(dealId: $dealId, first: 10) {\n      asset {\n        id\n      }\n      reasons\n    }\n    shareLinks(dealId: $dealId) {\n      id\n    }\n    clientSafeKinds\n  }\n": types.EmbedPanelDocument,
    "\n  mutation EmbedUseInDeal($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      explanation\n    }\n  }\n": types.EmbedUseInDealDocument,
    "\n  query EmbedLeaderboard {\n    leaderboard(period: { kind: ALL_TIME }) {\n      entries {\n        rank\n      }\n    }\n  }\n": types.EmbedLeaderboardDocument,
    "\n  mutation EmbedCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n": types.EmbedCreateTeamDocument,
    "\n  query EmbedDeals {\n    deals(first: 1) {\n      totalCount\n    }\n  }\n": types.EmbedDealsDocument,
    "\n  query FilesOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      summary\n      body\n      version\n      status\n      thumbnailPath\n      attachments {\n        id\n        fileName\n        previewPath\n        thumbnailPath\n        extraction {\n          status\n          progress\n          kind\n          pageLabel\n          pageCount\n          title\n          preview\n          error\n        }\n        pages(first: 10) {\n          n\n          heading\n          text\n        }\n      }\n      stats {\n        slidesUsed {\n          slide\n          reuses\n        }\n      }\n    }\n  }\n": types.FilesOfAssetDocument,
    "\n  query SearchInsideFiles($search: String!) {\n    assets(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          fileMatches(query: $search) {\n            fileName\n            pageLabel\n            page\n            heading\n            snippet\n          }\n        }\n      }\n    }\n  }\n": types.SearchInsideFilesDocument,
    "\n  query SimilarToFile($id: ID!) {\n    similarAssets(assetId: $id) {\n      similarity\n      asset {\n        id\n      }\n    }\n  }\n": types.SimilarToFileDocument,
    "\n  query MyDraftCount {\n    assets(filter: { status: DRAFT }, first: 50) {\n      totalCount\n    }\n  }\n": types.MyDraftCountDocument,
    "\n  query GlobalSearch($query: String!, $first: Int) {\n    globalSearch(query: $query, first: $first) {\n      assets {\n        id\n        title\n      }\n      people {\n        id\n        name\n        status\n        team {\n          name\n        }\n      }\n      deals {\n        id\n        name\n        accountName\n      }\n    }\n  }\n": types.GlobalSearchDocument,
    "\n  query KnowledgeFlowDashboard($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n    knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n      from\n      to\n      scope\n      teams {\n        id\n        name\n        inScope\n      }\n      reuseMatrix {\n        reusingTeamId\n        authoringTeamId\n        reuses\n        events\n      }\n      deadContent {\n        total\n        byTeamAndKind {\n          teamId\n          kind\n          count\n        }\n        assets {\n          id\n          title\n          publishedAt\n          lastReusedAt\n        }\n      }\n      contentGaps {\n        query\n        searches\n        days\n      }\n      adoption {\n        teamId\n        month\n        people\n        sharing\n        participating\n        contributing\n        none\n      }\n      timeToFirstReuse {\n        kind\n        published\n        reused\n        medianDays\n        bands {\n          label\n          count\n        }\n      }\n    }\n  }\n": types.KnowledgeFlowDashboardDocument,
    "\n  query KnowledgeFlowSearch($query: String!) {\n    globalSearch(query: $query) {\n      assets {\n        id\n      }\n    }\n  }\n": types.KnowledgeFlowSearchDocument,
    "\n  query KnowledgeFlowViewerCan {\n    viewer {\n      viewerCan {\n        readKnowledgeFlow\n      }\n    }\n  }\n": types.KnowledgeFlowViewerCanDocument,
    "\n  query CentreNotifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      text\n      path\n      createdAt\n      readAt\n    }\n  }\n": types.CentreNotificationsDocument,
    "\n  mutation CentreMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.CentreMarkReadDocument,
    "\n  query CentreSettings {\n    notificationSettings {\n      digest\n      digestsAvailable\n    }\n  }\n": types.CentreSettingsDocument,
    "\n  mutation CentreUpdateSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      digest\n      digestsAvailable\n    }\n  }\n": types.CentreUpdateSettingsDocument,
    "\n  subscription CentreNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      path\n    }\n  }\n": types.CentreNotificationAddedDocument,
    "\n  mutation NotificationsReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n    }\n  }\n": types.NotificationsReuseDocument,
    "\n  subscription NotificationsCreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      occurredAt\n    }\n  }\n": types.NotificationsCreditReceivedDocument,
    "\n  query PeopleProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      person {\n        id\n        name\n        status\n      }\n      assetCount\n      assets {\n        role\n        share\n        asset {\n          id\n          title\n        }\n      }\n      reach {\n        reuses {\n          kind\n          count\n        }\n        shareLinkViews\n        dealsUsedIn\n      }\n      endorsementCount\n      endorsements {\n        kind\n        comment\n        endorser {\n          id\n        }\n        asset {\n          id\n        }\n      }\n      expertise {\n        industries {\n          value\n          assets\n          endorsements\n        }\n        products {\n          value\n          assets\n        }\n      }\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n      engagementLevel\n      credit {\n        allTime\n        thisQuarter\n      }\n    }\n  }\n": types.PeopleProfileDocument,
    "\n  query PeopleExperts($topic: String!, $first: Int) {\n    experts(topic: $topic, first: $first) {\n      person {\n        id\n      }\n      score\n      assetCount\n      endorsementCount\n      topAssets {\n        title\n      }\n    }\n  }\n": types.PeopleExpertsDocument,
    "\n  mutation PeopleEndorse($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n": types.PeopleEndorseDocument,
    "\n  mutation PeriodCloseClose($p: PeriodInput!) {\n    closePeriod(period: $p) {\n      kind\n      from\n      to\n      label\n      closed\n    }\n  }\n": types.PeriodCloseCloseDocument,
    "\n  query PeriodCloseClosedPeriods {\n    closedPeriods {\n      label\n      from\n      to\n      closedAt\n      digest\n      snapshotUrl\n      closedBy {\n        id\n      }\n    }\n  }\n": types.PeriodCloseClosedPeriodsDocument,
    "\n  query PeriodCloseBoard($p: PeriodInput!) {\n    leaderboard(period: $p, first: 100) {\n      period {\n        closed\n      }\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.PeriodCloseBoardDocument,
    "\n  query PeriodCloseStatement($u: ID!, $p: PeriodInput) {\n    creditEntries(userId: $u, period: $p, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          occurredAt\n          bookedAt\n        }\n      }\n    }\n  }\n": types.PeriodCloseStatementDocument,
    "\n  query QueryCountPage($first: Int!, $tag: String!) {\n    assets(first: $first, filter: { tag: $tag }, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          team {\n            id\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              id\n              name\n            }\n          }\n          derivedFrom {\n            id\n            title\n          }\n          derivedAssets {\n            id\n          }\n          ancestry {\n            id\n            title\n          }\n          versions {\n            version\n          }\n          stats {\n            reuseCount\n            endorsementCount\n          }\n          viewerCan {\n            edit\n            setAuthors\n          }\n        }\n      }\n    }\n  }\n": types.QueryCountPageDocument,
    "\n  mutation QueryCountDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n": types.QueryCountDeriveDocument,
    "\n  mutation QuestionsAsk(\n    $title: String!\n    $body: String!\n    $industries: [String!]\n    $buyerRoles: [String!]\n    $products: [String!]\n  ) {\n    askQuestion(title: $title, body: $body, industries: $industries, buyerRoles: $buyerRoles, products: $products) {\n      id\n      title\n      industries\n      buyerRoles\n      asker {\n        id\n      }\n      suggestedExperts {\n        id\n      }\n      expertSuggestions {\n        rank\n        score\n        reason\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.QuestionsAskDocument,
    "\n  mutation QuestionsAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n      body\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n": types.QuestionsAnswerDocument,
    "\n  mutation QuestionsAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n      acceptedAt\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n": types.QuestionsAcceptDocument,
    "\n  mutation QuestionsPromote($questionId: ID!) {\n    promoteAnswer(questionId: $questionId) {\n      id\n      kind\n      title\n      body\n      status\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.QuestionsPromoteDocument,
    "\n  query QuestionsOne($id: ID!) {\n    question(id: $id) {\n      id\n      body\n      answerCount\n      answers {\n        id\n        body\n      }\n      acceptedAnswer {\n        id\n      }\n      promotedAssetId\n      viewerCan {\n        answer\n        accept\n        promote\n      }\n    }\n  }\n": types.QuestionsOneDocument,
    "\n  query QuestionsList($scope: QuestionListScope, $first: Int) {\n    questions(scope: $scope, first: $first) {\n      id\n    }\n  }\n": types.QuestionsListDocument,
    "\n  query QuestionsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n    }\n  }\n": types.QuestionsNotificationsDocument,
    "\n  query QuestionsCredit($userId: ID!) {\n    creditEntries(userId: $userId, first: 50) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          explanation\n        }\n      }\n    }\n  }\n": types.QuestionsCreditDocument,
    "\n  query QuestionsEngagement($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n    }\n  }\n": types.QuestionsEngagementDocument,
    "\n  mutation QuestionsEndorse($assetId: ID!) {\n    endorseAsset(assetId: $assetId, kind: HELPFUL) {\n      id\n    }\n  }\n": types.QuestionsEndorseDocument,
    "\n  query ReadVisibilityTags($s: String) {\n    tagSuggestions(search: $s) {\n      value\n      assetCount\n    }\n  }\n": types.ReadVisibilityTagsDocument,
    "\n  query ReadVisibilityIndustries($s: String) {\n    taxonomy(kind: INDUSTRY, search: $s) {\n      value\n      assetCount\n    }\n  }\n": types.ReadVisibilityIndustriesDocument,
    "\n  query ReadVisibilityVersions($id: ID!) {\n    asset(id: $id) {\n      versions {\n        version\n        visibility\n        body\n      }\n    }\n  }\n": types.ReadVisibilityVersionsDocument,
    "\n  query ReadVisibilityVersion($id: ID!, $v: Int!) {\n    assetVersion(assetId: $id, version: $v) {\n      version\n      body\n    }\n  }\n": types.ReadVisibilityVersionDocument,
    "\n  mutation ReadVisibilityUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n": types.ReadVisibilityUpdateDocument,
    "\n  fragment ReportFields on AuthorshipReport {\n    user {\n      id\n    }\n    team {\n      id\n    }\n    period {\n      kind\n      label\n      closed\n    }\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    csv\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  query AuthorshipReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      ...ReportFields\n      members {\n        ...ReportFields\n      }\n    }\n  }\n": types.AuthorshipReportDocument,
    "\n  query PerformanceReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      credit\n      trend {\n        credit\n        previousCredit\n        change\n        teamMedian\n        points {\n          label\n          from\n          credit\n          teamMedian\n        }\n      }\n      assets {\n        assetId\n        title\n        role\n        share\n        reuses {\n          kind\n          count\n        }\n        customerSessions\n        wonDeals\n        wonAmount\n        credit\n      }\n      endorsementComments {\n        kind\n        comment\n        endorserId\n        endorserName\n        assetId\n        assetTitle\n      }\n      acceptedAnswers {\n        questionId\n        questionTitle\n        askerName\n      }\n      knowledgeFlow {\n        teamId\n        teamName\n        received\n        given\n      }\n      members {\n        user {\n          id\n        }\n        credit\n        trend {\n          teamMedian\n        }\n        assets {\n          assetId\n          share\n        }\n      }\n    }\n  }\n": types.PerformanceReportDocument,
    "\n  mutation ReportAsk($title: String!, $body: String!) {\n    askQuestion(title: $title, body: $body) {\n      id\n    }\n  }\n": types.ReportAskDocument,
    "\n  mutation ReportAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n    }\n  }\n": types.ReportAnswerDocument,
    "\n  mutation ReportAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n    }\n  }\n": types.ReportAcceptDocument,
    "\n  mutation ReportEndorseWithComment($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n": types.ReportEndorseWithCommentDocument,
    "\n  query ReportViewerOnLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period) {\n      viewerEntry {\n        rank\n        value\n      }\n    }\n  }\n": types.ReportViewerOnLeaderboardDocument,
    "\n  query ReportLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period, first: 10) {\n      entries {\n        rank\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.ReportLeaderboardDocument,
    "\n  query RingCreditRings($min: Int) {\n    creditRings(period: { kind: QUARTER }, minMutualPoints: $min) {\n      users {\n        id\n      }\n      mutualPoints\n      share\n      flows {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        points\n        receivedTotal\n        share\n      }\n    }\n  }\n": types.RingCreditRingsDocument,
    "\n  mutation RingCopy($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n": types.RingCopyDocument,
    "\n  mutation ScoringPolicyUpdate($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n": types.ScoringPolicyUpdateDocument,
    "\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n": types.ScoringPolicyHistoryDocument,
    "\n  mutation ScoringPolicyReuse($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n": types.ScoringPolicyReuseDocument,
    "\n  query ScoringPolicyStatement($u: ID!) {\n    creditEntries(userId: $u, first: 10) {\n      sum\n      edges {\n        node {\n          points\n          policyVersion\n        }\n      }\n    }\n  }\n": types.ScoringPolicyStatementDocument,
    "\n  query ScoringPolicyCurrent {\n    scoringPolicy\n  }\n": types.ScoringPolicyCurrentDocument,
    "\n  query ScoringPolicyEvidence($u: ID!) {\n    creditEntries(userId: $u, first: 20) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          rule\n          policyVersion\n          evidence\n          explanation\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ScoringPolicyEvidenceDocument,
    "\n  query SearchAssets($search: String, $filter: AssetFilter, $first: Int, $after: String, $sort: AssetSort) {\n    assets(search: $search, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalIsEstimate\n      edges {\n        cursor\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        industries {\n          value\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.SearchAssetsDocument,
    "\n  query SearchAsset($id: ID!) {\n    asset(id: $id) {\n      id\n    }\n  }\n": types.SearchAssetDocument,
    "\n  mutation SearchDerive($f: ID!, $i: CreateAssetInput!) {\n    deriveAsset(fromId: $f, input: $i) {\n      id\n    }\n  }\n": types.SearchDeriveDocument,
    "\n  mutation SearchFollowUser($t: String!) {\n    follow(kind: USER, target: $t) {\n      target\n    }\n  }\n": types.SearchFollowUserDocument,
    "\n  mutation SearchFollowTag($t: String!) {\n    follow(kind: TAG, target: $t) {\n      target\n    }\n  }\n": types.SearchFollowTagDocument,
    "\n  query SearchFeedOf100 {\n    feed(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SearchFeedOf100Document,
    "\n  query SearchFeedOf60 {\n    feed(first: 60) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SearchFeedOf60Document,
    "\n  query SearchFeedPage($a: String) {\n    feed(first: 7, after: $a) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchFeedPageDocument,
    "\n  query SearchFollowing {\n    following {\n      kind\n      target\n    }\n  }\n": types.SearchFollowingDocument,
    "\n  query SearchBulkPage($first: Int, $filter: AssetFilter) {\n    assets(first: $first, filter: $filter, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          tags\n          industries\n          team {\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              name\n              team {\n                name\n              }\n            }\n          }\n          viewerCan {\n            edit\n          }\n        }\n      }\n    }\n  }\n": types.SearchBulkPageDocument,
    "\n  mutation ShareCreate($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n      expiresAt\n    }\n  }\n": types.ShareCreateDocument,
    "\n  mutation ShareRevoke($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      url\n      revokedAt\n    }\n  }\n": types.ShareRevokeDocument,
    "\n  query ShareLinks($assetId: ID, $dealId: ID) {\n    shareLinks(assetId: $assetId, dealId: $dealId) {\n      id\n      url\n      opens\n      firstViewedAt\n      totalSeconds\n      asset {\n        id\n      }\n      deal {\n        id\n      }\n      sessions {\n        durationSeconds\n        pagesViewed\n        device\n        email\n        pageSeconds {\n          page\n          seconds\n        }\n      }\n    }\n  }\n": types.ShareLinksDocument,
    "\n  query ShareNotifications {\n    notifications(first: 10, unreadOnly: true) {\n      kind\n      text\n    }\n  }\n": types.ShareNotificationsDocument,
    "\n  subscription ShareNotificationAdded {\n    notificationAdded {\n      kind\n      text\n    }\n  }\n": types.ShareNotificationAddedDocument,
    "\n  mutation ShareMarkRead {\n    markNotificationsRead(ids: null)\n  }\n": types.ShareMarkReadDocument,
    "\n  mutation ShareSetKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n": types.ShareSetKindsDocument,
    "\n  query ShareStatement($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          evidence\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ShareStatementDocument,
    "\n  query ShareInfluence($ownerId: ID!) {\n    contentInfluence(filter: { ownerId: $ownerId }, minClosedDeals: 1) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n    }\n  }\n": types.ShareInfluenceDocument,
    "\n  query SimilarAssets($assetId: ID!) {\n    similarAssets(assetId: $assetId) {\n      similarity\n      partial\n      declined\n      slidesLabel\n      slides {\n        n\n        matchedN\n        similarity\n      }\n      asset {\n        id\n        title\n        authors {\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SimilarAssetsDocument,
    "\n  mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n    adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.AdaptFromSimilarDocument,
    "\n  mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n    declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n      declined\n      asset {\n        id\n      }\n    }\n  }\n": types.DeclineSimilarDocument,
    "\n  query AttributionReviews($assetId: ID) {\n    attributionReviews(assetId: $assetId) {\n      id\n      status\n      similarity\n      asset {\n        id\n      }\n      matchedAsset {\n        id\n        title\n        authors {\n          user {\n            id\n          }\n        }\n      }\n      matches {\n        similarity\n        asset {\n          id\n        }\n      }\n    }\n  }\n": types.AttributionReviewsDocument,
    "\n  mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n    resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFromId\n    }\n  }\n": types.ResolveAttributionReviewDocument,
    "\n  query SimilarityCreditEntries($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      edges {\n        node {\n          points\n          reason\n          sourceReason\n          explanation\n          attributionReviewId\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SimilarityCreditEntriesDocument,
    "\n  query SuggestionDealSuggestions($id: ID!, $first: Int) {\n    dealSuggestions(dealId: $id, first: $first) {\n      asset {\n        id\n        title\n      }\n      score\n      reasons\n      breakdown {\n        industry\n        product\n        phase\n        buyerRole\n        winInfluence\n        reuse\n        freshness\n      }\n    }\n  }\n": types.SuggestionDealSuggestionsDocument,
    "\n  query SuggestionAssetsForDeal($id: ID!, $first: Int) {\n    suggestionsForDeal(dealId: $id, first: $first) {\n      id\n    }\n  }\n": types.SuggestionAssetsForDealDocument,
    "\n  mutation SuggestionReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n": types.SuggestionReuseDocument,
    "\n  query SuggestionDeals($f: DealFilter) {\n    deals(filter: $f) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n": types.SuggestionDealsDocument,
    "\n  mutation TemplatePersonalize($input: PersonalizeTemplateInput!) {\n    personalizeTemplate(input: $input) {\n      id\n      title\n      body\n      status\n      visibility\n      version\n      isTemplate\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.TemplatePersonalizeDocument,
    "\n  query TemplateCopy($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      templateChange {\n        fromVersion\n        toVersion\n        diff {\n          lines\n        }\n      }\n    }\n  }\n": types.TemplateCopyDocument,
    "\n  mutation TemplateEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n": types.TemplateEditDocument,
    "\n  query VerificationOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      publishedAt\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      daysOverdue\n      archiveProposed\n      openDealCount\n      verifier {\n        id\n      }\n      verifiedBy {\n        id\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n": types.VerificationOfAssetDocument,
    "\n  mutation VerificationVerify($id: ID!) {\n    verifyAsset(id: $id) {\n      id\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      verifiedBy {\n        id\n      }\n    }\n  }\n": types.VerificationVerifyDocument,
    "\n  mutation VerificationSetVerifier($assetId: ID!, $userId: ID!) {\n    setAssetVerifier(assetId: $assetId, userId: $userId) {\n      id\n      verifier {\n        id\n      }\n    }\n  }\n": types.VerificationSetVerifierDocument,
    "\n  query VerificationIntervals {\n    reviewIntervals {\n      kind\n      days\n      isDefault\n    }\n  }\n": types.VerificationIntervalsDocument,
    "\n  mutation VerificationSetInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      kind\n      days\n      isDefault\n    }\n  }\n": types.VerificationSetIntervalDocument,
    "\n  query VerificationQueue {\n    reviewQueue {\n      id\n      title\n      daysOverdue\n      openDealCount\n      archiveProposed\n      verifier {\n        id\n      }\n      stats {\n        reuseCount\n      }\n      viewerCan {\n        archive\n      }\n    }\n  }\n": types.VerificationQueueDocument,
    "\n  mutation VerificationArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n      status\n    }\n  }\n": types.VerificationArchiveDocument,
    "\n  query VerificationSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 10) {\n      asset {\n        id\n        outOfDate\n      }\n      score\n      reasons\n      breakdown {\n        freshness\n        outOfDate\n      }\n    }\n  }\n": types.VerificationSuggestionsDocument,
    "\n  query VerificationNotifications {\n    notifications(first: 100) {\n      kind\n      text\n      path\n    }\n  }\n": types.VerificationNotificationsDocument,
    "\n  subscription VerificationNotificationAdded {\n    notificationAdded {\n      kind\n      path\n    }\n  }\n": types.VerificationNotificationAddedDocument,
    "\n  query ViewerCanRoleWide {\n    viewer {\n      viewerCan {\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n        reviewAttributions\n        readKnowledgeFlow\n      }\n    }\n  }\n": types.ViewerCanRoleWideDocument,
    "\n  query ViewerCanReadCredit($id: ID!) {\n    user(id: $id) {\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n": types.ViewerCanReadCreditDocument,
    "\n  query ViewerCanCreditHistory($id: ID!) {\n    creditHistory(userId: $id) {\n      value\n    }\n  }\n": types.ViewerCanCreditHistoryDocument,
    "\n  query ViewerCanReadReport {\n    teams {\n      id\n      viewerCan {\n        readReport\n      }\n    }\n  }\n": types.ViewerCanReadReportDocument,
    "\n  query ViewerCanAuthorshipReport($t: ID, $p: PeriodInput!) {\n    authorshipReport(teamId: $t, period: $p) {\n      credit\n    }\n  }\n": types.ViewerCanAuthorshipReportDocument,
    "\n  query ViewerCanEndorse($id: ID!) {\n    asset(id: $id) {\n      viewerCan {\n        endorse\n      }\n    }\n  }\n": types.ViewerCanEndorseDocument,
    "\n  query ViewerCanAttributionReviews {\n    attributionReviews(first: 1) {\n      id\n    }\n  }\n": types.ViewerCanAttributionReviewsDocument,
    "\n  mutation ViewerCanEndorseOwn($a: ID!) {\n    endorseAsset(assetId: $a, kind: HELPFUL) {\n      id\n    }\n  }\n": types.ViewerCanEndorseOwnDocument,
    "\n  mutation WinLossAnalysisCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n": types.WinLossAnalysisCreateDocument,
    "\n  mutation WinLossAnalysisUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.WinLossAnalysisUpdateDocument,
    "\n  mutation WinLossAnalysisDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n": types.WinLossAnalysisDeriveDocument,
    "\n  query WinLossAnalysisOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      winLoss {\n        outcome\n        reasons\n        competitor\n        buyerRolesInvolved\n        lessonsLearned\n        deal {\n          id\n          externalId\n          outcome\n        }\n      }\n    }\n  }\n": types.WinLossAnalysisOfAssetDocument,
    "\n  query WinLossAnalysisDealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        id\n      }\n    }\n  }\n": types.WinLossAnalysisDealAnalysesDocument,
    "\n  query WinLossAnalysisReasons($all: Boolean) {\n    winLossReasons(includeArchived: $all) {\n      id\n      label\n      sortOrder\n      archived\n    }\n  }\n": types.WinLossAnalysisReasonsDocument,
    "\n  mutation WinLossAnalysisAddReason($label: String!) {\n    addWinLossReason(label: $label) {\n      id\n      label\n      archived\n    }\n  }\n": types.WinLossAnalysisAddReasonDocument,
    "\n  mutation WinLossAnalysisArchiveReason($id: ID!) {\n    archiveWinLossReason(id: $id) {\n      id\n      label\n      archived\n    }\n  }\n": types.WinLossAnalysisArchiveReasonDocument,
    "\n  mutation WinLossAnalysisReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n": types.WinLossAnalysisReuseDocument,
    "\n  query WinLossAnalysisTopLossReasons($f: DealFilter, $first: Int) {\n    topLossReasons(filter: $f, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n": types.WinLossAnalysisTopLossReasonsDocument,
    "\n  query WinLossAnalysisContentInfluence($f: DealFilter, $min: Int, $first: Int) {\n    contentInfluence(filter: $f, minClosedDeals: $min, first: $first) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      winRateInterval {\n        low\n        high\n      }\n      enoughData\n    }\n  }\n": types.WinLossAnalysisContentInfluenceDocument,
    "\n  query WinLossAnalysisDealSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 5) {\n      asset {\n        id\n      }\n      reasons\n    }\n  }\n": types.WinLossAnalysisDealSuggestionsDocument,
    "\n  query WinLossTeams {\n    teams {\n      id\n      name\n    }\n  }\n": types.WinLossTeamsDocument,
    "\n  query WinLossUsers($s: String) {\n    users(search: $s, first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WinLossUsersDocument,
    "\n  query WinLossRows($g: WinLossDimension!, $f: DealFilter) {\n    winLoss(groupBy: $g, filter: $f) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n": types.WinLossRowsDocument,
    "\n  query WinLossDealsPage($f: DealFilter, $after: String) {\n    deals(filter: $f, first: 3, after: $after) {\n      totalCount\n      edges {\n        node {\n          externalId\n          industry\n          owner {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WinLossDealsPageDocument,
    "\n  query WinLossOpenDeals($f: DealFilter) {\n    deals(filter: $f, outcome: OPEN) {\n      totalCount\n    }\n  }\n": types.WinLossOpenDealsDocument,
    "\n  query WinLossByTeam {\n    winLoss(groupBy: TEAM) {\n      key\n    }\n  }\n": types.WinLossByTeamDocument,
    "\n  query WinLossDealsCount {\n    deals {\n      totalCount\n    }\n  }\n": types.WinLossDealsCountDocument,
    "\n  query WinLossOfUnknownTeam {\n    winLoss(groupBy: TEAM, filter: { teamId: \"nope\" }) {\n      key\n    }\n  }\n": types.WinLossOfUnknownTeamDocument,
    "\n  query WinLossDealsAfterGarbage {\n    deals(after: \"garbage\") {\n      totalCount\n    }\n  }\n": types.WinLossDealsAfterGarbageDocument,
    "\n  query WinLossDealOfBadId {\n    deal(id: \"not-a-uuid\") {\n      id\n    }\n  }\n": types.WinLossDealOfBadIdDocument,
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
export function graphql(source: "\n  fragment FactoryAsset on Asset {\n    id\n    title\n    version\n    status\n  }\n"): (typeof documents)["\n  fragment FactoryAsset on Asset {\n    id\n    title\n    version\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...FactoryAsset\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryCreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...FactoryAsset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...FactoryAsset\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryDeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...FactoryAsset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...FactoryAsset\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryPublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...FactoryAsset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FactorySetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!) {\n    endorseAsset(assetId: $assetId, kind: $kind) {\n      id\n      pointsAwarded\n    }\n  }\n"): (typeof documents)["\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!) {\n    endorseAsset(assetId: $assetId, kind: $kind) {\n      id\n      pointsAwarded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n"): (typeof documents)["\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditStatement($userId: ID!, $period: PeriodInput, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: 100, after: $after) {\n      sum\n      totalCount\n      edges {\n        node {\n          points\n          reason\n          explanation\n          actor {\n            id\n          }\n          asset {\n            id\n          }\n          policyVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditStatement($userId: ID!, $period: PeriodInput, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: 100, after: $after) {\n      sum\n      totalCount\n      edges {\n        node {\n          points\n          reason\n          explanation\n          actor {\n            id\n          }\n          asset {\n            id\n          }\n          policyVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactoryImportResult on ImportResult {\n    created\n    updated\n    unchanged\n    skipped\n    rows\n    errors {\n      row\n      message\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment FactoryImportResult on ImportResult {\n    created\n    updated\n    unchanged\n    skipped\n    rows\n    errors {\n      row\n      message\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      ...FactoryImportResult\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation FactoryLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser(\n    $email: String!\n    $name: String!\n    $password: String!\n    $role: Role!\n    $teamId: ID\n    $title: String\n  ) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      email\n      name\n      role\n      status\n      title\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser(\n    $email: String!\n    $name: String!\n    $password: String!\n    $role: Role!\n    $teamId: ID\n    $title: String\n  ) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      email\n      name\n      role\n      status\n      title\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      managers {\n        id\n      }\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      managers {\n        id\n      }\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      managers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      managers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTeams {\n    teams {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query AdminTeams {\n    teams {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateScoringPolicy($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n"): (typeof documents)["\n  mutation AdminUpdateScoringPolicy($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetClientSafeKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n"): (typeof documents)["\n  mutation AdminSetClientSafeKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetApprovalRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n"): (typeof documents)["\n  mutation AdminSetApprovalRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetReviewInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      days\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetReviewInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportTeams($csv: String!) {\n    importTeams(csv: $csv) {\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClose2001Q1 {\n    closePeriod(period: { kind: QUARTER, at: \"2001-02-01T00:00:00Z\" }) {\n      closed\n    }\n  }\n"): (typeof documents)["\n  mutation AdminClose2001Q1 {\n    closePeriod(period: { kind: QUARTER, at: \"2001-02-01T00:00:00Z\" }) {\n      closed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCreditRings {\n    creditRings(period: { kind: QUARTER }) {\n      mutualPoints\n    }\n  }\n"): (typeof documents)["\n  query AdminCreditRings {\n    creditRings(period: { kind: QUARTER }) {\n      mutualPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCreditSpikes {\n    creditSpikes(period: { kind: QUARTER }) {\n      medianPoints\n    }\n  }\n"): (typeof documents)["\n  query AdminCreditSpikes {\n    creditSpikes(period: { kind: QUARTER }) {\n      medianPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDealReviewFlags {\n    dealReviewFlags {\n      outcomeChanges\n    }\n  }\n"): (typeof documents)["\n  query AdminDealReviewFlags {\n    dealReviewFlags {\n      outcomeChanges\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n    }\n  }\n"): (typeof documents)["\n  query AdminScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersPage($s: String, $after: String) {\n    users(search: $s, first: 2, after: $after) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsersPage($s: String, $after: String) {\n    users(search: $s, first: 2, after: $after) {\n      totalCount\n      edges {\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersAfterGarbage {\n    users(after: \"garbage\") {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminUsersAfterGarbage {\n    users(after: \"garbage\") {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersFirst1000 {\n    users(first: 1000) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminUsersFirst1000 {\n    users(first: 1000) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalSetRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n"): (typeof documents)["\n  mutation ApprovalSetRequired($required: Boolean!) {\n    setApprovalRequired(required: $required)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      approval {\n        state\n        blocksSharing\n        version\n        waitingSince\n        decidedAt\n        decidedBy {\n          id\n        }\n        note\n        viewerCanDecide\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      approval {\n        state\n        blocksSharing\n        version\n        waitingSince\n        decidedAt\n        decidedBy {\n          id\n        }\n        note\n        viewerCanDecide\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalApprove($id: ID!, $note: String, $version: Int) {\n    approveAsset(id: $id, note: $note, version: $version) {\n      id\n      approval {\n        state\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalApprove($id: ID!, $note: String, $version: Int) {\n    approveAsset(id: $id, note: $note, version: $version) {\n      id\n      approval {\n        state\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalReject($id: ID!, $reason: String!) {\n    rejectAsset(id: $id, reason: $reason) {\n      id\n      approval {\n        state\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalReject($id: ID!, $reason: String!) {\n    rejectAsset(id: $id, reason: $reason) {\n      id\n      approval {\n        state\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue {\n    approvalQueue {\n      asset {\n        id\n        title\n      }\n      version\n      waitingSince\n      waitingSeconds\n    }\n  }\n"): (typeof documents)["\n  query ApprovalQueue {\n    approvalQueue {\n      asset {\n        id\n        title\n      }\n      version\n      waitingSince\n      waitingSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n"): (typeof documents)["\n  query ApprovalNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalViewerCan {\n    viewer {\n      viewerCan {\n        decideApprovals\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalViewerCan {\n    viewer {\n      viewerCan {\n        decideApprovals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetWithVersions($id: ID!) {\n    asset(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      visibility\n      status\n      version\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      publishedAt\n      team {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n        share\n      }\n      derivedFrom {\n        id\n      }\n      versions {\n        version\n        change\n        editedBy {\n          id\n        }\n        title\n        authors {\n          user {\n            id\n          }\n          role\n          share\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssetWithVersions($id: ID!) {\n    asset(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      visibility\n      status\n      version\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      publishedAt\n      team {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n        share\n      }\n      derivedFrom {\n        id\n      }\n      versions {\n        version\n        change\n        editedBy {\n          id\n        }\n        title\n        authors {\n          user {\n            id\n          }\n          role\n          share\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetSetAuthors($id: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $id, authors: $authors) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AssetSetAuthors($id: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $id, authors: $authors) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation AssetUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetSetTeamManagers($t: ID!, $u: [ID!]!) {\n    setTeamManagers(teamId: $t, userIds: $u) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssetSetTeamManagers($t: ID!, $u: [ID!]!) {\n    setTeamManagers(teamId: $t, userIds: $u) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssetCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetPublish($id: ID!) {\n    publishAsset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssetPublish($id: ID!) {\n    publishAsset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssetArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetVersionOne($id: ID!) {\n    assetVersion(assetId: $id, version: 1) {\n      body\n    }\n  }\n"): (typeof documents)["\n  query AssetVersionOne($id: ID!) {\n    assetVersion(assetId: $id, version: 1) {\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetDeriveWithAuthors($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n      derivedFrom {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssetDeriveWithAuthors($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n      derivedFrom {\n        id\n      }\n      authors {\n        user {\n          id\n        }\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssetDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssetDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetDerivedAssets($id: ID!) {\n    asset(id: $id) {\n      derivedAssets {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssetDerivedAssets($id: ID!) {\n    asset(id: $id) {\n      derivedAssets {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssetAncestry($id: ID!) {\n    asset(id: $id) {\n      ancestry {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssetAncestry($id: ID!) {\n    asset(id: $id) {\n      ancestry {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentList($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n        uploadedBy {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttachmentList($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n        uploadedBy {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentIds($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttachmentIds($id: ID!) {\n    asset(id: $id) {\n      attachments {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachmentDelete($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation AttachmentDelete($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewer {\n    viewer {\n      id\n      name\n      role\n      team {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthViewer {\n    viewer {\n      id\n      name\n      role\n      team {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSetUserStatus($id: ID!, $s: UserStatus!) {\n    setUserStatus(userId: $id, status: $s) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AuthSetUserStatus($id: ID!, $s: UserStatus!) {\n    setUserStatus(userId: $id, status: $s) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTeams {\n    teams {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuthTeams {\n    teams {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BatchIngestRecordMany($inputs: [RecordReuseInput!]!) {\n    recordReuses(inputs: $inputs) {\n      clientEventId\n      reuse {\n        id\n        kind\n        pointsAwarded\n        explanation\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BatchIngestRecordMany($inputs: [RecordReuseInput!]!) {\n    recordReuses(inputs: $inputs) {\n      clientEventId\n      reuse {\n        id\n        kind\n        pointsAwarded\n        explanation\n      }\n      error {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BatchIngestRecordOne($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n      explanation\n    }\n  }\n"): (typeof documents)["\n  mutation BatchIngestRecordOne($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      pointsAwarded\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BatchIngestShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation BatchIngestShare($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoauthorDecline($assetId: ID!) {\n    declineCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      role\n      share\n      consent\n    }\n  }\n"): (typeof documents)["\n  mutation CoauthorDecline($assetId: ID!) {\n    declineCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      role\n      share\n      consent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoauthorAccept($assetId: ID!) {\n    acceptCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      consent\n    }\n  }\n"): (typeof documents)["\n  mutation CoauthorAccept($assetId: ID!) {\n    acceptCoauthorship(assetId: $assetId) {\n      user {\n        id\n      }\n      consent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoauthorAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      authors {\n        user {\n          id\n        }\n        role\n        share\n        consent\n      }\n      declinedAuthors {\n        user {\n          id\n        }\n        share\n      }\n      viewerCan {\n        declineCoauthorship\n        acceptCoauthorship\n      }\n      versions {\n        version\n        change\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoauthorAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      authors {\n        user {\n          id\n        }\n        role\n        share\n        consent\n      }\n      declinedAuthors {\n        user {\n          id\n        }\n        share\n      }\n      viewerCan {\n        declineCoauthorship\n        acceptCoauthorship\n      }\n      versions {\n        version\n        change\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoauthorNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n"): (typeof documents)["\n  query CoauthorNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CoauthorNotificationAdded {\n    notificationAdded {\n      kind\n      text\n      path\n    }\n  }\n"): (typeof documents)["\n  subscription CoauthorNotificationAdded {\n    notificationAdded {\n      kind\n      text\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsAdd($assetId: ID!, $body: String!, $parentId: ID) {\n    addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n      id\n      body\n      parentId\n      resolved\n      createdAt\n      editedAt\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsAdd($assetId: ID!, $body: String!, $parentId: ID) {\n    addComment(assetId: $assetId, body: $body, parentId: $parentId) {\n      id\n      body\n      parentId\n      resolved\n      createdAt\n      editedAt\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsEdit($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      history {\n        body\n        editedAt\n        editedBy {\n          id\n        }\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsEdit($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      id\n      body\n      editedAt\n      history {\n        body\n        editedAt\n        editedBy {\n          id\n        }\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentsResolve($id: ID!, $resolved: Boolean) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n      resolvedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentsResolve($id: ID!, $resolved: Boolean) {\n    resolveComment(id: $id, resolved: $resolved) {\n      id\n      resolved\n      resolvedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsThread($id: ID!) {\n    asset(id: $id) {\n      id\n      commentCount\n      comments {\n        id\n        body\n        resolved\n        viewerCan {\n          edit\n          resolve\n          reply\n        }\n        history {\n          body\n        }\n        replies {\n          id\n          body\n          parentId\n          replies {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentsThread($id: ID!) {\n    asset(id: $id) {\n      id\n      commentCount\n      comments {\n        id\n        body\n        resolved\n        viewerCan {\n          edit\n          resolve\n          reply\n        }\n        history {\n          body\n        }\n        replies {\n          id\n          body\n          parentId\n          replies {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n"): (typeof documents)["\n  query CommentsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentsProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n      engagementLevel\n    }\n  }\n"): (typeof documents)["\n  query CommentsProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n      engagementLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditConcurrencyReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      pointsAwarded\n    }\n  }\n"): (typeof documents)["\n  mutation CreditConcurrencyReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      pointsAwarded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditConcurrencyEndorse($a: ID!, $k: EndorsementKind!) {\n    endorseAsset(assetId: $a, kind: $k) {\n      id\n      pointsAwarded\n    }\n  }\n"): (typeof documents)["\n  mutation CreditConcurrencyEndorse($a: ID!, $k: EndorsementKind!) {\n    endorseAsset(assetId: $a, kind: $k) {\n      id\n      pointsAwarded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditSpikesOfWeek($at: DateTime) {\n    creditSpikes(period: { kind: WEEK, at: $at }) {\n      user {\n        id\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        points\n        actor {\n          id\n        }\n        asset {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditSpikesOfWeek($at: DateTime) {\n    creditSpikes(period: { kind: WEEK, at: $at }) {\n      user {\n        id\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        points\n        actor {\n          id\n        }\n        asset {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditTeamLeaderboard($teamId: ID!, $period: PeriodInput!) {\n    leaderboard(period: $period, teamId: $teamId, metric: CREDIT) {\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n      viewerEntry {\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditTeamLeaderboard($teamId: ID!, $period: PeriodInput!) {\n    leaderboard(period: $period, teamId: $teamId, metric: CREDIT) {\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n      viewerEntry {\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreditImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      created\n      updated\n    }\n  }\n"): (typeof documents)["\n  mutation CreditImportDeals($csv: String!) {\n    importDeals(csv: $csv) {\n      created\n      updated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditDealsOfOwner($ownerId: ID) {\n    deals(filter: { ownerId: $ownerId }, first: 10) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditDealsOfOwner($ownerId: ID) {\n    deals(filter: { ownerId: $ownerId }, first: 10) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrmImportWinLossByIndustry {\n    winLoss(groupBy: INDUSTRY) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n"): (typeof documents)["\n  query CrmImportWinLossByIndustry {\n    winLoss(groupBy: INDUSTRY) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrmImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation CrmImportAccounts($csv: String!) {\n    importAccounts(csv: $csv) {\n      created\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DealIntegrityReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n      explanation\n    }\n  }\n"): (typeof documents)["\n  mutation DealIntegrityReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealIntegritySum($u: ID!) {\n    creditEntries(userId: $u, first: 1) {\n      sum\n    }\n  }\n"): (typeof documents)["\n  query DealIntegritySum($u: ID!) {\n    creditEntries(userId: $u, first: 1) {\n      sum\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealIntegrityAudit($id: ID!) {\n    deal(id: $id) {\n      externalId\n      auditTrail {\n        field\n        before\n        after\n        source\n        actor {\n          id\n        }\n        changedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealIntegrityAudit($id: ID!) {\n    deal(id: $id) {\n      externalId\n      auditTrail {\n        field\n        before\n        after\n        source\n        actor {\n          id\n        }\n        changedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealIntegrityViewer {\n    viewer {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DealIntegrityViewer {\n    viewer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealIntegrityReviewFlags {\n    dealReviewFlags(first: 200) {\n      deal {\n        externalId\n      }\n      outcomeChanges\n      reopenings\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query DealIntegrityReviewFlags {\n    dealReviewFlags(first: 200) {\n      deal {\n        externalId\n      }\n      outcomeChanges\n      reopenings\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealWebhookDeal($id: ID!) {\n    deal(id: $id) {\n      externalId\n      name\n      accountName\n      industry\n      product\n      amount\n      outcome\n      stage\n      competitor\n      engagedAt\n      closedAt\n      owner {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealWebhookDeal($id: ID!) {\n    deal(id: $id) {\n      externalId\n      name\n      accountName\n      industry\n      product\n      amount\n      outcome\n      stage\n      competitor\n      engagedAt\n      closedAt\n      owner {\n        id\n      }\n      team {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedPanel($dealId: ID!) {\n    viewer {\n      id\n    }\n    deal(id: $dealId) {\n      id\n      name\n      usedAssets {\n        asset {\n          id\n        }\n        uses\n      }\n    }\n    dealSuggestions(dealId: $dealId, first: 10) {\n      asset {\n        id\n      }\n      reasons\n    }\n    shareLinks(dealId: $dealId) {\n      id\n    }\n    clientSafeKinds\n  }\n"): (typeof documents)["\n  query EmbedPanel($dealId: ID!) {\n    viewer {\n      id\n    }\n    deal(id: $dealId) {\n      id\n      name\n      usedAssets {\n        asset {\n          id\n        }\n        uses\n      }\n    }\n    dealSuggestions(dealId: $dealId, first: 10) {\n      asset {\n        id\n      }\n      reasons\n    }\n    shareLinks(dealId: $dealId) {\n      id\n    }\n    clientSafeKinds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbedUseInDeal($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      explanation\n    }\n  }\n"): (typeof documents)["\n  mutation EmbedUseInDeal($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedLeaderboard {\n    leaderboard(period: { kind: ALL_TIME }) {\n      entries {\n        rank\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmbedLeaderboard {\n    leaderboard(period: { kind: ALL_TIME }) {\n      entries {\n        rank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmbedCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EmbedCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbedDeals {\n    deals(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EmbedDeals {\n    deals(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilesOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      summary\n      body\n      version\n      status\n      thumbnailPath\n      attachments {\n        id\n        fileName\n        previewPath\n        thumbnailPath\n        extraction {\n          status\n          progress\n          kind\n          pageLabel\n          pageCount\n          title\n          preview\n          error\n        }\n        pages(first: 10) {\n          n\n          heading\n          text\n        }\n      }\n      stats {\n        slidesUsed {\n          slide\n          reuses\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilesOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      title\n      summary\n      body\n      version\n      status\n      thumbnailPath\n      attachments {\n        id\n        fileName\n        previewPath\n        thumbnailPath\n        extraction {\n          status\n          progress\n          kind\n          pageLabel\n          pageCount\n          title\n          preview\n          error\n        }\n        pages(first: 10) {\n          n\n          heading\n          text\n        }\n      }\n      stats {\n        slidesUsed {\n          slide\n          reuses\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchInsideFiles($search: String!) {\n    assets(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          fileMatches(query: $search) {\n            fileName\n            pageLabel\n            page\n            heading\n            snippet\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchInsideFiles($search: String!) {\n    assets(search: $search, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          fileMatches(query: $search) {\n            fileName\n            pageLabel\n            page\n            heading\n            snippet\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarToFile($id: ID!) {\n    similarAssets(assetId: $id) {\n      similarity\n      asset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarToFile($id: ID!) {\n    similarAssets(assetId: $id) {\n      similarity\n      asset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDraftCount {\n    assets(filter: { status: DRAFT }, first: 50) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyDraftCount {\n    assets(filter: { status: DRAFT }, first: 50) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlobalSearch($query: String!, $first: Int) {\n    globalSearch(query: $query, first: $first) {\n      assets {\n        id\n        title\n      }\n      people {\n        id\n        name\n        status\n        team {\n          name\n        }\n      }\n      deals {\n        id\n        name\n        accountName\n      }\n    }\n  }\n"): (typeof documents)["\n  query GlobalSearch($query: String!, $first: Int) {\n    globalSearch(query: $query, first: $first) {\n      assets {\n        id\n        title\n      }\n      people {\n        id\n        name\n        status\n        team {\n          name\n        }\n      }\n      deals {\n        id\n        name\n        accountName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeFlowDashboard($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n    knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n      from\n      to\n      scope\n      teams {\n        id\n        name\n        inScope\n      }\n      reuseMatrix {\n        reusingTeamId\n        authoringTeamId\n        reuses\n        events\n      }\n      deadContent {\n        total\n        byTeamAndKind {\n          teamId\n          kind\n          count\n        }\n        assets {\n          id\n          title\n          publishedAt\n          lastReusedAt\n        }\n      }\n      contentGaps {\n        query\n        searches\n        days\n      }\n      adoption {\n        teamId\n        month\n        people\n        sharing\n        participating\n        contributing\n        none\n      }\n      timeToFirstReuse {\n        kind\n        published\n        reused\n        medianDays\n        bands {\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeFlowDashboard($from: DateTime, $to: DateTime, $teamId: ID, $first: Int) {\n    knowledgeFlow(from: $from, to: $to, teamId: $teamId, first: $first) {\n      from\n      to\n      scope\n      teams {\n        id\n        name\n        inScope\n      }\n      reuseMatrix {\n        reusingTeamId\n        authoringTeamId\n        reuses\n        events\n      }\n      deadContent {\n        total\n        byTeamAndKind {\n          teamId\n          kind\n          count\n        }\n        assets {\n          id\n          title\n          publishedAt\n          lastReusedAt\n        }\n      }\n      contentGaps {\n        query\n        searches\n        days\n      }\n      adoption {\n        teamId\n        month\n        people\n        sharing\n        participating\n        contributing\n        none\n      }\n      timeToFirstReuse {\n        kind\n        published\n        reused\n        medianDays\n        bands {\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeFlowSearch($query: String!) {\n    globalSearch(query: $query) {\n      assets {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeFlowSearch($query: String!) {\n    globalSearch(query: $query) {\n      assets {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KnowledgeFlowViewerCan {\n    viewer {\n      viewerCan {\n        readKnowledgeFlow\n      }\n    }\n  }\n"): (typeof documents)["\n  query KnowledgeFlowViewerCan {\n    viewer {\n      viewerCan {\n        readKnowledgeFlow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CentreNotifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      text\n      path\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query CentreNotifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      id\n      kind\n      text\n      path\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CentreMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation CentreMarkRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CentreSettings {\n    notificationSettings {\n      digest\n      digestsAvailable\n    }\n  }\n"): (typeof documents)["\n  query CentreSettings {\n    notificationSettings {\n      digest\n      digestsAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CentreUpdateSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      digest\n      digestsAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation CentreUpdateSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      digest\n      digestsAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CentreNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      path\n    }\n  }\n"): (typeof documents)["\n  subscription CentreNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      text\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      pointsAwarded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationsCreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationsCreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      person {\n        id\n        name\n        status\n      }\n      assetCount\n      assets {\n        role\n        share\n        asset {\n          id\n          title\n        }\n      }\n      reach {\n        reuses {\n          kind\n          count\n        }\n        shareLinkViews\n        dealsUsedIn\n      }\n      endorsementCount\n      endorsements {\n        kind\n        comment\n        endorser {\n          id\n        }\n        asset {\n          id\n        }\n      }\n      expertise {\n        industries {\n          value\n          assets\n          endorsements\n        }\n        products {\n          value\n          assets\n        }\n      }\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n      engagementLevel\n      credit {\n        allTime\n        thisQuarter\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleProfile($userId: ID!) {\n    personProfile(userId: $userId) {\n      person {\n        id\n        name\n        status\n      }\n      assetCount\n      assets {\n        role\n        share\n        asset {\n          id\n          title\n        }\n      }\n      reach {\n        reuses {\n          kind\n          count\n        }\n        shareLinkViews\n        dealsUsedIn\n      }\n      endorsementCount\n      endorsements {\n        kind\n        comment\n        endorser {\n          id\n        }\n        asset {\n          id\n        }\n      }\n      expertise {\n        industries {\n          value\n          assets\n          endorsements\n        }\n        products {\n          value\n          assets\n        }\n      }\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n      engagementLevel\n      credit {\n        allTime\n        thisQuarter\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleExperts($topic: String!, $first: Int) {\n    experts(topic: $topic, first: $first) {\n      person {\n        id\n      }\n      score\n      assetCount\n      endorsementCount\n      topAssets {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleExperts($topic: String!, $first: Int) {\n    experts(topic: $topic, first: $first) {\n      person {\n        id\n      }\n      score\n      assetCount\n      endorsementCount\n      topAssets {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeopleEndorse($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PeopleEndorse($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PeriodCloseClose($p: PeriodInput!) {\n    closePeriod(period: $p) {\n      kind\n      from\n      to\n      label\n      closed\n    }\n  }\n"): (typeof documents)["\n  mutation PeriodCloseClose($p: PeriodInput!) {\n    closePeriod(period: $p) {\n      kind\n      from\n      to\n      label\n      closed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodCloseClosedPeriods {\n    closedPeriods {\n      label\n      from\n      to\n      closedAt\n      digest\n      snapshotUrl\n      closedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodCloseClosedPeriods {\n    closedPeriods {\n      label\n      from\n      to\n      closedAt\n      digest\n      snapshotUrl\n      closedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodCloseBoard($p: PeriodInput!) {\n    leaderboard(period: $p, first: 100) {\n      period {\n        closed\n      }\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodCloseBoard($p: PeriodInput!) {\n    leaderboard(period: $p, first: 100) {\n      period {\n        closed\n      }\n      entries {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodCloseStatement($u: ID!, $p: PeriodInput) {\n    creditEntries(userId: $u, period: $p, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          occurredAt\n          bookedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeriodCloseStatement($u: ID!, $p: PeriodInput) {\n    creditEntries(userId: $u, period: $p, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          occurredAt\n          bookedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountPage($first: Int!, $tag: String!) {\n    assets(first: $first, filter: { tag: $tag }, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          team {\n            id\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              id\n              name\n            }\n          }\n          derivedFrom {\n            id\n            title\n          }\n          derivedAssets {\n            id\n          }\n          ancestry {\n            id\n            title\n          }\n          versions {\n            version\n          }\n          stats {\n            reuseCount\n            endorsementCount\n          }\n          viewerCan {\n            edit\n            setAuthors\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueryCountPage($first: Int!, $tag: String!) {\n    assets(first: $first, filter: { tag: $tag }, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          team {\n            id\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              id\n              name\n            }\n          }\n          derivedFrom {\n            id\n            title\n          }\n          derivedAssets {\n            id\n          }\n          ancestry {\n            id\n            title\n          }\n          versions {\n            version\n          }\n          stats {\n            reuseCount\n            endorsementCount\n          }\n          viewerCan {\n            edit\n            setAuthors\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueryCountDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QueryCountDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionsAsk(\n    $title: String!\n    $body: String!\n    $industries: [String!]\n    $buyerRoles: [String!]\n    $products: [String!]\n  ) {\n    askQuestion(title: $title, body: $body, industries: $industries, buyerRoles: $buyerRoles, products: $products) {\n      id\n      title\n      industries\n      buyerRoles\n      asker {\n        id\n      }\n      suggestedExperts {\n        id\n      }\n      expertSuggestions {\n        rank\n        score\n        reason\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuestionsAsk(\n    $title: String!\n    $body: String!\n    $industries: [String!]\n    $buyerRoles: [String!]\n    $products: [String!]\n  ) {\n    askQuestion(title: $title, body: $body, industries: $industries, buyerRoles: $buyerRoles, products: $products) {\n      id\n      title\n      industries\n      buyerRoles\n      asker {\n        id\n      }\n      suggestedExperts {\n        id\n      }\n      expertSuggestions {\n        rank\n        score\n        reason\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionsAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n      body\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuestionsAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n      body\n      author {\n        id\n      }\n      mentions {\n        user {\n          id\n        }\n        notified\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionsAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n      acceptedAt\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuestionsAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n      acceptedAt\n      acceptedAnswer {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionsPromote($questionId: ID!) {\n    promoteAnswer(questionId: $questionId) {\n      id\n      kind\n      title\n      body\n      status\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation QuestionsPromote($questionId: ID!) {\n    promoteAnswer(questionId: $questionId) {\n      id\n      kind\n      title\n      body\n      status\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsOne($id: ID!) {\n    question(id: $id) {\n      id\n      body\n      answerCount\n      answers {\n        id\n        body\n      }\n      acceptedAnswer {\n        id\n      }\n      promotedAssetId\n      viewerCan {\n        answer\n        accept\n        promote\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionsOne($id: ID!) {\n    question(id: $id) {\n      id\n      body\n      answerCount\n      answers {\n        id\n        body\n      }\n      acceptedAnswer {\n        id\n      }\n      promotedAssetId\n      viewerCan {\n        answer\n        accept\n        promote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsList($scope: QuestionListScope, $first: Int) {\n    questions(scope: $scope, first: $first) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query QuestionsList($scope: QuestionListScope, $first: Int) {\n    questions(scope: $scope, first: $first) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n    }\n  }\n"): (typeof documents)["\n  query QuestionsNotifications {\n    notifications(first: 50) {\n      kind\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsCredit($userId: ID!) {\n    creditEntries(userId: $userId, first: 50) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          explanation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionsCredit($userId: ID!) {\n    creditEntries(userId: $userId, first: 50) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          explanation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionsEngagement($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionsEngagement($userId: ID!) {\n    personProfile(userId: $userId) {\n      engagement {\n        participating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuestionsEndorse($assetId: ID!) {\n    endorseAsset(assetId: $assetId, kind: HELPFUL) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QuestionsEndorse($assetId: ID!) {\n    endorseAsset(assetId: $assetId, kind: HELPFUL) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadVisibilityTags($s: String) {\n    tagSuggestions(search: $s) {\n      value\n      assetCount\n    }\n  }\n"): (typeof documents)["\n  query ReadVisibilityTags($s: String) {\n    tagSuggestions(search: $s) {\n      value\n      assetCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadVisibilityIndustries($s: String) {\n    taxonomy(kind: INDUSTRY, search: $s) {\n      value\n      assetCount\n    }\n  }\n"): (typeof documents)["\n  query ReadVisibilityIndustries($s: String) {\n    taxonomy(kind: INDUSTRY, search: $s) {\n      value\n      assetCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadVisibilityVersions($id: ID!) {\n    asset(id: $id) {\n      versions {\n        version\n        visibility\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadVisibilityVersions($id: ID!) {\n    asset(id: $id) {\n      versions {\n        version\n        visibility\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadVisibilityVersion($id: ID!, $v: Int!) {\n    assetVersion(assetId: $id, version: $v) {\n      version\n      body\n    }\n  }\n"): (typeof documents)["\n  query ReadVisibilityVersion($id: ID!, $v: Int!) {\n    assetVersion(assetId: $id, version: $v) {\n      version\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadVisibilityUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReadVisibilityUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on AuthorshipReport {\n    user {\n      id\n    }\n    team {\n      id\n    }\n    period {\n      kind\n      label\n      closed\n    }\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    csv\n  }\n"): (typeof documents)["\n  fragment ReportFields on AuthorshipReport {\n    user {\n      id\n    }\n    team {\n      id\n    }\n    period {\n      kind\n      label\n      closed\n    }\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n    csv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorshipReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      ...ReportFields\n      members {\n        ...ReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorshipReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      ...ReportFields\n      members {\n        ...ReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PerformanceReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      credit\n      trend {\n        credit\n        previousCredit\n        change\n        teamMedian\n        points {\n          label\n          from\n          credit\n          teamMedian\n        }\n      }\n      assets {\n        assetId\n        title\n        role\n        share\n        reuses {\n          kind\n          count\n        }\n        customerSessions\n        wonDeals\n        wonAmount\n        credit\n      }\n      endorsementComments {\n        kind\n        comment\n        endorserId\n        endorserName\n        assetId\n        assetTitle\n      }\n      acceptedAnswers {\n        questionId\n        questionTitle\n        askerName\n      }\n      knowledgeFlow {\n        teamId\n        teamName\n        received\n        given\n      }\n      members {\n        user {\n          id\n        }\n        credit\n        trend {\n          teamMedian\n        }\n        assets {\n          assetId\n          share\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PerformanceReport($userId: ID, $teamId: ID, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, teamId: $teamId, period: $period) {\n      credit\n      trend {\n        credit\n        previousCredit\n        change\n        teamMedian\n        points {\n          label\n          from\n          credit\n          teamMedian\n        }\n      }\n      assets {\n        assetId\n        title\n        role\n        share\n        reuses {\n          kind\n          count\n        }\n        customerSessions\n        wonDeals\n        wonAmount\n        credit\n      }\n      endorsementComments {\n        kind\n        comment\n        endorserId\n        endorserName\n        assetId\n        assetTitle\n      }\n      acceptedAnswers {\n        questionId\n        questionTitle\n        askerName\n      }\n      knowledgeFlow {\n        teamId\n        teamName\n        received\n        given\n      }\n      members {\n        user {\n          id\n        }\n        credit\n        trend {\n          teamMedian\n        }\n        assets {\n          assetId\n          share\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAsk($title: String!, $body: String!) {\n    askQuestion(title: $title, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportAsk($title: String!, $body: String!) {\n    askQuestion(title: $title, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportAnswer($questionId: ID!, $body: String!) {\n    answerQuestion(questionId: $questionId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportAccept($questionId: ID!, $commentId: ID!) {\n    acceptAnswer(questionId: $questionId, commentId: $commentId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportEndorseWithComment($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportEndorseWithComment($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportViewerOnLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period) {\n      viewerEntry {\n        rank\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportViewerOnLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period) {\n      viewerEntry {\n        rank\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period, first: 10) {\n      entries {\n        rank\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportLeaderboard($period: PeriodInput!) {\n    leaderboard(period: $period, first: 10) {\n      entries {\n        rank\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RingCreditRings($min: Int) {\n    creditRings(period: { kind: QUARTER }, minMutualPoints: $min) {\n      users {\n        id\n      }\n      mutualPoints\n      share\n      flows {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        points\n        receivedTotal\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query RingCreditRings($min: Int) {\n    creditRings(period: { kind: QUARTER }, minMutualPoints: $min) {\n      users {\n        id\n      }\n      mutualPoints\n      share\n      flows {\n        from {\n          id\n        }\n        to {\n          id\n        }\n        points\n        receivedTotal\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RingCopy($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n"): (typeof documents)["\n  mutation RingCopy($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringPolicyUpdate($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n"): (typeof documents)["\n  mutation ScoringPolicyUpdate($p: String!) {\n    updateScoringPolicy(policy: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoringPolicyReuse($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n"): (typeof documents)["\n  mutation ScoringPolicyReuse($i: RecordReuseInput!) {\n    recordReuse(input: $i) {\n      pointsAwarded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringPolicyStatement($u: ID!) {\n    creditEntries(userId: $u, first: 10) {\n      sum\n      edges {\n        node {\n          points\n          policyVersion\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringPolicyStatement($u: ID!) {\n    creditEntries(userId: $u, first: 10) {\n      sum\n      edges {\n        node {\n          points\n          policyVersion\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringPolicyCurrent {\n    scoringPolicy\n  }\n"): (typeof documents)["\n  query ScoringPolicyCurrent {\n    scoringPolicy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringPolicyEvidence($u: ID!) {\n    creditEntries(userId: $u, first: 20) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          rule\n          policyVersion\n          evidence\n          explanation\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringPolicyEvidence($u: ID!) {\n    creditEntries(userId: $u, first: 20) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          rule\n          policyVersion\n          evidence\n          explanation\n          actor {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAssets($search: String, $filter: AssetFilter, $first: Int, $after: String, $sort: AssetSort) {\n    assets(search: $search, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalIsEstimate\n      edges {\n        cursor\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        industries {\n          value\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAssets($search: String, $filter: AssetFilter, $first: Int, $after: String, $sort: AssetSort) {\n    assets(search: $search, filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalIsEstimate\n      edges {\n        cursor\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        industries {\n          value\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          count\n        }\n        tags {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAsset($id: ID!) {\n    asset(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SearchAsset($id: ID!) {\n    asset(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchDerive($f: ID!, $i: CreateAssetInput!) {\n    deriveAsset(fromId: $f, input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SearchDerive($f: ID!, $i: CreateAssetInput!) {\n    deriveAsset(fromId: $f, input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFollowUser($t: String!) {\n    follow(kind: USER, target: $t) {\n      target\n    }\n  }\n"): (typeof documents)["\n  mutation SearchFollowUser($t: String!) {\n    follow(kind: USER, target: $t) {\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchFollowTag($t: String!) {\n    follow(kind: TAG, target: $t) {\n      target\n    }\n  }\n"): (typeof documents)["\n  mutation SearchFollowTag($t: String!) {\n    follow(kind: TAG, target: $t) {\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFeedOf100 {\n    feed(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchFeedOf100 {\n    feed(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFeedOf60 {\n    feed(first: 60) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchFeedOf60 {\n    feed(first: 60) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFeedPage($a: String) {\n    feed(first: 7, after: $a) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchFeedPage($a: String) {\n    feed(first: 7, after: $a) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFollowing {\n    following {\n      kind\n      target\n    }\n  }\n"): (typeof documents)["\n  query SearchFollowing {\n    following {\n      kind\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBulkPage($first: Int, $filter: AssetFilter) {\n    assets(first: $first, filter: $filter, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          tags\n          industries\n          team {\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              name\n              team {\n                name\n              }\n            }\n          }\n          viewerCan {\n            edit\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchBulkPage($first: Int, $filter: AssetFilter) {\n    assets(first: $first, filter: $filter, sort: NEWEST) {\n      edges {\n        node {\n          id\n          title\n          tags\n          industries\n          team {\n            name\n          }\n          authors {\n            role\n            share\n            user {\n              name\n              team {\n                name\n              }\n            }\n          }\n          viewerCan {\n            edit\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCreate($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ShareCreate($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      id\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareRevoke($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      url\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ShareRevoke($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      url\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinks($assetId: ID, $dealId: ID) {\n    shareLinks(assetId: $assetId, dealId: $dealId) {\n      id\n      url\n      opens\n      firstViewedAt\n      totalSeconds\n      asset {\n        id\n      }\n      deal {\n        id\n      }\n      sessions {\n        durationSeconds\n        pagesViewed\n        device\n        email\n        pageSeconds {\n          page\n          seconds\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShareLinks($assetId: ID, $dealId: ID) {\n    shareLinks(assetId: $assetId, dealId: $dealId) {\n      id\n      url\n      opens\n      firstViewedAt\n      totalSeconds\n      asset {\n        id\n      }\n      deal {\n        id\n      }\n      sessions {\n        durationSeconds\n        pagesViewed\n        device\n        email\n        pageSeconds {\n          page\n          seconds\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareNotifications {\n    notifications(first: 10, unreadOnly: true) {\n      kind\n      text\n    }\n  }\n"): (typeof documents)["\n  query ShareNotifications {\n    notifications(first: 10, unreadOnly: true) {\n      kind\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ShareNotificationAdded {\n    notificationAdded {\n      kind\n      text\n    }\n  }\n"): (typeof documents)["\n  subscription ShareNotificationAdded {\n    notificationAdded {\n      kind\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareMarkRead {\n    markNotificationsRead(ids: null)\n  }\n"): (typeof documents)["\n  mutation ShareMarkRead {\n    markNotificationsRead(ids: null)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareSetKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n"): (typeof documents)["\n  mutation ShareSetKinds($kinds: [AssetKind!]!) {\n    setClientSafeKinds(kinds: $kinds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareStatement($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          evidence\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShareStatement($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      sum\n      edges {\n        node {\n          points\n          reason\n          evidence\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareInfluence($ownerId: ID!) {\n    contentInfluence(filter: { ownerId: $ownerId }, minClosedDeals: 1) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n    }\n  }\n"): (typeof documents)["\n  query ShareInfluence($ownerId: ID!) {\n    contentInfluence(filter: { ownerId: $ownerId }, minClosedDeals: 1) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarAssets($assetId: ID!) {\n    similarAssets(assetId: $assetId) {\n      similarity\n      partial\n      declined\n      slidesLabel\n      slides {\n        n\n        matchedN\n        similarity\n      }\n      asset {\n        id\n        title\n        authors {\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarAssets($assetId: ID!) {\n    similarAssets(assetId: $assetId) {\n      similarity\n      partial\n      declined\n      slidesLabel\n      slides {\n        n\n        matchedN\n        similarity\n      }\n      asset {\n        id\n        title\n        authors {\n          user {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n    adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdaptFromSimilar($assetId: ID!, $derivedFromId: ID!) {\n    adaptFromSimilar(assetId: $assetId, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n    declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n      declined\n      asset {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSimilar($assetId: ID!, $similarAssetId: ID!) {\n    declineSimilar(assetId: $assetId, similarAssetId: $similarAssetId) {\n      declined\n      asset {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributionReviews($assetId: ID) {\n    attributionReviews(assetId: $assetId) {\n      id\n      status\n      similarity\n      asset {\n        id\n      }\n      matchedAsset {\n        id\n        title\n        authors {\n          user {\n            id\n          }\n        }\n      }\n      matches {\n        similarity\n        asset {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributionReviews($assetId: ID) {\n    attributionReviews(assetId: $assetId) {\n      id\n      status\n      similarity\n      asset {\n        id\n      }\n      matchedAsset {\n        id\n        title\n        authors {\n          user {\n            id\n          }\n        }\n      }\n      matches {\n        similarity\n        asset {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n    resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFromId\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveAttributionReview($id: ID!, $derivedFromId: ID) {\n    resolveAttributionReview(id: $id, derivedFromId: $derivedFromId) {\n      id\n      status\n      derivedFromId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarityCreditEntries($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      edges {\n        node {\n          points\n          reason\n          sourceReason\n          explanation\n          attributionReviewId\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarityCreditEntries($userId: ID!) {\n    creditEntries(userId: $userId, first: 100) {\n      edges {\n        node {\n          points\n          reason\n          sourceReason\n          explanation\n          attributionReviewId\n          asset {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionDealSuggestions($id: ID!, $first: Int) {\n    dealSuggestions(dealId: $id, first: $first) {\n      asset {\n        id\n        title\n      }\n      score\n      reasons\n      breakdown {\n        industry\n        product\n        phase\n        buyerRole\n        winInfluence\n        reuse\n        freshness\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionDealSuggestions($id: ID!, $first: Int) {\n    dealSuggestions(dealId: $id, first: $first) {\n      asset {\n        id\n        title\n      }\n      score\n      reasons\n      breakdown {\n        industry\n        product\n        phase\n        buyerRole\n        winInfluence\n        reuse\n        freshness\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionAssetsForDeal($id: ID!, $first: Int) {\n    suggestionsForDeal(dealId: $id, first: $first) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SuggestionAssetsForDeal($id: ID!, $first: Int) {\n    suggestionsForDeal(dealId: $id, first: $first) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionDeals($f: DealFilter) {\n    deals(filter: $f) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionDeals($f: DealFilter) {\n    deals(filter: $f) {\n      edges {\n        node {\n          id\n          externalId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplatePersonalize($input: PersonalizeTemplateInput!) {\n    personalizeTemplate(input: $input) {\n      id\n      title\n      body\n      status\n      visibility\n      version\n      isTemplate\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TemplatePersonalize($input: PersonalizeTemplateInput!) {\n    personalizeTemplate(input: $input) {\n      id\n      title\n      body\n      status\n      visibility\n      version\n      isTemplate\n      derivedFrom {\n        id\n      }\n      authors {\n        role\n        share\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateCopy($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      templateChange {\n        fromVersion\n        toVersion\n        diff {\n          lines\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TemplateCopy($id: ID!) {\n    asset(id: $id) {\n      id\n      version\n      templateChange {\n        fromVersion\n        toVersion\n        diff {\n          lines\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TemplateEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TemplateEdit($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      publishedAt\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      daysOverdue\n      archiveProposed\n      openDealCount\n      verifier {\n        id\n      }\n      verifiedBy {\n        id\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      publishedAt\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      daysOverdue\n      archiveProposed\n      openDealCount\n      verifier {\n        id\n      }\n      verifiedBy {\n        id\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationVerify($id: ID!) {\n    verifyAsset(id: $id) {\n      id\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      verifiedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationVerify($id: ID!) {\n    verifyAsset(id: $id) {\n      id\n      verifiedAt\n      reviewDueAt\n      outOfDate\n      verifiedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationSetVerifier($assetId: ID!, $userId: ID!) {\n    setAssetVerifier(assetId: $assetId, userId: $userId) {\n      id\n      verifier {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationSetVerifier($assetId: ID!, $userId: ID!) {\n    setAssetVerifier(assetId: $assetId, userId: $userId) {\n      id\n      verifier {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationIntervals {\n    reviewIntervals {\n      kind\n      days\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query VerificationIntervals {\n    reviewIntervals {\n      kind\n      days\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationSetInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      kind\n      days\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationSetInterval($input: SetReviewIntervalInput!) {\n    setReviewInterval(input: $input) {\n      kind\n      days\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationQueue {\n    reviewQueue {\n      id\n      title\n      daysOverdue\n      openDealCount\n      archiveProposed\n      verifier {\n        id\n      }\n      stats {\n        reuseCount\n      }\n      viewerCan {\n        archive\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationQueue {\n    reviewQueue {\n      id\n      title\n      daysOverdue\n      openDealCount\n      archiveProposed\n      verifier {\n        id\n      }\n      stats {\n        reuseCount\n      }\n      viewerCan {\n        archive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationArchive($id: ID!) {\n    archiveAsset(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 10) {\n      asset {\n        id\n        outOfDate\n      }\n      score\n      reasons\n      breakdown {\n        freshness\n        outOfDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 10) {\n      asset {\n        id\n        outOfDate\n      }\n      score\n      reasons\n      breakdown {\n        freshness\n        outOfDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationNotifications {\n    notifications(first: 100) {\n      kind\n      text\n      path\n    }\n  }\n"): (typeof documents)["\n  query VerificationNotifications {\n    notifications(first: 100) {\n      kind\n      text\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VerificationNotificationAdded {\n    notificationAdded {\n      kind\n      path\n    }\n  }\n"): (typeof documents)["\n  subscription VerificationNotificationAdded {\n    notificationAdded {\n      kind\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanRoleWide {\n    viewer {\n      viewerCan {\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n        reviewAttributions\n        readKnowledgeFlow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanRoleWide {\n    viewer {\n      viewerCan {\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n        reviewAttributions\n        readKnowledgeFlow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanReadCredit($id: ID!) {\n    user(id: $id) {\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanReadCredit($id: ID!) {\n    user(id: $id) {\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanCreditHistory($id: ID!) {\n    creditHistory(userId: $id) {\n      value\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanCreditHistory($id: ID!) {\n    creditHistory(userId: $id) {\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanReadReport {\n    teams {\n      id\n      viewerCan {\n        readReport\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanReadReport {\n    teams {\n      id\n      viewerCan {\n        readReport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanAuthorshipReport($t: ID, $p: PeriodInput!) {\n    authorshipReport(teamId: $t, period: $p) {\n      credit\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanAuthorshipReport($t: ID, $p: PeriodInput!) {\n    authorshipReport(teamId: $t, period: $p) {\n      credit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanEndorse($id: ID!) {\n    asset(id: $id) {\n      viewerCan {\n        endorse\n      }\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanEndorse($id: ID!) {\n    asset(id: $id) {\n      viewerCan {\n        endorse\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCanAttributionReviews {\n    attributionReviews(first: 1) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ViewerCanAttributionReviews {\n    attributionReviews(first: 1) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerCanEndorseOwn($a: ID!) {\n    endorseAsset(assetId: $a, kind: HELPFUL) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerCanEndorseOwn($a: ID!) {\n    endorseAsset(assetId: $a, kind: HELPFUL) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinLossAnalysisCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WinLossAnalysisCreate($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinLossAnalysisUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WinLossAnalysisUpdate($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinLossAnalysisDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WinLossAnalysisDerive($from: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $from, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossAnalysisOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      winLoss {\n        outcome\n        reasons\n        competitor\n        buyerRolesInvolved\n        lessonsLearned\n        deal {\n          id\n          externalId\n          outcome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WinLossAnalysisOfAsset($id: ID!) {\n    asset(id: $id) {\n      id\n      winLoss {\n        outcome\n        reasons\n        competitor\n        buyerRolesInvolved\n        lessonsLearned\n        deal {\n          id\n          externalId\n          outcome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossAnalysisDealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query WinLossAnalysisDealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossAnalysisReasons($all: Boolean) {\n    winLossReasons(includeArchived: $all) {\n      id\n      label\n      sortOrder\n      archived\n    }\n  }\n"): (typeof documents)["\n  query WinLossAnalysisReasons($all: Boolean) {\n    winLossReasons(includeArchived: $all) {\n      id\n      label\n      sortOrder\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinLossAnalysisAddReason($label: String!) {\n    addWinLossReason(label: $label) {\n      id\n      label\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation WinLossAnalysisAddReason($label: String!) {\n    addWinLossReason(label: $label) {\n      id\n      label\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinLossAnalysisArchiveReason($id: ID!) {\n    archiveWinLossReason(id: $id) {\n      id\n      label\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation WinLossAnalysisArchiveReason($id: ID!) {\n    archiveWinLossReason(id: $id) {\n      id\n      label\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinLossAnalysisReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WinLossAnalysisReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossAnalysisTopLossReasons($f: DealFilter, $first: Int) {\n    topLossReasons(filter: $f, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n"): (typeof documents)["\n  query WinLossAnalysisTopLossReasons($f: DealFilter, $first: Int) {\n    topLossReasons(filter: $f, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossAnalysisContentInfluence($f: DealFilter, $min: Int, $first: Int) {\n    contentInfluence(filter: $f, minClosedDeals: $min, first: $first) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      winRateInterval {\n        low\n        high\n      }\n      enoughData\n    }\n  }\n"): (typeof documents)["\n  query WinLossAnalysisContentInfluence($f: DealFilter, $min: Int, $first: Int) {\n    contentInfluence(filter: $f, minClosedDeals: $min, first: $first) {\n      asset {\n        id\n      }\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      winRateInterval {\n        low\n        high\n      }\n      enoughData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossAnalysisDealSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 5) {\n      asset {\n        id\n      }\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query WinLossAnalysisDealSuggestions($id: ID!) {\n    dealSuggestions(dealId: $id, first: 5) {\n      asset {\n        id\n      }\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossTeams {\n    teams {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query WinLossTeams {\n    teams {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossUsers($s: String) {\n    users(search: $s, first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WinLossUsers($s: String) {\n    users(search: $s, first: 10) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossRows($g: WinLossDimension!, $f: DealFilter) {\n    winLoss(groupBy: $g, filter: $f) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n"): (typeof documents)["\n  query WinLossRows($g: WinLossDimension!, $f: DealFilter) {\n    winLoss(groupBy: $g, filter: $f) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossDealsPage($f: DealFilter, $after: String) {\n    deals(filter: $f, first: 3, after: $after) {\n      totalCount\n      edges {\n        node {\n          externalId\n          industry\n          owner {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WinLossDealsPage($f: DealFilter, $after: String) {\n    deals(filter: $f, first: 3, after: $after) {\n      totalCount\n      edges {\n        node {\n          externalId\n          industry\n          owner {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossOpenDeals($f: DealFilter) {\n    deals(filter: $f, outcome: OPEN) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WinLossOpenDeals($f: DealFilter) {\n    deals(filter: $f, outcome: OPEN) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossByTeam {\n    winLoss(groupBy: TEAM) {\n      key\n    }\n  }\n"): (typeof documents)["\n  query WinLossByTeam {\n    winLoss(groupBy: TEAM) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossDealsCount {\n    deals {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WinLossDealsCount {\n    deals {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossOfUnknownTeam {\n    winLoss(groupBy: TEAM, filter: { teamId: \"nope\" }) {\n      key\n    }\n  }\n"): (typeof documents)["\n  query WinLossOfUnknownTeam {\n    winLoss(groupBy: TEAM, filter: { teamId: \"nope\" }) {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossDealsAfterGarbage {\n    deals(after: \"garbage\") {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query WinLossDealsAfterGarbage {\n    deals(after: \"garbage\") {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WinLossDealOfBadId {\n    deal(id: \"not-a-uuid\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  query WinLossDealOfBadId {\n    deal(id: \"not-a-uuid\") {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;