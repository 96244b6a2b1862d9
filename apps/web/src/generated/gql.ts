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
  '\n  mutation ArchiveAsset($id: ID!) {\n    archiveAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n': typeof types.ArchiveAssetDocument;
  '\n  query AssetDetail($id: ID!) {\n    asset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n': typeof types.AssetDetailDocument;
  '\n  fragment AssetCardFields on Asset {\n    id\n    kind\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    createdAt\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    team {\n      id\n      name\n    }\n    derivedFrom {\n      id\n      title\n    }\n    authors {\n      role\n      share\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AssetCardFieldsFragmentDoc;
  '\n  fragment AssetDetailFields on Asset {\n    ...AssetCardFields\n    ...AssetEndorsements\n    body\n    version\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n      setAuthors\n      adapt\n      endorse\n    }\n    ancestry {\n      id\n      title\n      kind\n    }\n    derivedAssets {\n      ...AssetCardFields\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    versions {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n': typeof types.AssetDetailFieldsFragmentDoc;
  '\n  query AssetVersion($assetId: ID!, $version: Int!) {\n    assetVersion(assetId: $assetId, version: $version) {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n      kind\n      title\n      summary\n      body\n      visibility\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.AssetVersionDocument;
  '\n  mutation CreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...AssetDetailFields\n    }\n  }\n': typeof types.CreateAssetDocument;
  '\n  mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n': typeof types.DeriveAssetDocument;
  '\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n': typeof types.FeedDocument;
  '\n  query LibraryAssets(\n    $search: String\n    $filter: AssetFilter\n    $sort: AssetSort\n    $first: Int\n    $after: String\n    $withFacets: Boolean!\n  ) {\n    assets(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        kinds {\n          value\n          label\n          count\n        }\n        industries {\n          value\n          label\n          count\n        }\n        buyerRoles {\n          value\n          label\n          count\n        }\n        journeyPhases {\n          value\n          label\n          count\n        }\n        products {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n': typeof types.LibraryAssetsDocument;
  '\n  mutation PublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n': typeof types.PublishAssetDocument;
  '\n  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n': typeof types.UpdateAssetDocument;
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadPath\n    uploadedBy {\n      id\n      name\n    }\n  }\n': typeof types.AttachmentFieldsFragmentDoc;
  '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n': typeof types.DeleteAttachmentDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  query AuthorCandidates($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          status\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuthorCandidatesDocument;
  '\n  mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      ...AssetDetailFields\n    }\n  }\n': typeof types.SetAuthorsDocument;
  '\n  query CreditHistory($userId: ID!) {\n    creditHistory(userId: $userId) {\n      periodStart\n      value\n    }\n  }\n': typeof types.CreditHistoryDocument;
  '\n  query CreditPerson($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreditPersonDocument;
  '\n  query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n    leaderboard(period: $period, metric: CREDIT, first: 100) {\n      size\n      viewerEntry {\n        rank\n        value\n      }\n      entries @include(if: $withEntries) {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n': typeof types.CreditStandingDocument;
  '\n  fragment CreditEntryFields on CreditEntry {\n    id\n    points\n    reason\n    explanation\n    rule\n    generation\n    policyVersion\n    occurredAt\n    bookedAt\n    capped {\n      cap\n      grossPoints\n    }\n    asset {\n      id\n      title\n    }\n    actor {\n      id\n      name\n    }\n  }\n': typeof types.CreditEntryFieldsFragmentDoc;
  '\n  query CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n      sum\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CreditEntryFields\n        }\n      }\n    }\n  }\n': typeof types.CreditStatementDocument;
  '\n  fragment PeriodFields on Period {\n    kind\n    label\n    from\n    to\n    closed\n  }\n': typeof types.PeriodFieldsFragmentDoc;
  '\n  query ResolvePeriod($period: PeriodInput!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n  }\n': typeof types.ResolvePeriodDocument;
  '\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ScoringPolicyHistoryDocument;
  '\n  query ScoringPolicy {\n    scoringPolicy\n  }\n': typeof types.ScoringPolicyDocument;
  '\n  mutation UpdateScoringPolicy($policy: String!) {\n    updateScoringPolicy(policy: $policy)\n  }\n': typeof types.UpdateScoringPolicyDocument;
  '\n  fragment ImportResultFields on ImportResult {\n    rows\n    created\n    updated\n    unchanged\n    skipped\n    errors {\n      row\n      message\n    }\n  }\n': typeof types.ImportResultFieldsFragmentDoc;
  '\n  query DealAuditTrail($id: ID!) {\n    deal(id: $id) {\n      id\n      auditTrail {\n        id\n        field\n        before\n        after\n        source\n        changedAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.DealAuditTrailDocument;
  '\n  fragment DealRowFields on Deal {\n    id\n    externalId\n    name\n    accountName\n    industry\n    product\n    amount\n    outcome\n    stage\n    closedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n': typeof types.DealRowFieldsFragmentDoc;
  '\n  fragment DealDetailFields on Deal {\n    ...DealRowFields\n    competitor\n    engagedAt\n  }\n': typeof types.DealDetailFieldsFragmentDoc;
  '\n  query DealFilterOptions {\n    teams {\n      id\n      name\n    }\n    industries: winLoss(groupBy: INDUSTRY) {\n      key\n    }\n    products: winLoss(groupBy: PRODUCT) {\n      key\n    }\n    owners: winLoss(groupBy: OWNER) {\n      key\n      groupId\n    }\n  }\n': typeof types.DealFilterOptionsDocument;
  '\n  query DealReviewFlags {\n    dealReviewFlags(first: 50) {\n      deal {\n        id\n        externalId\n        name\n        outcome\n      }\n      outcomeChanges\n      reopenings\n      reasons\n      lastChangeAt\n    }\n  }\n': typeof types.DealReviewFlagsDocument;
  '\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n': typeof types.DealDocument;
  '\n  query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n    deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealRowFields\n        }\n      }\n    }\n  }\n': typeof types.DealsDocument;
  '\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      ...EndorsementFields\n      asset {\n        ...AssetEndorsements\n      }\n    }\n  }\n': typeof types.EndorseAssetDocument;
  '\n  fragment EndorsementFields on Endorsement {\n    id\n    kind\n    comment\n    createdAt\n    pointsAwarded\n    endorser {\n      id\n      name\n    }\n  }\n': typeof types.EndorsementFieldsFragmentDoc;
  '\n  fragment AssetEndorsements on Asset {\n    id\n    endorsements {\n      ...EndorsementFields\n    }\n    ...ReuseAssetStats\n  }\n': typeof types.AssetEndorsementsFragmentDoc;
  '\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n': typeof types.WithdrawEndorsementDocument;
  '\n  query AssetEndorsementsRefresh($assetId: ID!) {\n    asset(id: $assetId) {\n      ...AssetEndorsements\n    }\n  }\n': typeof types.AssetEndorsementsRefreshDocument;
  '\n  mutation Follow($kind: FollowKind!, $target: String!) {\n    follow(kind: $kind, target: $target) {\n      kind\n      target\n    }\n  }\n': typeof types.FollowDocument;
  '\n  query Following {\n    following {\n      kind\n      target\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.FollowingDocument;
  '\n  mutation Unfollow($kind: FollowKind!, $target: String!) {\n    unfollow(kind: $kind, target: $target)\n  }\n': typeof types.UnfollowDocument;
  '\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    value\n    user {\n      id\n      name\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n': typeof types.LeaderboardEntryFieldsFragmentDoc;
  '\n  query Leaderboard(\n    $period: PeriodInput!\n    $metric: LeaderboardMetric!\n    $teamId: ID\n    $first: Int!\n    $includeInactive: Boolean\n  ) {\n    leaderboard(period: $period, metric: $metric, teamId: $teamId, first: $first, includeInactive: $includeInactive) {\n      metric\n      size\n      period {\n        ...PeriodFields\n      }\n      entries {\n        ...LeaderboardEntryFields\n      }\n      viewerEntry {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n': typeof types.LeaderboardDocument;
  '\n  subscription CreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      actorId\n    }\n  }\n': typeof types.CreditReceivedDocument;
  '\n  query CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n    user(id: $actorId) {\n      id\n      name\n    }\n    asset(id: $assetId) @include(if: $withAsset) {\n      id\n      title\n    }\n  }\n': typeof types.CreditNoticeContextDocument;
  '\n  fragment AuthorshipReportFields on AuthorshipReport {\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n': typeof types.AuthorshipReportFieldsFragmentDoc;
  '\n  query PersonReport($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      user {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n      ...AuthorshipReportFields\n      csv\n    }\n  }\n': typeof types.PersonReportDocument;
  '\n  query TeamReport($teamId: ID!, $period: PeriodInput!) {\n    authorshipReport(teamId: $teamId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      team {\n        id\n        name\n      }\n      ...AuthorshipReportFields\n      csv\n      members {\n        user {\n          id\n          name\n          title\n          status\n        }\n        ...AuthorshipReportFields\n      }\n    }\n  }\n': typeof types.TeamReportDocument;
  '\n  query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      rank\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n    }\n  }\n': typeof types.PersonEngagementDocument;
  '\n  fragment ReuseAssetStats on Asset {\n    id\n    stats {\n      reuseCount\n      uniqueReusers\n      teamsReached\n      viewCount\n      endorsementCount\n      creditGenerated\n    }\n  }\n': typeof types.ReuseAssetStatsFragmentDoc;
  '\n  query OpenDeals($ownerId: ID!) {\n    deals(first: 50, outcome: OPEN, filter: { ownerId: $ownerId }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          accountName\n          product\n          amount\n        }\n      }\n    }\n  }\n': typeof types.OpenDealsDocument;
  '\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      occurredAt\n      pointsAwarded\n      explanation\n      asset {\n        ...ReuseAssetStats\n      }\n    }\n  }\n': typeof types.RecordReuseDocument;
  '\n  query ReuseTarget($assetId: ID!) {\n    viewer {\n      id\n    }\n    asset(id: $assetId) {\n      id\n      title\n      body\n    }\n  }\n': typeof types.ReuseTargetDocument;
  '\n  query ReviewFlags($period: PeriodInput!) {\n    creditRings(period: $period) {\n      users {\n        id\n        name\n      }\n      mutualPoints\n      share\n    }\n    creditSpikes(period: $period) {\n      user {\n        id\n        name\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        occurredAt\n        points\n        actor {\n          id\n          name\n        }\n        asset {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.ReviewFlagsDocument;
  '\n  query DealSuggestions($dealId: ID!, $first: Int) {\n    dealSuggestions(dealId: $dealId, first: $first) {\n      score\n      reasons\n      asset {\n        id\n        kind\n        title\n        summary\n        publishedAt\n        authors {\n          role\n          share\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.DealSuggestionsDocument;
  '\n  mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n    addTaxonomyTerm(kind: $kind, value: $value) {\n      kind\n      value\n      assetCount\n    }\n  }\n': typeof types.AddTaxonomyTermDocument;
  '\n  query TagSuggestions($search: String) {\n    tagSuggestions(search: $search) {\n      value\n      assetCount\n    }\n  }\n': typeof types.TagSuggestionsDocument;
  '\n  query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n    taxonomy(kind: $kind, search: $search) {\n      kind\n      value\n      assetCount\n    }\n  }\n': typeof types.TaxonomyTermsDocument;
  '\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreateTeamDocument;
  '\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SetTeamManagersDocument;
  '\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      viewerCan {\n        readReport\n      }\n      managers {\n        id\n        name\n      }\n    }\n  }\n': typeof types.TeamsDocument;
  '\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n': typeof types.SetUserStatusDocument;
  '\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n': typeof types.UserOptionsDocument;
  '\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n    contentInfluence(filter: $filter, minClosedDeals: $minClosedDeals, first: $first) {\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      enoughData\n      winRateInterval {\n        low\n        high\n      }\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n': typeof types.ContentInfluenceDocument;
  '\n  fragment AnalysisFields on Asset {\n    id\n    title\n    summary\n    status\n    publishedAt\n    createdAt\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n    winLoss {\n      outcome\n      reasons\n      competitor\n      buyerRolesInvolved\n      lessonsLearned\n      updatedAt\n    }\n  }\n': typeof types.AnalysisFieldsFragmentDoc;
  '\n  query DealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        ...AnalysisFields\n      }\n    }\n  }\n': typeof types.DealAnalysesDocument;
  '\n  query TopLossReasons($filter: DealFilter, $first: Int) {\n    topLossReasons(filter: $filter, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n': typeof types.TopLossReasonsDocument;
  '\n  query WinLossReasons {\n    winLossReasons {\n      id\n      label\n    }\n  }\n': typeof types.WinLossReasonsDocument;
  '\n  query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n    winLoss(groupBy: $groupBy, filter: $filter) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n': typeof types.WinLossDocument;
};
const documents: Documents = {
  '\n  mutation ArchiveAsset($id: ID!) {\n    archiveAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n':
    types.ArchiveAssetDocument,
  '\n  query AssetDetail($id: ID!) {\n    asset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n':
    types.AssetDetailDocument,
  '\n  fragment AssetCardFields on Asset {\n    id\n    kind\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    createdAt\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    team {\n      id\n      name\n    }\n    derivedFrom {\n      id\n      title\n    }\n    authors {\n      role\n      share\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AssetCardFieldsFragmentDoc,
  '\n  fragment AssetDetailFields on Asset {\n    ...AssetCardFields\n    ...AssetEndorsements\n    body\n    version\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n      setAuthors\n      adapt\n      endorse\n    }\n    ancestry {\n      id\n      title\n      kind\n    }\n    derivedAssets {\n      ...AssetCardFields\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    versions {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n':
    types.AssetDetailFieldsFragmentDoc,
  '\n  query AssetVersion($assetId: ID!, $version: Int!) {\n    assetVersion(assetId: $assetId, version: $version) {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n      kind\n      title\n      summary\n      body\n      visibility\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.AssetVersionDocument,
  '\n  mutation CreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...AssetDetailFields\n    }\n  }\n':
    types.CreateAssetDocument,
  '\n  mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n':
    types.DeriveAssetDocument,
  '\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n':
    types.FeedDocument,
  '\n  query LibraryAssets(\n    $search: String\n    $filter: AssetFilter\n    $sort: AssetSort\n    $first: Int\n    $after: String\n    $withFacets: Boolean!\n  ) {\n    assets(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        kinds {\n          value\n          label\n          count\n        }\n        industries {\n          value\n          label\n          count\n        }\n        buyerRoles {\n          value\n          label\n          count\n        }\n        journeyPhases {\n          value\n          label\n          count\n        }\n        products {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n':
    types.LibraryAssetsDocument,
  '\n  mutation PublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n':
    types.PublishAssetDocument,
  '\n  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n':
    types.UpdateAssetDocument,
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadPath\n    uploadedBy {\n      id\n      name\n    }\n  }\n':
    types.AttachmentFieldsFragmentDoc,
  '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n': types.DeleteAttachmentDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  query AuthorCandidates($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          status\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AuthorCandidatesDocument,
  '\n  mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      ...AssetDetailFields\n    }\n  }\n':
    types.SetAuthorsDocument,
  '\n  query CreditHistory($userId: ID!) {\n    creditHistory(userId: $userId) {\n      periodStart\n      value\n    }\n  }\n':
    types.CreditHistoryDocument,
  '\n  query CreditPerson($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreditPersonDocument,
  '\n  query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n    leaderboard(period: $period, metric: CREDIT, first: 100) {\n      size\n      viewerEntry {\n        rank\n        value\n      }\n      entries @include(if: $withEntries) {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n':
    types.CreditStandingDocument,
  '\n  fragment CreditEntryFields on CreditEntry {\n    id\n    points\n    reason\n    explanation\n    rule\n    generation\n    policyVersion\n    occurredAt\n    bookedAt\n    capped {\n      cap\n      grossPoints\n    }\n    asset {\n      id\n      title\n    }\n    actor {\n      id\n      name\n    }\n  }\n':
    types.CreditEntryFieldsFragmentDoc,
  '\n  query CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n      sum\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CreditEntryFields\n        }\n      }\n    }\n  }\n':
    types.CreditStatementDocument,
  '\n  fragment PeriodFields on Period {\n    kind\n    label\n    from\n    to\n    closed\n  }\n':
    types.PeriodFieldsFragmentDoc,
  '\n  query ResolvePeriod($period: PeriodInput!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n  }\n':
    types.ResolvePeriodDocument,
  '\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n':
    types.ScoringPolicyHistoryDocument,
  '\n  query ScoringPolicy {\n    scoringPolicy\n  }\n': types.ScoringPolicyDocument,
  '\n  mutation UpdateScoringPolicy($policy: String!) {\n    updateScoringPolicy(policy: $policy)\n  }\n':
    types.UpdateScoringPolicyDocument,
  '\n  fragment ImportResultFields on ImportResult {\n    rows\n    created\n    updated\n    unchanged\n    skipped\n    errors {\n      row\n      message\n    }\n  }\n':
    types.ImportResultFieldsFragmentDoc,
  '\n  query DealAuditTrail($id: ID!) {\n    deal(id: $id) {\n      id\n      auditTrail {\n        id\n        field\n        before\n        after\n        source\n        changedAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.DealAuditTrailDocument,
  '\n  fragment DealRowFields on Deal {\n    id\n    externalId\n    name\n    accountName\n    industry\n    product\n    amount\n    outcome\n    stage\n    closedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n':
    types.DealRowFieldsFragmentDoc,
  '\n  fragment DealDetailFields on Deal {\n    ...DealRowFields\n    competitor\n    engagedAt\n  }\n':
    types.DealDetailFieldsFragmentDoc,
  '\n  query DealFilterOptions {\n    teams {\n      id\n      name\n    }\n    industries: winLoss(groupBy: INDUSTRY) {\n      key\n    }\n    products: winLoss(groupBy: PRODUCT) {\n      key\n    }\n    owners: winLoss(groupBy: OWNER) {\n      key\n      groupId\n    }\n  }\n':
    types.DealFilterOptionsDocument,
  '\n  query DealReviewFlags {\n    dealReviewFlags(first: 50) {\n      deal {\n        id\n        externalId\n        name\n        outcome\n      }\n      outcomeChanges\n      reopenings\n      reasons\n      lastChangeAt\n    }\n  }\n':
    types.DealReviewFlagsDocument,
  '\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n': types.DealDocument,
  '\n  query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n    deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealRowFields\n        }\n      }\n    }\n  }\n':
    types.DealsDocument,
  '\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      ...EndorsementFields\n      asset {\n        ...AssetEndorsements\n      }\n    }\n  }\n':
    types.EndorseAssetDocument,
  '\n  fragment EndorsementFields on Endorsement {\n    id\n    kind\n    comment\n    createdAt\n    pointsAwarded\n    endorser {\n      id\n      name\n    }\n  }\n':
    types.EndorsementFieldsFragmentDoc,
  '\n  fragment AssetEndorsements on Asset {\n    id\n    endorsements {\n      ...EndorsementFields\n    }\n    ...ReuseAssetStats\n  }\n':
    types.AssetEndorsementsFragmentDoc,
  '\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n':
    types.WithdrawEndorsementDocument,
  '\n  query AssetEndorsementsRefresh($assetId: ID!) {\n    asset(id: $assetId) {\n      ...AssetEndorsements\n    }\n  }\n':
    types.AssetEndorsementsRefreshDocument,
  '\n  mutation Follow($kind: FollowKind!, $target: String!) {\n    follow(kind: $kind, target: $target) {\n      kind\n      target\n    }\n  }\n':
    types.FollowDocument,
  '\n  query Following {\n    following {\n      kind\n      target\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.FollowingDocument,
  '\n  mutation Unfollow($kind: FollowKind!, $target: String!) {\n    unfollow(kind: $kind, target: $target)\n  }\n':
    types.UnfollowDocument,
  '\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    value\n    user {\n      id\n      name\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n':
    types.LeaderboardEntryFieldsFragmentDoc,
  '\n  query Leaderboard(\n    $period: PeriodInput!\n    $metric: LeaderboardMetric!\n    $teamId: ID\n    $first: Int!\n    $includeInactive: Boolean\n  ) {\n    leaderboard(period: $period, metric: $metric, teamId: $teamId, first: $first, includeInactive: $includeInactive) {\n      metric\n      size\n      period {\n        ...PeriodFields\n      }\n      entries {\n        ...LeaderboardEntryFields\n      }\n      viewerEntry {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n':
    types.LeaderboardDocument,
  '\n  subscription CreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      actorId\n    }\n  }\n':
    types.CreditReceivedDocument,
  '\n  query CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n    user(id: $actorId) {\n      id\n      name\n    }\n    asset(id: $assetId) @include(if: $withAsset) {\n      id\n      title\n    }\n  }\n':
    types.CreditNoticeContextDocument,
  '\n  fragment AuthorshipReportFields on AuthorshipReport {\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n':
    types.AuthorshipReportFieldsFragmentDoc,
  '\n  query PersonReport($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      user {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n      ...AuthorshipReportFields\n      csv\n    }\n  }\n':
    types.PersonReportDocument,
  '\n  query TeamReport($teamId: ID!, $period: PeriodInput!) {\n    authorshipReport(teamId: $teamId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      team {\n        id\n        name\n      }\n      ...AuthorshipReportFields\n      csv\n      members {\n        user {\n          id\n          name\n          title\n          status\n        }\n        ...AuthorshipReportFields\n      }\n    }\n  }\n':
    types.TeamReportDocument,
  '\n  query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      rank\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n    }\n  }\n':
    types.PersonEngagementDocument,
  '\n  fragment ReuseAssetStats on Asset {\n    id\n    stats {\n      reuseCount\n      uniqueReusers\n      teamsReached\n      viewCount\n      endorsementCount\n      creditGenerated\n    }\n  }\n':
    types.ReuseAssetStatsFragmentDoc,
  '\n  query OpenDeals($ownerId: ID!) {\n    deals(first: 50, outcome: OPEN, filter: { ownerId: $ownerId }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          accountName\n          product\n          amount\n        }\n      }\n    }\n  }\n':
    types.OpenDealsDocument,
  '\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      occurredAt\n      pointsAwarded\n      explanation\n      asset {\n        ...ReuseAssetStats\n      }\n    }\n  }\n':
    types.RecordReuseDocument,
  '\n  query ReuseTarget($assetId: ID!) {\n    viewer {\n      id\n    }\n    asset(id: $assetId) {\n      id\n      title\n      body\n    }\n  }\n':
    types.ReuseTargetDocument,
  '\n  query ReviewFlags($period: PeriodInput!) {\n    creditRings(period: $period) {\n      users {\n        id\n        name\n      }\n      mutualPoints\n      share\n    }\n    creditSpikes(period: $period) {\n      user {\n        id\n        name\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        occurredAt\n        points\n        actor {\n          id\n          name\n        }\n        asset {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.ReviewFlagsDocument,
  '\n  query DealSuggestions($dealId: ID!, $first: Int) {\n    dealSuggestions(dealId: $dealId, first: $first) {\n      score\n      reasons\n      asset {\n        id\n        kind\n        title\n        summary\n        publishedAt\n        authors {\n          role\n          share\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.DealSuggestionsDocument,
  '\n  mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n    addTaxonomyTerm(kind: $kind, value: $value) {\n      kind\n      value\n      assetCount\n    }\n  }\n':
    types.AddTaxonomyTermDocument,
  '\n  query TagSuggestions($search: String) {\n    tagSuggestions(search: $search) {\n      value\n      assetCount\n    }\n  }\n':
    types.TagSuggestionsDocument,
  '\n  query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n    taxonomy(kind: $kind, search: $search) {\n      kind\n      value\n      assetCount\n    }\n  }\n':
    types.TaxonomyTermsDocument,
  '\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreateTeamDocument,
  '\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n':
    types.SetTeamManagersDocument,
  '\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      viewerCan {\n        readReport\n      }\n      managers {\n        id\n        name\n      }\n    }\n  }\n':
    types.TeamsDocument,
  '\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n':
    types.SetUserStatusDocument,
  '\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n':
    types.UserOptionsDocument,
  '\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n    contentInfluence(filter: $filter, minClosedDeals: $minClosedDeals, first: $first) {\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      enoughData\n      winRateInterval {\n        low\n        high\n      }\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n':
    types.ContentInfluenceDocument,
  '\n  fragment AnalysisFields on Asset {\n    id\n    title\n    summary\n    status\n    publishedAt\n    createdAt\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n    winLoss {\n      outcome\n      reasons\n      competitor\n      buyerRolesInvolved\n      lessonsLearned\n      updatedAt\n    }\n  }\n':
    types.AnalysisFieldsFragmentDoc,
  '\n  query DealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        ...AnalysisFields\n      }\n    }\n  }\n':
    types.DealAnalysesDocument,
  '\n  query TopLossReasons($filter: DealFilter, $first: Int) {\n    topLossReasons(filter: $filter, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n':
    types.TopLossReasonsDocument,
  '\n  query WinLossReasons {\n    winLossReasons {\n      id\n      label\n    }\n  }\n': types.WinLossReasonsDocument,
  '\n  query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n    winLoss(groupBy: $groupBy, filter: $filter) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n':
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
  source: '\n  mutation ArchiveAsset($id: ID!) {\n    archiveAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveAsset($id: ID!) {\n    archiveAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssetDetail($id: ID!) {\n    asset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n',
): (typeof documents)['\n  query AssetDetail($id: ID!) {\n    asset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssetCardFields on Asset {\n    id\n    kind\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    createdAt\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    team {\n      id\n      name\n    }\n    derivedFrom {\n      id\n      title\n    }\n    authors {\n      role\n      share\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AssetCardFields on Asset {\n    id\n    kind\n    title\n    summary\n    status\n    visibility\n    publishedAt\n    createdAt\n    industries\n    buyerRoles\n    journeyPhases\n    products\n    tags\n    team {\n      id\n      name\n    }\n    derivedFrom {\n      id\n      title\n    }\n    authors {\n      role\n      share\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssetDetailFields on Asset {\n    ...AssetCardFields\n    ...AssetEndorsements\n    body\n    version\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n      setAuthors\n      adapt\n      endorse\n    }\n    ancestry {\n      id\n      title\n      kind\n    }\n    derivedAssets {\n      ...AssetCardFields\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    versions {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AssetDetailFields on Asset {\n    ...AssetCardFields\n    ...AssetEndorsements\n    body\n    version\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n      setAuthors\n      adapt\n      endorse\n    }\n    ancestry {\n      id\n      title\n      kind\n    }\n    derivedAssets {\n      ...AssetCardFields\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    versions {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssetVersion($assetId: ID!, $version: Int!) {\n    assetVersion(assetId: $assetId, version: $version) {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n      kind\n      title\n      summary\n      body\n      visibility\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssetVersion($assetId: ID!, $version: Int!) {\n    assetVersion(assetId: $assetId, version: $version) {\n      version\n      change\n      createdAt\n      editedBy {\n        id\n        name\n      }\n      kind\n      title\n      summary\n      body\n      visibility\n      industries\n      buyerRoles\n      journeyPhases\n      products\n      tags\n      authors {\n        role\n        share\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...AssetDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAsset($input: CreateAssetInput!) {\n    createAsset(input: $input) {\n      ...AssetDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeriveAsset($fromId: ID!, $input: CreateAssetInput!) {\n    deriveAsset(fromId: $fromId, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LibraryAssets(\n    $search: String\n    $filter: AssetFilter\n    $sort: AssetSort\n    $first: Int\n    $after: String\n    $withFacets: Boolean!\n  ) {\n    assets(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        kinds {\n          value\n          label\n          count\n        }\n        industries {\n          value\n          label\n          count\n        }\n        buyerRoles {\n          value\n          label\n          count\n        }\n        journeyPhases {\n          value\n          label\n          count\n        }\n        products {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LibraryAssets(\n    $search: String\n    $filter: AssetFilter\n    $sort: AssetSort\n    $first: Int\n    $after: String\n    $withFacets: Boolean!\n  ) {\n    assets(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets @include(if: $withFacets) {\n        kinds {\n          value\n          label\n          count\n        }\n        industries {\n          value\n          label\n          count\n        }\n        buyerRoles {\n          value\n          label\n          count\n        }\n        journeyPhases {\n          value\n          label\n          count\n        }\n        products {\n          value\n          label\n          count\n        }\n        tags {\n          value\n          label\n          count\n        }\n        teams {\n          value\n          label\n          count\n        }\n        authors {\n          value\n          label\n          count\n        }\n      }\n      edges {\n        cursor\n        node {\n          ...AssetCardFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishAsset($id: ID!) {\n    publishAsset(id: $id) {\n      ...AssetDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAsset($id: ID!, $input: UpdateAssetInput!) {\n    updateAsset(id: $id, input: $input) {\n      ...AssetDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadPath\n    uploadedBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadPath\n    uploadedBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      title\n      role\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n        administer\n        readEveryTeamReport\n        importAccounts\n        importTeams\n        importDeals\n        addTaxonomyTerms\n        verifyAssets\n        readDealAuditTrails\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthorCandidates($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          status\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuthorCandidates($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          title\n          status\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      ...AssetDetailFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAuthors($assetId: ID!, $authors: [AuthorshipInput!]!) {\n    setAuthors(assetId: $assetId, authors: $authors) {\n      ...AssetDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditHistory($userId: ID!) {\n    creditHistory(userId: $userId) {\n      periodStart\n      value\n    }\n  }\n',
): (typeof documents)['\n  query CreditHistory($userId: ID!) {\n    creditHistory(userId: $userId) {\n      periodStart\n      value\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditPerson($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CreditPerson($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      title\n      status\n      team {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n    leaderboard(period: $period, metric: CREDIT, first: 100) {\n      size\n      viewerEntry {\n        rank\n        value\n      }\n      entries @include(if: $withEntries) {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CreditStanding($period: PeriodInput!, $withEntries: Boolean!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n    leaderboard(period: $period, metric: CREDIT, first: 100) {\n      size\n      viewerEntry {\n        rank\n        value\n      }\n      entries @include(if: $withEntries) {\n        rank\n        value\n        user {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CreditEntryFields on CreditEntry {\n    id\n    points\n    reason\n    explanation\n    rule\n    generation\n    policyVersion\n    occurredAt\n    bookedAt\n    capped {\n      cap\n      grossPoints\n    }\n    asset {\n      id\n      title\n    }\n    actor {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CreditEntryFields on CreditEntry {\n    id\n    points\n    reason\n    explanation\n    rule\n    generation\n    policyVersion\n    occurredAt\n    bookedAt\n    capped {\n      cap\n      grossPoints\n    }\n    asset {\n      id\n      title\n    }\n    actor {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n      sum\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CreditEntryFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CreditStatement($userId: ID!, $period: PeriodInput!, $first: Int, $after: String) {\n    creditEntries(userId: $userId, period: $period, first: $first, after: $after) {\n      sum\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CreditEntryFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PeriodFields on Period {\n    kind\n    label\n    from\n    to\n    closed\n  }\n',
): (typeof documents)['\n  fragment PeriodFields on Period {\n    kind\n    label\n    from\n    to\n    closed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResolvePeriod($period: PeriodInput!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n  }\n',
): (typeof documents)['\n  query ResolvePeriod($period: PeriodInput!) {\n    period(period: $period) {\n      ...PeriodFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ScoringPolicyHistory {\n    scoringPolicyHistory {\n      version\n      policy\n      createdAt\n      createdBy {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScoringPolicy {\n    scoringPolicy\n  }\n',
): (typeof documents)['\n  query ScoringPolicy {\n    scoringPolicy\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateScoringPolicy($policy: String!) {\n    updateScoringPolicy(policy: $policy)\n  }\n',
): (typeof documents)['\n  mutation UpdateScoringPolicy($policy: String!) {\n    updateScoringPolicy(policy: $policy)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportResultFields on ImportResult {\n    rows\n    created\n    updated\n    unchanged\n    skipped\n    errors {\n      row\n      message\n    }\n  }\n',
): (typeof documents)['\n  fragment ImportResultFields on ImportResult {\n    rows\n    created\n    updated\n    unchanged\n    skipped\n    errors {\n      row\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealAuditTrail($id: ID!) {\n    deal(id: $id) {\n      id\n      auditTrail {\n        id\n        field\n        before\n        after\n        source\n        changedAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DealAuditTrail($id: ID!) {\n    deal(id: $id) {\n      id\n      auditTrail {\n        id\n        field\n        before\n        after\n        source\n        changedAt\n        actor {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DealRowFields on Deal {\n    id\n    externalId\n    name\n    accountName\n    industry\n    product\n    amount\n    outcome\n    stage\n    closedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment DealRowFields on Deal {\n    id\n    externalId\n    name\n    accountName\n    industry\n    product\n    amount\n    outcome\n    stage\n    closedAt\n    owner {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DealDetailFields on Deal {\n    ...DealRowFields\n    competitor\n    engagedAt\n  }\n',
): (typeof documents)['\n  fragment DealDetailFields on Deal {\n    ...DealRowFields\n    competitor\n    engagedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealFilterOptions {\n    teams {\n      id\n      name\n    }\n    industries: winLoss(groupBy: INDUSTRY) {\n      key\n    }\n    products: winLoss(groupBy: PRODUCT) {\n      key\n    }\n    owners: winLoss(groupBy: OWNER) {\n      key\n      groupId\n    }\n  }\n',
): (typeof documents)['\n  query DealFilterOptions {\n    teams {\n      id\n      name\n    }\n    industries: winLoss(groupBy: INDUSTRY) {\n      key\n    }\n    products: winLoss(groupBy: PRODUCT) {\n      key\n    }\n    owners: winLoss(groupBy: OWNER) {\n      key\n      groupId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealReviewFlags {\n    dealReviewFlags(first: 50) {\n      deal {\n        id\n        externalId\n        name\n        outcome\n      }\n      outcomeChanges\n      reopenings\n      reasons\n      lastChangeAt\n    }\n  }\n',
): (typeof documents)['\n  query DealReviewFlags {\n    dealReviewFlags(first: 50) {\n      deal {\n        id\n        externalId\n        name\n        outcome\n      }\n      outcomeChanges\n      reopenings\n      reasons\n      lastChangeAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n',
): (typeof documents)['\n  query Deal($id: ID!) {\n    deal(id: $id) {\n      ...DealDetailFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n    deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealRowFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Deals($filter: DealFilter, $outcome: DealOutcome, $first: Int, $after: String) {\n    deals(filter: $filter, outcome: $outcome, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealRowFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      ...EndorsementFields\n      asset {\n        ...AssetEndorsements\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EndorseAsset($assetId: ID!, $kind: EndorsementKind!, $comment: String) {\n    endorseAsset(assetId: $assetId, kind: $kind, comment: $comment) {\n      ...EndorsementFields\n      asset {\n        ...AssetEndorsements\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EndorsementFields on Endorsement {\n    id\n    kind\n    comment\n    createdAt\n    pointsAwarded\n    endorser {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment EndorsementFields on Endorsement {\n    id\n    kind\n    comment\n    createdAt\n    pointsAwarded\n    endorser {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AssetEndorsements on Asset {\n    id\n    endorsements {\n      ...EndorsementFields\n    }\n    ...ReuseAssetStats\n  }\n',
): (typeof documents)['\n  fragment AssetEndorsements on Asset {\n    id\n    endorsements {\n      ...EndorsementFields\n    }\n    ...ReuseAssetStats\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n',
): (typeof documents)['\n  mutation WithdrawEndorsement($id: ID!) {\n    withdrawEndorsement(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssetEndorsementsRefresh($assetId: ID!) {\n    asset(id: $assetId) {\n      ...AssetEndorsements\n    }\n  }\n',
): (typeof documents)['\n  query AssetEndorsementsRefresh($assetId: ID!) {\n    asset(id: $assetId) {\n      ...AssetEndorsements\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Follow($kind: FollowKind!, $target: String!) {\n    follow(kind: $kind, target: $target) {\n      kind\n      target\n    }\n  }\n',
): (typeof documents)['\n  mutation Follow($kind: FollowKind!, $target: String!) {\n    follow(kind: $kind, target: $target) {\n      kind\n      target\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Following {\n    following {\n      kind\n      target\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Following {\n    following {\n      kind\n      target\n      user {\n        id\n        name\n        title\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Unfollow($kind: FollowKind!, $target: String!) {\n    unfollow(kind: $kind, target: $target)\n  }\n',
): (typeof documents)['\n  mutation Unfollow($kind: FollowKind!, $target: String!) {\n    unfollow(kind: $kind, target: $target)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    value\n    user {\n      id\n      name\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment LeaderboardEntryFields on LeaderboardEntry {\n    rank\n    value\n    user {\n      id\n      name\n      status\n      team {\n        id\n        name\n      }\n      viewerCan {\n        readCredit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Leaderboard(\n    $period: PeriodInput!\n    $metric: LeaderboardMetric!\n    $teamId: ID\n    $first: Int!\n    $includeInactive: Boolean\n  ) {\n    leaderboard(period: $period, metric: $metric, teamId: $teamId, first: $first, includeInactive: $includeInactive) {\n      metric\n      size\n      period {\n        ...PeriodFields\n      }\n      entries {\n        ...LeaderboardEntryFields\n      }\n      viewerEntry {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Leaderboard(\n    $period: PeriodInput!\n    $metric: LeaderboardMetric!\n    $teamId: ID\n    $first: Int!\n    $includeInactive: Boolean\n  ) {\n    leaderboard(period: $period, metric: $metric, teamId: $teamId, first: $first, includeInactive: $includeInactive) {\n      metric\n      size\n      period {\n        ...PeriodFields\n      }\n      entries {\n        ...LeaderboardEntryFields\n      }\n      viewerEntry {\n        ...LeaderboardEntryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      actorId\n    }\n  }\n',
): (typeof documents)['\n  subscription CreditReceived {\n    creditReceived {\n      points\n      reason\n      assetId\n      actorId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n    user(id: $actorId) {\n      id\n      name\n    }\n    asset(id: $assetId) @include(if: $withAsset) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  query CreditNoticeContext($actorId: ID!, $assetId: ID!, $withAsset: Boolean!) {\n    user(id: $actorId) {\n      id\n      name\n    }\n    asset(id: $assetId) @include(if: $withAsset) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuthorshipReportFields on AuthorshipReport {\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n',
): (typeof documents)['\n  fragment AuthorshipReportFields on AuthorshipReport {\n    credit\n    rank\n    assetsAuthored\n    reusesReceived {\n      kind\n      count\n    }\n    uniqueReusers\n    teamsReached\n    endorsementsReceived {\n      kind\n      count\n    }\n    derivedAssets\n    wonDealsInfluenced\n    wonAmountInfluenced\n    engagement {\n      sharing\n      participating\n      contributing\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonReport($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      user {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n      ...AuthorshipReportFields\n      csv\n    }\n  }\n',
): (typeof documents)['\n  query PersonReport($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      user {\n        id\n        name\n        title\n        status\n        team {\n          id\n          name\n        }\n      }\n      ...AuthorshipReportFields\n      csv\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamReport($teamId: ID!, $period: PeriodInput!) {\n    authorshipReport(teamId: $teamId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      team {\n        id\n        name\n      }\n      ...AuthorshipReportFields\n      csv\n      members {\n        user {\n          id\n          name\n          title\n          status\n        }\n        ...AuthorshipReportFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamReport($teamId: ID!, $period: PeriodInput!) {\n    authorshipReport(teamId: $teamId, period: $period) {\n      period {\n        ...PeriodFields\n      }\n      team {\n        id\n        name\n      }\n      ...AuthorshipReportFields\n      csv\n      members {\n        user {\n          id\n          name\n          title\n          status\n        }\n        ...AuthorshipReportFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      rank\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonEngagement($userId: ID!, $period: PeriodInput!) {\n    authorshipReport(userId: $userId, period: $period) {\n      rank\n      engagement {\n        sharing\n        participating\n        contributing\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReuseAssetStats on Asset {\n    id\n    stats {\n      reuseCount\n      uniqueReusers\n      teamsReached\n      viewCount\n      endorsementCount\n      creditGenerated\n    }\n  }\n',
): (typeof documents)['\n  fragment ReuseAssetStats on Asset {\n    id\n    stats {\n      reuseCount\n      uniqueReusers\n      teamsReached\n      viewCount\n      endorsementCount\n      creditGenerated\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OpenDeals($ownerId: ID!) {\n    deals(first: 50, outcome: OPEN, filter: { ownerId: $ownerId }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          accountName\n          product\n          amount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OpenDeals($ownerId: ID!) {\n    deals(first: 50, outcome: OPEN, filter: { ownerId: $ownerId }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          accountName\n          product\n          amount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      occurredAt\n      pointsAwarded\n      explanation\n      asset {\n        ...ReuseAssetStats\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordReuse($input: RecordReuseInput!) {\n    recordReuse(input: $input) {\n      id\n      kind\n      occurredAt\n      pointsAwarded\n      explanation\n      asset {\n        ...ReuseAssetStats\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReuseTarget($assetId: ID!) {\n    viewer {\n      id\n    }\n    asset(id: $assetId) {\n      id\n      title\n      body\n    }\n  }\n',
): (typeof documents)['\n  query ReuseTarget($assetId: ID!) {\n    viewer {\n      id\n    }\n    asset(id: $assetId) {\n      id\n      title\n      body\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewFlags($period: PeriodInput!) {\n    creditRings(period: $period) {\n      users {\n        id\n        name\n      }\n      mutualPoints\n      share\n    }\n    creditSpikes(period: $period) {\n      user {\n        id\n        name\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        occurredAt\n        points\n        actor {\n          id\n          name\n        }\n        asset {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReviewFlags($period: PeriodInput!) {\n    creditRings(period: $period) {\n      users {\n        id\n        name\n      }\n      mutualPoints\n      share\n    }\n    creditSpikes(period: $period) {\n      user {\n        id\n        name\n      }\n      day\n      points\n      medianPoints\n      events {\n        eventId\n        kind\n        occurredAt\n        points\n        actor {\n          id\n          name\n        }\n        asset {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealSuggestions($dealId: ID!, $first: Int) {\n    dealSuggestions(dealId: $dealId, first: $first) {\n      score\n      reasons\n      asset {\n        id\n        kind\n        title\n        summary\n        publishedAt\n        authors {\n          role\n          share\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DealSuggestions($dealId: ID!, $first: Int) {\n    dealSuggestions(dealId: $dealId, first: $first) {\n      score\n      reasons\n      asset {\n        id\n        kind\n        title\n        summary\n        publishedAt\n        authors {\n          role\n          share\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n    addTaxonomyTerm(kind: $kind, value: $value) {\n      kind\n      value\n      assetCount\n    }\n  }\n',
): (typeof documents)['\n  mutation AddTaxonomyTerm($kind: TaxonomyKind!, $value: String!) {\n    addTaxonomyTerm(kind: $kind, value: $value) {\n      kind\n      value\n      assetCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TagSuggestions($search: String) {\n    tagSuggestions(search: $search) {\n      value\n      assetCount\n    }\n  }\n',
): (typeof documents)['\n  query TagSuggestions($search: String) {\n    tagSuggestions(search: $search) {\n      value\n      assetCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n    taxonomy(kind: $kind, search: $search) {\n      kind\n      value\n      assetCount\n    }\n  }\n',
): (typeof documents)['\n  query TaxonomyTerms($kind: TaxonomyKind!, $search: String) {\n    taxonomy(kind: $kind, search: $search) {\n      kind\n      value\n      assetCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTeam($name: String!, $managerIds: [ID!]) {\n    createTeam(name: $name, managerIds: $managerIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTeamManagers($teamId: ID!, $userIds: [ID!]!) {\n    setTeamManagers(teamId: $teamId, userIds: $userIds) {\n      id\n      name\n      memberCount\n      managers {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      viewerCan {\n        readReport\n      }\n      managers {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Teams {\n    teams {\n      id\n      name\n      memberCount\n      viewerCan {\n        readReport\n      }\n      managers {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!, $teamId: ID, $title: String) {\n    createUser(email: $email, name: $name, password: $password, role: $role, teamId: $teamId, title: $title) {\n      id\n      name\n      email\n      title\n      role\n      status\n      canLogIn\n      team {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserStatus($userId: ID!, $status: UserStatus!) {\n    setUserStatus(userId: $userId, status: $status) {\n      id\n      status\n      canLogIn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UserOptions($search: String, $first: Int) {\n    users(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          title\n          role\n          status\n          canLogIn\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n    contentInfluence(filter: $filter, minClosedDeals: $minClosedDeals, first: $first) {\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      enoughData\n      winRateInterval {\n        low\n        high\n      }\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContentInfluence($filter: DealFilter, $minClosedDeals: Int, $first: Int) {\n    contentInfluence(filter: $filter, minClosedDeals: $minClosedDeals, first: $first) {\n      dealsUsedIn\n      won\n      lost\n      winRate\n      comparableDeals\n      baselineWinRate\n      lift\n      enoughData\n      winRateInterval {\n        low\n        high\n      }\n      asset {\n        id\n        kind\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AnalysisFields on Asset {\n    id\n    title\n    summary\n    status\n    publishedAt\n    createdAt\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n    winLoss {\n      outcome\n      reasons\n      competitor\n      buyerRolesInvolved\n      lessonsLearned\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment AnalysisFields on Asset {\n    id\n    title\n    summary\n    status\n    publishedAt\n    createdAt\n    authors {\n      role\n      share\n      user {\n        id\n        name\n      }\n    }\n    winLoss {\n      outcome\n      reasons\n      competitor\n      buyerRolesInvolved\n      lessonsLearned\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        ...AnalysisFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DealAnalyses($id: ID!) {\n    deal(id: $id) {\n      id\n      analyses {\n        ...AnalysisFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TopLossReasons($filter: DealFilter, $first: Int) {\n    topLossReasons(filter: $filter, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n',
): (typeof documents)['\n  query TopLossReasons($filter: DealFilter, $first: Int) {\n    topLossReasons(filter: $filter, first: $first) {\n      reason\n      count\n      share\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WinLossReasons {\n    winLossReasons {\n      id\n      label\n    }\n  }\n',
): (typeof documents)['\n  query WinLossReasons {\n    winLossReasons {\n      id\n      label\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n    winLoss(groupBy: $groupBy, filter: $filter) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n',
): (typeof documents)['\n  query WinLoss($groupBy: WinLossDimension!, $filter: DealFilter) {\n    winLoss(groupBy: $groupBy, filter: $filter) {\n      key\n      groupId\n      won\n      lost\n      winRate\n      wonAmount\n      lostAmount\n      avgCycleDays\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
