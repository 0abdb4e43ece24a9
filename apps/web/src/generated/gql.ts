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
  '\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    description\n    meetingId\n    meeting {\n      id\n      title\n      kind\n      city\n      startsAt\n      status\n    }\n    ownerPartner\n    assignee {\n      id\n      displayName\n      partnerCode\n    }\n    dueDate\n    status\n    overdue\n    classification\n    canEdit\n    completedAt\n    updatedAt\n  }\n': typeof types.ActionItemFieldsFragmentDoc;
  '\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n': typeof types.MyActionItemsDocument;
  '\n  query MeetingActionItems($meetingId: ID!) {\n    actionItems(filter: { meetingId: $meetingId }) {\n      ...ActionItemFields\n    }\n    openActionItemsForNextMeeting(meetingId: $meetingId) {\n      ...ActionItemFields\n    }\n  }\n': typeof types.MeetingActionItemsDocument;
  '\n  query ActionItemAssignees($ownerPartner: PartnerCode, $classification: Classification!) {\n    actionItemAssignees(ownerPartner: $ownerPartner, classification: $classification) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n': typeof types.ActionItemAssigneesDocument;
  '\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n': typeof types.CreateActionItemDocument;
  '\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n': typeof types.UpdateActionItemDocument;
  '\n  fragment AgendaPersonFields on AgendaPerson {\n    id\n    displayName\n    partnerCode\n  }\n': typeof types.AgendaPersonFieldsFragmentDoc;
  '\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    proposedBy {\n      id\n      displayName\n      partnerCode\n    }\n    minutes\n    position\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    guestVisible\n    silenceDeadline\n    createdAt\n    updatedAt\n    canEdit\n    links {\n      kind\n      targetId\n      title\n      path\n    }\n    consents {\n      partnerCode\n      position\n      text\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n    history {\n      event\n      fromState\n      toState\n      partnerCode\n      detail\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n  }\n': typeof types.AgendaItemFieldsFragmentDoc;
  '\n  fragment AgendaFields on Agenda {\n    meetingId\n    status\n    version\n    lockedAt\n    partnerCodes\n    allocatedMinutes\n    meetingMinutes\n    isChair\n    speaksFor\n    memberOf\n    items {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.AgendaFieldsFragmentDoc;
  '\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n': typeof types.AgendaDocument;
  '\n  query AgendaVersions($meetingId: ID!) {\n    agendaVersions(meetingId: $meetingId) {\n      number\n      lockedAt\n      reopenedAt\n      reopenReason\n      snapshot\n    }\n  }\n': typeof types.AgendaVersionsDocument;
  '\n  query AgendaSpeakers($partnerCode: PartnerCode!) {\n    agendaSpeakers(partnerCode: $partnerCode) {\n      ...AgendaPersonFields\n    }\n  }\n': typeof types.AgendaSpeakersDocument;
  '\n  query PartnerDiplomats($partnerCode: PartnerCode!) {\n    users(filter: { partnerCode: $partnerCode, role: DIPLOMAT }) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n': typeof types.PartnerDiplomatsDocument;
  '\n  query AgendaBriefingNotes($search: String) {\n    briefingNotes(filter: { search: $search }, limit: 20) {\n      id\n      title\n      classification\n    }\n  }\n': typeof types.AgendaBriefingNotesDocument;
  '\n  mutation ProposeAgendaItem($input: ProposeAgendaItemInput!) {\n    proposeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.ProposeAgendaItemDocument;
  '\n  mutation EditAgendaItem($input: EditAgendaItemInput!) {\n    editAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.EditAgendaItemDocument;
  '\n  mutation RecordAgendaConsent($input: RecordConsentInput!) {\n    recordAgendaConsent(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.RecordAgendaConsentDocument;
  '\n  mutation OpenAgendaSilenceProcedure($input: OpenSilenceInput!) {\n    openAgendaSilenceProcedure(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.OpenAgendaSilenceProcedureDocument;
  '\n  mutation WithdrawAgendaItem($id: ID!) {\n    withdrawAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.WithdrawAgendaItemDocument;
  '\n  mutation DeferAgendaItem($id: ID!) {\n    deferAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.DeferAgendaItemDocument;
  '\n  mutation ReinstateAgendaItem($id: ID!) {\n    reinstateAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n': typeof types.ReinstateAgendaItemDocument;
  '\n  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      ...AgendaFields\n    }\n  }\n': typeof types.ReorderAgendaDocument;
  '\n  mutation LockAgenda($meetingId: ID!) {\n    lockAgenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n': typeof types.LockAgendaDocument;
  '\n  mutation ReopenAgenda($meetingId: ID!, $reason: String!) {\n    reopenAgenda(meetingId: $meetingId, reason: $reason) {\n      ...AgendaFields\n    }\n  }\n': typeof types.ReopenAgendaDocument;
  '\n  mutation SetAgendaSpeaker($userId: ID!, $speaks: Boolean!) {\n    setAgendaSpeaker(userId: $userId, speaks: $speaks) {\n      ...AgendaPersonFields\n    }\n  }\n': typeof types.SetAgendaSpeakerDocument;
  '\n  fragment AgendaMeetingRefFields on AgendaMeetingRef {\n    id\n    title\n    kind\n    city\n    timeZone\n    startsAt\n    status\n    path\n  }\n': typeof types.AgendaMeetingRefFieldsFragmentDoc;
  '\n  fragment AgendaOutcomeFields on AgendaOutcome {\n    state\n    summary\n    positions {\n      partnerCode\n      position\n      text\n    }\n  }\n': typeof types.AgendaOutcomeFieldsFragmentDoc;
  '\n  fragment AgendaItemSummaryFields on AgendaItemSummary {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    minutes\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    path\n    meeting {\n      ...AgendaMeetingRefFields\n    }\n    outcome {\n      ...AgendaOutcomeFields\n    }\n  }\n': typeof types.AgendaItemSummaryFieldsFragmentDoc;
  '\n  query AgendaItemsRaisedBefore($themeCodes: [String!]!, $excludeMeetingId: ID, $limit: Int!) {\n    agendaItemsRaisedBefore(\n      themeCodes: $themeCodes\n      excludeMeetingId: $excludeMeetingId\n      limit: $limit\n    ) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n': typeof types.AgendaItemsRaisedBeforeDocument;
  '\n  query AgendaItemHistoryOnThemes($itemId: ID!, $limit: Int!) {\n    agendaItemHistoryOnThemes(itemId: $itemId, limit: $limit) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n': typeof types.AgendaItemHistoryOnThemesDocument;
  '\n  query AgendaSuggestions($meetingId: ID!) {\n    agendaSuggestions(meetingId: $meetingId) {\n      previousMeeting {\n        ...AgendaMeetingRefFields\n      }\n      suggestions {\n        reason\n        why\n        title\n        description\n        alreadyOnAgenda\n        agendaItem {\n          ...AgendaItemSummaryFields\n        }\n        actionItem {\n          id\n          title\n          dueDate\n          status\n          ownerPartner\n        }\n      }\n    }\n  }\n': typeof types.AgendaSuggestionsDocument;
  '\n  query ThemeTimeline($themeCode: String!, $limit: Int!) {\n    themeTimeline(themeCode: $themeCode, limit: $limit) {\n      kind\n      id\n      date\n      title\n      meetingCounts {\n        agendaItems\n        states {\n          state\n          count\n        }\n        briefingNotes\n        benchmarkAssessments\n      }\n      partnerCode\n      path\n      meeting {\n        ...AgendaMeetingRefFields\n      }\n      outcome {\n        ...AgendaOutcomeFields\n      }\n    }\n  }\n': typeof types.ThemeTimelineDocument;
  '\n  query SearchAgendaItems($filter: AgendaItemSearchFilter, $limit: Int!, $offset: Int!) {\n    searchAgendaItems(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      results {\n        item {\n          ...AgendaItemSummaryFields\n        }\n        titleHighlights {\n          start\n          length\n        }\n        snippet {\n          text\n          highlights {\n            start\n            length\n          }\n        }\n      }\n    }\n  }\n': typeof types.SearchAgendaItemsDocument;
  '\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n': typeof types.VerifyAuditLogDocument;
  '\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n': typeof types.CurrentUserFieldsFragmentDoc;
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  fragment BenchmarkListFields on Benchmark {\n    id\n    kind\n    statement\n    holder\n    holders\n    targetDate\n    daysToDeadline\n    overdue\n    active\n    themeCodes\n    classification\n    alignedObjective {\n      id\n      title\n    }\n    latestAssessment {\n      id\n      status\n      date\n      partnerCode\n    }\n    trend {\n      direction\n      explanation\n    }\n  }\n': typeof types.BenchmarkListFieldsFragmentDoc;
  '\n  query Benchmarks($filter: BenchmarksFilter) {\n    benchmarks(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n': typeof types.BenchmarksDocument;
  '\n  query SuspensionCriteria($filter: BenchmarksFilter) {\n    suspensionCriteria(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n': typeof types.SuspensionCriteriaDocument;
  '\n  query BenchmarkDashboard($filter: BenchmarkDashboardFilter) {\n    benchmarkDashboard(filter: $filter) {\n      benchmarkCount\n      openConflictCount\n      rounds {\n        meetingId\n        title\n        city\n        startsAt\n        periodStart\n      }\n      rows {\n        themeCode\n        benchmarkCount\n        cells {\n          meetingId\n          average\n          median\n          medianStatus\n          count\n          benchmarkCount\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      upcoming {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n      overdue {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n    }\n  }\n': typeof types.BenchmarkDashboardDocument;
  '\n  query Benchmark($id: ID!) {\n    benchmark(id: $id) {\n      id\n      kind\n      statement\n      description\n      holder\n      holders\n      targetDate\n      daysToDeadline\n      overdue\n      active\n      withdrawnAt\n      withdrawnReason\n      themeCodes\n      indicators\n      classification\n      canAssess\n      canEdit\n      canManage\n      alignedObjective {\n        id\n        title\n      }\n      unReference {\n        label\n        instrument\n        article\n        mechanism\n        uprCycle\n      }\n      trend {\n        direction\n        explanation\n        slope\n        change\n        average\n        count\n        window\n        latestStatus\n        latestDate\n      }\n      partnerTrends {\n        partnerCode\n        points {\n          assessmentId\n          date\n          score\n          status\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      assessments {\n        id\n        partnerCode\n        status\n        score\n        date\n        evidence\n        links\n        chinaResponse\n        effective\n        supersedesId\n        supersededById\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      conflicts {\n        ...BenchmarkConflictFields\n      }\n    }\n  }\n': typeof types.BenchmarkDocument;
  '\n  fragment BenchmarkConflictFields on BenchmarkConflict {\n    id\n    kind\n    status\n    active\n    canResolve\n    detectedAt\n    resolvedAt\n    resolutionNote\n    resolvedBy {\n      id\n      displayName\n    }\n    alignedObjective {\n      id\n      title\n    }\n    sideA {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n    sideB {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n  }\n': typeof types.BenchmarkConflictFieldsFragmentDoc;
  '\n  query BenchmarkConflicts($filter: BenchmarkConflictsFilter) {\n    benchmarkConflicts(filter: $filter) {\n      ...BenchmarkConflictFields\n    }\n  }\n': typeof types.BenchmarkConflictsDocument;
  '\n  query BenchmarkMatrix($filter: BenchmarkMatrixFilter) {\n    benchmarkMatrix(filter: $filter) {\n      partners\n      rows {\n        title\n        themeCodes\n        openConflictCount\n        conflictKinds\n        alignedObjective {\n          id\n          title\n        }\n        cells {\n          benchmarkId\n          partnerCode\n          kind\n          targetDate\n          latestStatus\n          overdue\n          trend\n          statement\n        }\n      }\n    }\n  }\n': typeof types.BenchmarkMatrixDocument;
  '\n  query AlignedObjectives {\n    alignedObjectives {\n      id\n      title\n      holders\n      canEdit\n      openConflictCount\n    }\n  }\n': typeof types.AlignedObjectivesDocument;
  '\n  mutation CreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateBenchmarkDocument;
  '\n  mutation UpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateBenchmarkDocument;
  '\n  mutation AlignBenchmark($benchmarkId: ID!, $alignedObjectiveId: ID) {\n    alignBenchmark(benchmarkId: $benchmarkId, alignedObjectiveId: $alignedObjectiveId) {\n      id\n      alignedObjective {\n        id\n        title\n      }\n    }\n  }\n': typeof types.AlignBenchmarkDocument;
  '\n  mutation CreateAlignedObjective($input: CreateAlignedObjectiveInput!) {\n    createAlignedObjective(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.CreateAlignedObjectiveDocument;
  '\n  mutation RecordBenchmarkAssessment($input: RecordAssessmentInput!) {\n    recordBenchmarkAssessment(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordBenchmarkAssessmentDocument;
  '\n  mutation ResolveBenchmarkConflict($id: ID!, $note: String!) {\n    resolveBenchmarkConflict(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n    }\n  }\n': typeof types.ResolveBenchmarkConflictDocument;
  '\n  mutation ImportBenchmarksCsv($csv: String!, $dryRun: Boolean) {\n    importBenchmarksCsv(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      objectivesCreated\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n': typeof types.ImportBenchmarksCsvDocument;
  '\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n': typeof types.BriefingNoteFieldsFragmentDoc;
  '\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.BriefingNotesDocument;
  '\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.BriefingNoteDocument;
  '\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n': typeof types.ThemesDocument;
  '\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.CreateBriefingNoteDocument;
  '\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.RenameBriefingNoteDocument;
  '\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.ReclassifyBriefingNoteDocument;
  '\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.ArchiveBriefingNoteDocument;
  '\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n': typeof types.UnarchiveBriefingNoteDocument;
  '\n  fragment NoteCommentThreadFields on NoteCommentThread {\n    id\n    noteId\n    anchorStart\n    anchorEnd\n    quote\n    createdAt\n    resolvedAt\n    canResolve\n    createdBy {\n      ...NotePersonFields\n    }\n    resolvedBy {\n      ...NotePersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...NotePersonFields\n      }\n      mentions {\n        ...NotePersonFields\n      }\n    }\n  }\n': typeof types.NoteCommentThreadFieldsFragmentDoc;
  '\n  query BriefingNoteComments($noteId: ID!, $includeResolved: Boolean!) {\n    briefingNoteComments(noteId: $noteId, includeResolved: $includeResolved) {\n      ...NoteCommentThreadFields\n    }\n  }\n': typeof types.BriefingNoteCommentsDocument;
  '\n  query BriefingNoteMentionable($noteId: ID!) {\n    briefingNoteMentionable(noteId: $noteId) {\n      ...NotePersonFields\n    }\n  }\n': typeof types.BriefingNoteMentionableDocument;
  '\n  mutation StartNoteCommentThread($input: StartNoteCommentThreadInput!) {\n    startNoteCommentThread(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n': typeof types.StartNoteCommentThreadDocument;
  '\n  mutation ReplyToNoteComment($input: ReplyToNoteCommentInput!) {\n    replyToNoteComment(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n': typeof types.ReplyToNoteCommentDocument;
  '\n  mutation ResolveNoteCommentThread($id: ID!) {\n    resolveNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n': typeof types.ResolveNoteCommentThreadDocument;
  '\n  mutation ReopenNoteCommentThread($id: ID!) {\n    reopenNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n': typeof types.ReopenNoteCommentThreadDocument;
  '\n  fragment NotePersonFields on NotePerson {\n    id\n    displayName\n    partnerCode\n  }\n': typeof types.NotePersonFieldsFragmentDoc;
  '\n  fragment NoteVersionFields on NoteVersion {\n    id\n    noteId\n    number\n    kind\n    name\n    createdAt\n    restoredFromNumber\n    sealedAt\n    createdBy {\n      ...NotePersonFields\n    }\n    sealedBy {\n      ...NotePersonFields\n    }\n    approvals {\n      partnerCode\n      approvedAt\n      approvedBy {\n        ...NotePersonFields\n      }\n    }\n  }\n': typeof types.NoteVersionFieldsFragmentDoc;
  '\n  query BriefingNoteVersions($noteId: ID!) {\n    briefingNoteVersions(noteId: $noteId) {\n      ...NoteVersionFields\n    }\n  }\n': typeof types.BriefingNoteVersionsDocument;
  '\n  query BriefingNoteVersion($id: ID!) {\n    briefingNoteVersion(id: $id) {\n      state\n      version {\n        ...NoteVersionFields\n      }\n    }\n  }\n': typeof types.BriefingNoteVersionDocument;
  '\n  query BriefingNoteVersionDiff($fromId: ID!, $toId: ID) {\n    briefingNoteVersionDiff(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      from {\n        id\n        number\n        name\n      }\n      to {\n        id\n        number\n        name\n      }\n      lines {\n        change\n        text\n      }\n    }\n  }\n': typeof types.BriefingNoteVersionDiffDocument;
  '\n  mutation NameBriefingNoteVersion($noteId: ID!, $name: String!) {\n    nameBriefingNoteVersion(noteId: $noteId, name: $name) {\n      ...NoteVersionFields\n    }\n  }\n': typeof types.NameBriefingNoteVersionDocument;
  '\n  mutation RestoreBriefingNoteVersion($id: ID!) {\n    restoreBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n': typeof types.RestoreBriefingNoteVersionDocument;
  '\n  mutation ApproveBriefingNoteVersion($id: ID!) {\n    approveBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n': typeof types.ApproveBriefingNoteVersionDocument;
  '\n  mutation SealBriefingNoteVersion($id: ID!) {\n    sealBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n': typeof types.SealBriefingNoteVersionDocument;
  '\n  fragment CaseListFields on IndividualCase {\n    id\n    reference\n    name\n    nativeName\n    status\n    region\n    ownerPartner\n    themeCodes\n    vulnerableGroups\n    raisedBy\n    awaitingAnswers\n    lastRaising {\n      id\n      partnerCode\n      channel\n      raisedOn\n      answerKind\n      answeredOn\n    }\n    raisings {\n      id\n      raisedOn\n      answerKind\n    }\n  }\n': typeof types.CaseListFieldsFragmentDoc;
  '\n  fragment CaseRaisingFields on CaseRaising {\n    id\n    caseId\n    partnerCode\n    channel\n    raisedOn\n    request\n    answerKind\n    answer\n    answeredOn\n    daysToAnswer\n    recordedAt\n    answerRecordedAt\n    canRecordAnswer\n    meeting {\n      id\n      title\n      startsAt\n    }\n    recordedBy {\n      id\n      displayName\n      partnerCode\n    }\n    answerRecordedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n': typeof types.CaseRaisingFieldsFragmentDoc;
  '\n  fragment CaseFields on IndividualCase {\n    ...CaseListFields\n    birthYear\n    detainedOn\n    charges\n    sentence\n    location\n    summary\n    sourceName\n    sourceReference\n    canEdit\n    canManage\n    createdAt\n    updatedAt\n    raisings {\n      ...CaseRaisingFields\n    }\n    namedReaders {\n      id\n      displayName\n      partnerCode\n    }\n    createdBy {\n      id\n      displayName\n      partnerCode\n    }\n    updatedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n': typeof types.CaseFieldsFragmentDoc;
  '\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      ...CaseListFields\n    }\n  }\n': typeof types.CasesDocument;
  '\n  query CasePicker($search: String) {\n    cases(filter: { search: $search }) {\n      id\n      reference\n      name\n      status\n    }\n  }\n': typeof types.CasePickerDocument;
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n': typeof types.CaseDocument;
  '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseFields\n    }\n  }\n': typeof types.CreateCaseDocument;
  '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n': typeof types.UpdateCaseDocument;
  '\n  mutation RecordCaseRaising($input: RecordCaseRaisingInput!) {\n    recordCaseRaising(input: $input) {\n      ...CaseFields\n    }\n  }\n': typeof types.RecordCaseRaisingDocument;
  '\n  mutation RecordCaseAnswer($input: RecordCaseAnswerInput!) {\n    recordCaseAnswer(input: $input) {\n      ...CaseFields\n    }\n  }\n': typeof types.RecordCaseAnswerDocument;
  '\n  mutation SetCaseReaders($input: SetCaseReadersInput!) {\n    setCaseReaders(input: $input) {\n      ...CaseFields\n    }\n  }\n': typeof types.SetCaseReadersDocument;
  '\n  query CaseReaderCandidates {\n    actionItemAssignees(classification: PARTNERS) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n': typeof types.CaseReaderCandidatesDocument;
  '\n  fragment MeetingCaseListFields on MeetingCaseList {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    hostPartner\n    sentAt\n    updatedAt\n    canEdit\n    daysBeforeRound\n    sentBy {\n      id\n      displayName\n      partnerCode\n    }\n    entries {\n      position\n      request\n      case {\n        id\n        reference\n        name\n        nativeName\n        status\n        region\n        detainedOn\n      }\n    }\n  }\n': typeof types.MeetingCaseListFieldsFragmentDoc;
  '\n  query MeetingCaseList($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      kind\n      title\n      status\n      hostPartner\n    }\n    meetingCaseList(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n': typeof types.MeetingCaseListDocument;
  '\n  mutation SetMeetingCaseList($input: SetMeetingCaseListInput!) {\n    setMeetingCaseList(input: $input) {\n      ...MeetingCaseListFields\n    }\n  }\n': typeof types.SetMeetingCaseListDocument;
  '\n  mutation MarkMeetingCaseListSent($meetingId: ID!) {\n    markMeetingCaseListSent(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n': typeof types.MarkMeetingCaseListSentDocument;
  '\n  fragment DelegationMemberFields on DelegationMember {\n    id\n    meetingId\n    partnerCode\n    name\n    ministry\n    function\n    level\n    userId\n  }\n': typeof types.DelegationMemberFieldsFragmentDoc;
  '\n  query MeetingDelegations($meetingId: ID!) {\n    meetingDelegations(meetingId: $meetingId) {\n      meetingId\n      partnerCode\n      canEdit\n      members {\n        ...DelegationMemberFields\n      }\n    }\n  }\n': typeof types.MeetingDelegationsDocument;
  '\n  query DelegationContinuity($partnerCode: PartnerCode!) {\n    delegationContinuity(partnerCode: $partnerCode) {\n      partnerCode\n      people {\n        name\n        meetingCount\n        firstSeen\n        lastSeen\n        userId\n        attendances {\n          memberId\n          name\n          ministry\n          function\n          level\n          meeting {\n            id\n            title\n            kind\n            city\n            timeZone\n            startsAt\n            status\n          }\n        }\n      }\n      meetingsWithoutRoster {\n        id\n        title\n        kind\n        city\n        timeZone\n        startsAt\n        status\n      }\n    }\n  }\n': typeof types.DelegationContinuityDocument;
  '\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n': typeof types.AddDelegationMemberDocument;
  '\n  mutation UpdateDelegationMember($input: UpdateDelegationMemberInput!) {\n    updateDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n': typeof types.UpdateDelegationMemberDocument;
  '\n  mutation RemoveDelegationMember($id: ID!) {\n    removeDelegationMember(id: $id)\n  }\n': typeof types.RemoveDelegationMemberDocument;
  '\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n': typeof types.CalendarFeedDocument;
  '\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n': typeof types.CreateCalendarFeedDocument;
  '\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n': typeof types.RevokeCalendarFeedDocument;
  '\n  query Partners {\n    partners {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n': typeof types.PartnersDocument;
  '\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    title\n    venue\n    city\n    timeZone\n    startsAt\n    endsAt\n    status\n    statusReason\n    hostPartner\n    classification\n    partnerCodes\n    canManage\n    icsPath\n  }\n': typeof types.MeetingFieldsFragmentDoc;
  '\n  query Meetings($filter: MeetingsFilter!) {\n    meetings(filter: $filter) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MeetingsDocument;
  '\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n': typeof types.MeetingDocument;
  '\n  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {\n    setMeetingStatus(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.SetMeetingStatusDocument;
  '\n  fragment PollSummaryFields on SchedulingPoll {\n    id\n    title\n    kind\n    venue\n    city\n    timeZone\n    hostPartner\n    status\n    meetingId\n    partnerCodes\n    canManage\n    myPartner\n    createdAt\n  }\n': typeof types.PollSummaryFieldsFragmentDoc;
  '\n  fragment PollFields on SchedulingPoll {\n    ...PollSummaryFields\n    slots {\n      id\n      startsAt\n      endsAt\n      rank\n      score\n      problems\n      local {\n        partnerCode\n        timeZone\n        localStart\n        localEnd\n        outsideWorkingHours\n        weekend\n        holiday\n      }\n      partnerAnswers {\n        partnerCode\n        answer\n      }\n      votes {\n        userId\n        displayName\n        partnerCode\n        answer\n      }\n    }\n  }\n': typeof types.PollFieldsFragmentDoc;
  '\n  query SchedulingPolls($includeClosed: Boolean!) {\n    schedulingPolls(includeClosed: $includeClosed) {\n      ...PollSummaryFields\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n': typeof types.SchedulingPollsDocument;
  '\n  query SchedulingPoll($id: ID!) {\n    schedulingPoll(id: $id) {\n      ...PollFields\n    }\n  }\n': typeof types.SchedulingPollDocument;
  '\n  mutation CreateSchedulingPoll($input: CreatePollInput!) {\n    createSchedulingPoll(input: $input) {\n      ...PollFields\n    }\n  }\n': typeof types.CreateSchedulingPollDocument;
  '\n  mutation AnswerSchedulingPoll($pollId: ID!, $answers: [PollAnswerInput!]!) {\n    answerSchedulingPoll(pollId: $pollId, answers: $answers) {\n      ...PollFields\n    }\n  }\n': typeof types.AnswerSchedulingPollDocument;
  '\n  mutation ConfirmSchedulingPoll($pollId: ID!, $slotId: ID!) {\n    confirmSchedulingPoll(pollId: $pollId, slotId: $slotId) {\n      ...MeetingFields\n    }\n  }\n': typeof types.ConfirmSchedulingPollDocument;
  '\n  mutation CloseSchedulingPoll($pollId: ID!) {\n    closeSchedulingPoll(pollId: $pollId) {\n      ...PollFields\n    }\n  }\n': typeof types.CloseSchedulingPollDocument;
  '\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      id\n      kind\n      actorName\n      targetTitle\n      targetPath\n      createdAt\n      readAt\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n': typeof types.InviteUserDocument;
  '\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n': typeof types.SetUserDisabledDocument;
};
const documents: Documents = {
  '\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    description\n    meetingId\n    meeting {\n      id\n      title\n      kind\n      city\n      startsAt\n      status\n    }\n    ownerPartner\n    assignee {\n      id\n      displayName\n      partnerCode\n    }\n    dueDate\n    status\n    overdue\n    classification\n    canEdit\n    completedAt\n    updatedAt\n  }\n':
    types.ActionItemFieldsFragmentDoc,
  '\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n':
    types.MyActionItemsDocument,
  '\n  query MeetingActionItems($meetingId: ID!) {\n    actionItems(filter: { meetingId: $meetingId }) {\n      ...ActionItemFields\n    }\n    openActionItemsForNextMeeting(meetingId: $meetingId) {\n      ...ActionItemFields\n    }\n  }\n':
    types.MeetingActionItemsDocument,
  '\n  query ActionItemAssignees($ownerPartner: PartnerCode, $classification: Classification!) {\n    actionItemAssignees(ownerPartner: $ownerPartner, classification: $classification) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n':
    types.ActionItemAssigneesDocument,
  '\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n':
    types.CreateActionItemDocument,
  '\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n':
    types.UpdateActionItemDocument,
  '\n  fragment AgendaPersonFields on AgendaPerson {\n    id\n    displayName\n    partnerCode\n  }\n':
    types.AgendaPersonFieldsFragmentDoc,
  '\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    proposedBy {\n      id\n      displayName\n      partnerCode\n    }\n    minutes\n    position\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    guestVisible\n    silenceDeadline\n    createdAt\n    updatedAt\n    canEdit\n    links {\n      kind\n      targetId\n      title\n      path\n    }\n    consents {\n      partnerCode\n      position\n      text\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n    history {\n      event\n      fromState\n      toState\n      partnerCode\n      detail\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n  }\n':
    types.AgendaItemFieldsFragmentDoc,
  '\n  fragment AgendaFields on Agenda {\n    meetingId\n    status\n    version\n    lockedAt\n    partnerCodes\n    allocatedMinutes\n    meetingMinutes\n    isChair\n    speaksFor\n    memberOf\n    items {\n      ...AgendaItemFields\n    }\n  }\n':
    types.AgendaFieldsFragmentDoc,
  '\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n':
    types.AgendaDocument,
  '\n  query AgendaVersions($meetingId: ID!) {\n    agendaVersions(meetingId: $meetingId) {\n      number\n      lockedAt\n      reopenedAt\n      reopenReason\n      snapshot\n    }\n  }\n':
    types.AgendaVersionsDocument,
  '\n  query AgendaSpeakers($partnerCode: PartnerCode!) {\n    agendaSpeakers(partnerCode: $partnerCode) {\n      ...AgendaPersonFields\n    }\n  }\n':
    types.AgendaSpeakersDocument,
  '\n  query PartnerDiplomats($partnerCode: PartnerCode!) {\n    users(filter: { partnerCode: $partnerCode, role: DIPLOMAT }) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n':
    types.PartnerDiplomatsDocument,
  '\n  query AgendaBriefingNotes($search: String) {\n    briefingNotes(filter: { search: $search }, limit: 20) {\n      id\n      title\n      classification\n    }\n  }\n':
    types.AgendaBriefingNotesDocument,
  '\n  mutation ProposeAgendaItem($input: ProposeAgendaItemInput!) {\n    proposeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n':
    types.ProposeAgendaItemDocument,
  '\n  mutation EditAgendaItem($input: EditAgendaItemInput!) {\n    editAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n':
    types.EditAgendaItemDocument,
  '\n  mutation RecordAgendaConsent($input: RecordConsentInput!) {\n    recordAgendaConsent(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n':
    types.RecordAgendaConsentDocument,
  '\n  mutation OpenAgendaSilenceProcedure($input: OpenSilenceInput!) {\n    openAgendaSilenceProcedure(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n':
    types.OpenAgendaSilenceProcedureDocument,
  '\n  mutation WithdrawAgendaItem($id: ID!) {\n    withdrawAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n':
    types.WithdrawAgendaItemDocument,
  '\n  mutation DeferAgendaItem($id: ID!) {\n    deferAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n':
    types.DeferAgendaItemDocument,
  '\n  mutation ReinstateAgendaItem($id: ID!) {\n    reinstateAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n':
    types.ReinstateAgendaItemDocument,
  '\n  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      ...AgendaFields\n    }\n  }\n':
    types.ReorderAgendaDocument,
  '\n  mutation LockAgenda($meetingId: ID!) {\n    lockAgenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n':
    types.LockAgendaDocument,
  '\n  mutation ReopenAgenda($meetingId: ID!, $reason: String!) {\n    reopenAgenda(meetingId: $meetingId, reason: $reason) {\n      ...AgendaFields\n    }\n  }\n':
    types.ReopenAgendaDocument,
  '\n  mutation SetAgendaSpeaker($userId: ID!, $speaks: Boolean!) {\n    setAgendaSpeaker(userId: $userId, speaks: $speaks) {\n      ...AgendaPersonFields\n    }\n  }\n':
    types.SetAgendaSpeakerDocument,
  '\n  fragment AgendaMeetingRefFields on AgendaMeetingRef {\n    id\n    title\n    kind\n    city\n    timeZone\n    startsAt\n    status\n    path\n  }\n':
    types.AgendaMeetingRefFieldsFragmentDoc,
  '\n  fragment AgendaOutcomeFields on AgendaOutcome {\n    state\n    summary\n    positions {\n      partnerCode\n      position\n      text\n    }\n  }\n':
    types.AgendaOutcomeFieldsFragmentDoc,
  '\n  fragment AgendaItemSummaryFields on AgendaItemSummary {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    minutes\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    path\n    meeting {\n      ...AgendaMeetingRefFields\n    }\n    outcome {\n      ...AgendaOutcomeFields\n    }\n  }\n':
    types.AgendaItemSummaryFieldsFragmentDoc,
  '\n  query AgendaItemsRaisedBefore($themeCodes: [String!]!, $excludeMeetingId: ID, $limit: Int!) {\n    agendaItemsRaisedBefore(\n      themeCodes: $themeCodes\n      excludeMeetingId: $excludeMeetingId\n      limit: $limit\n    ) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n':
    types.AgendaItemsRaisedBeforeDocument,
  '\n  query AgendaItemHistoryOnThemes($itemId: ID!, $limit: Int!) {\n    agendaItemHistoryOnThemes(itemId: $itemId, limit: $limit) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n':
    types.AgendaItemHistoryOnThemesDocument,
  '\n  query AgendaSuggestions($meetingId: ID!) {\n    agendaSuggestions(meetingId: $meetingId) {\n      previousMeeting {\n        ...AgendaMeetingRefFields\n      }\n      suggestions {\n        reason\n        why\n        title\n        description\n        alreadyOnAgenda\n        agendaItem {\n          ...AgendaItemSummaryFields\n        }\n        actionItem {\n          id\n          title\n          dueDate\n          status\n          ownerPartner\n        }\n      }\n    }\n  }\n':
    types.AgendaSuggestionsDocument,
  '\n  query ThemeTimeline($themeCode: String!, $limit: Int!) {\n    themeTimeline(themeCode: $themeCode, limit: $limit) {\n      kind\n      id\n      date\n      title\n      meetingCounts {\n        agendaItems\n        states {\n          state\n          count\n        }\n        briefingNotes\n        benchmarkAssessments\n      }\n      partnerCode\n      path\n      meeting {\n        ...AgendaMeetingRefFields\n      }\n      outcome {\n        ...AgendaOutcomeFields\n      }\n    }\n  }\n':
    types.ThemeTimelineDocument,
  '\n  query SearchAgendaItems($filter: AgendaItemSearchFilter, $limit: Int!, $offset: Int!) {\n    searchAgendaItems(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      results {\n        item {\n          ...AgendaItemSummaryFields\n        }\n        titleHighlights {\n          start\n          length\n        }\n        snippet {\n          text\n          highlights {\n            start\n            length\n          }\n        }\n      }\n    }\n  }\n':
    types.SearchAgendaItemsDocument,
  '\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n':
    types.VerifyAuditLogDocument,
  '\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n':
    types.CurrentUserFieldsFragmentDoc,
  '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n': types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  fragment BenchmarkListFields on Benchmark {\n    id\n    kind\n    statement\n    holder\n    holders\n    targetDate\n    daysToDeadline\n    overdue\n    active\n    themeCodes\n    classification\n    alignedObjective {\n      id\n      title\n    }\n    latestAssessment {\n      id\n      status\n      date\n      partnerCode\n    }\n    trend {\n      direction\n      explanation\n    }\n  }\n':
    types.BenchmarkListFieldsFragmentDoc,
  '\n  query Benchmarks($filter: BenchmarksFilter) {\n    benchmarks(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n':
    types.BenchmarksDocument,
  '\n  query SuspensionCriteria($filter: BenchmarksFilter) {\n    suspensionCriteria(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n':
    types.SuspensionCriteriaDocument,
  '\n  query BenchmarkDashboard($filter: BenchmarkDashboardFilter) {\n    benchmarkDashboard(filter: $filter) {\n      benchmarkCount\n      openConflictCount\n      rounds {\n        meetingId\n        title\n        city\n        startsAt\n        periodStart\n      }\n      rows {\n        themeCode\n        benchmarkCount\n        cells {\n          meetingId\n          average\n          median\n          medianStatus\n          count\n          benchmarkCount\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      upcoming {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n      overdue {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n    }\n  }\n':
    types.BenchmarkDashboardDocument,
  '\n  query Benchmark($id: ID!) {\n    benchmark(id: $id) {\n      id\n      kind\n      statement\n      description\n      holder\n      holders\n      targetDate\n      daysToDeadline\n      overdue\n      active\n      withdrawnAt\n      withdrawnReason\n      themeCodes\n      indicators\n      classification\n      canAssess\n      canEdit\n      canManage\n      alignedObjective {\n        id\n        title\n      }\n      unReference {\n        label\n        instrument\n        article\n        mechanism\n        uprCycle\n      }\n      trend {\n        direction\n        explanation\n        slope\n        change\n        average\n        count\n        window\n        latestStatus\n        latestDate\n      }\n      partnerTrends {\n        partnerCode\n        points {\n          assessmentId\n          date\n          score\n          status\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      assessments {\n        id\n        partnerCode\n        status\n        score\n        date\n        evidence\n        links\n        chinaResponse\n        effective\n        supersedesId\n        supersededById\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      conflicts {\n        ...BenchmarkConflictFields\n      }\n    }\n  }\n':
    types.BenchmarkDocument,
  '\n  fragment BenchmarkConflictFields on BenchmarkConflict {\n    id\n    kind\n    status\n    active\n    canResolve\n    detectedAt\n    resolvedAt\n    resolutionNote\n    resolvedBy {\n      id\n      displayName\n    }\n    alignedObjective {\n      id\n      title\n    }\n    sideA {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n    sideB {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n  }\n':
    types.BenchmarkConflictFieldsFragmentDoc,
  '\n  query BenchmarkConflicts($filter: BenchmarkConflictsFilter) {\n    benchmarkConflicts(filter: $filter) {\n      ...BenchmarkConflictFields\n    }\n  }\n':
    types.BenchmarkConflictsDocument,
  '\n  query BenchmarkMatrix($filter: BenchmarkMatrixFilter) {\n    benchmarkMatrix(filter: $filter) {\n      partners\n      rows {\n        title\n        themeCodes\n        openConflictCount\n        conflictKinds\n        alignedObjective {\n          id\n          title\n        }\n        cells {\n          benchmarkId\n          partnerCode\n          kind\n          targetDate\n          latestStatus\n          overdue\n          trend\n          statement\n        }\n      }\n    }\n  }\n':
    types.BenchmarkMatrixDocument,
  '\n  query AlignedObjectives {\n    alignedObjectives {\n      id\n      title\n      holders\n      canEdit\n      openConflictCount\n    }\n  }\n':
    types.AlignedObjectivesDocument,
  '\n  mutation CreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      id\n    }\n  }\n':
    types.CreateBenchmarkDocument,
  '\n  mutation UpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateBenchmarkDocument,
  '\n  mutation AlignBenchmark($benchmarkId: ID!, $alignedObjectiveId: ID) {\n    alignBenchmark(benchmarkId: $benchmarkId, alignedObjectiveId: $alignedObjectiveId) {\n      id\n      alignedObjective {\n        id\n        title\n      }\n    }\n  }\n':
    types.AlignBenchmarkDocument,
  '\n  mutation CreateAlignedObjective($input: CreateAlignedObjectiveInput!) {\n    createAlignedObjective(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.CreateAlignedObjectiveDocument,
  '\n  mutation RecordBenchmarkAssessment($input: RecordAssessmentInput!) {\n    recordBenchmarkAssessment(input: $input) {\n      id\n    }\n  }\n':
    types.RecordBenchmarkAssessmentDocument,
  '\n  mutation ResolveBenchmarkConflict($id: ID!, $note: String!) {\n    resolveBenchmarkConflict(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n    }\n  }\n':
    types.ResolveBenchmarkConflictDocument,
  '\n  mutation ImportBenchmarksCsv($csv: String!, $dryRun: Boolean) {\n    importBenchmarksCsv(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      objectivesCreated\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n':
    types.ImportBenchmarksCsvDocument,
  '\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n':
    types.BriefingNoteFieldsFragmentDoc,
  '\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.BriefingNotesDocument,
  '\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.BriefingNoteDocument,
  '\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n':
    types.ThemesDocument,
  '\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.CreateBriefingNoteDocument,
  '\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.RenameBriefingNoteDocument,
  '\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.ReclassifyBriefingNoteDocument,
  '\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.ArchiveBriefingNoteDocument,
  '\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n':
    types.UnarchiveBriefingNoteDocument,
  '\n  fragment NoteCommentThreadFields on NoteCommentThread {\n    id\n    noteId\n    anchorStart\n    anchorEnd\n    quote\n    createdAt\n    resolvedAt\n    canResolve\n    createdBy {\n      ...NotePersonFields\n    }\n    resolvedBy {\n      ...NotePersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...NotePersonFields\n      }\n      mentions {\n        ...NotePersonFields\n      }\n    }\n  }\n':
    types.NoteCommentThreadFieldsFragmentDoc,
  '\n  query BriefingNoteComments($noteId: ID!, $includeResolved: Boolean!) {\n    briefingNoteComments(noteId: $noteId, includeResolved: $includeResolved) {\n      ...NoteCommentThreadFields\n    }\n  }\n':
    types.BriefingNoteCommentsDocument,
  '\n  query BriefingNoteMentionable($noteId: ID!) {\n    briefingNoteMentionable(noteId: $noteId) {\n      ...NotePersonFields\n    }\n  }\n':
    types.BriefingNoteMentionableDocument,
  '\n  mutation StartNoteCommentThread($input: StartNoteCommentThreadInput!) {\n    startNoteCommentThread(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n':
    types.StartNoteCommentThreadDocument,
  '\n  mutation ReplyToNoteComment($input: ReplyToNoteCommentInput!) {\n    replyToNoteComment(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n':
    types.ReplyToNoteCommentDocument,
  '\n  mutation ResolveNoteCommentThread($id: ID!) {\n    resolveNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n':
    types.ResolveNoteCommentThreadDocument,
  '\n  mutation ReopenNoteCommentThread($id: ID!) {\n    reopenNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n':
    types.ReopenNoteCommentThreadDocument,
  '\n  fragment NotePersonFields on NotePerson {\n    id\n    displayName\n    partnerCode\n  }\n':
    types.NotePersonFieldsFragmentDoc,
  '\n  fragment NoteVersionFields on NoteVersion {\n    id\n    noteId\n    number\n    kind\n    name\n    createdAt\n    restoredFromNumber\n    sealedAt\n    createdBy {\n      ...NotePersonFields\n    }\n    sealedBy {\n      ...NotePersonFields\n    }\n    approvals {\n      partnerCode\n      approvedAt\n      approvedBy {\n        ...NotePersonFields\n      }\n    }\n  }\n':
    types.NoteVersionFieldsFragmentDoc,
  '\n  query BriefingNoteVersions($noteId: ID!) {\n    briefingNoteVersions(noteId: $noteId) {\n      ...NoteVersionFields\n    }\n  }\n':
    types.BriefingNoteVersionsDocument,
  '\n  query BriefingNoteVersion($id: ID!) {\n    briefingNoteVersion(id: $id) {\n      state\n      version {\n        ...NoteVersionFields\n      }\n    }\n  }\n':
    types.BriefingNoteVersionDocument,
  '\n  query BriefingNoteVersionDiff($fromId: ID!, $toId: ID) {\n    briefingNoteVersionDiff(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      from {\n        id\n        number\n        name\n      }\n      to {\n        id\n        number\n        name\n      }\n      lines {\n        change\n        text\n      }\n    }\n  }\n':
    types.BriefingNoteVersionDiffDocument,
  '\n  mutation NameBriefingNoteVersion($noteId: ID!, $name: String!) {\n    nameBriefingNoteVersion(noteId: $noteId, name: $name) {\n      ...NoteVersionFields\n    }\n  }\n':
    types.NameBriefingNoteVersionDocument,
  '\n  mutation RestoreBriefingNoteVersion($id: ID!) {\n    restoreBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n':
    types.RestoreBriefingNoteVersionDocument,
  '\n  mutation ApproveBriefingNoteVersion($id: ID!) {\n    approveBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n':
    types.ApproveBriefingNoteVersionDocument,
  '\n  mutation SealBriefingNoteVersion($id: ID!) {\n    sealBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n':
    types.SealBriefingNoteVersionDocument,
  '\n  fragment CaseListFields on IndividualCase {\n    id\n    reference\n    name\n    nativeName\n    status\n    region\n    ownerPartner\n    themeCodes\n    vulnerableGroups\n    raisedBy\n    awaitingAnswers\n    lastRaising {\n      id\n      partnerCode\n      channel\n      raisedOn\n      answerKind\n      answeredOn\n    }\n    raisings {\n      id\n      raisedOn\n      answerKind\n    }\n  }\n':
    types.CaseListFieldsFragmentDoc,
  '\n  fragment CaseRaisingFields on CaseRaising {\n    id\n    caseId\n    partnerCode\n    channel\n    raisedOn\n    request\n    answerKind\n    answer\n    answeredOn\n    daysToAnswer\n    recordedAt\n    answerRecordedAt\n    canRecordAnswer\n    meeting {\n      id\n      title\n      startsAt\n    }\n    recordedBy {\n      id\n      displayName\n      partnerCode\n    }\n    answerRecordedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n':
    types.CaseRaisingFieldsFragmentDoc,
  '\n  fragment CaseFields on IndividualCase {\n    ...CaseListFields\n    birthYear\n    detainedOn\n    charges\n    sentence\n    location\n    summary\n    sourceName\n    sourceReference\n    canEdit\n    canManage\n    createdAt\n    updatedAt\n    raisings {\n      ...CaseRaisingFields\n    }\n    namedReaders {\n      id\n      displayName\n      partnerCode\n    }\n    createdBy {\n      id\n      displayName\n      partnerCode\n    }\n    updatedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n':
    types.CaseFieldsFragmentDoc,
  '\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      ...CaseListFields\n    }\n  }\n':
    types.CasesDocument,
  '\n  query CasePicker($search: String) {\n    cases(filter: { search: $search }) {\n      id\n      reference\n      name\n      status\n    }\n  }\n':
    types.CasePickerDocument,
  '\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n':
    types.CaseDocument,
  '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseFields\n    }\n  }\n':
    types.CreateCaseDocument,
  '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n':
    types.UpdateCaseDocument,
  '\n  mutation RecordCaseRaising($input: RecordCaseRaisingInput!) {\n    recordCaseRaising(input: $input) {\n      ...CaseFields\n    }\n  }\n':
    types.RecordCaseRaisingDocument,
  '\n  mutation RecordCaseAnswer($input: RecordCaseAnswerInput!) {\n    recordCaseAnswer(input: $input) {\n      ...CaseFields\n    }\n  }\n':
    types.RecordCaseAnswerDocument,
  '\n  mutation SetCaseReaders($input: SetCaseReadersInput!) {\n    setCaseReaders(input: $input) {\n      ...CaseFields\n    }\n  }\n':
    types.SetCaseReadersDocument,
  '\n  query CaseReaderCandidates {\n    actionItemAssignees(classification: PARTNERS) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n':
    types.CaseReaderCandidatesDocument,
  '\n  fragment MeetingCaseListFields on MeetingCaseList {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    hostPartner\n    sentAt\n    updatedAt\n    canEdit\n    daysBeforeRound\n    sentBy {\n      id\n      displayName\n      partnerCode\n    }\n    entries {\n      position\n      request\n      case {\n        id\n        reference\n        name\n        nativeName\n        status\n        region\n        detainedOn\n      }\n    }\n  }\n':
    types.MeetingCaseListFieldsFragmentDoc,
  '\n  query MeetingCaseList($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      kind\n      title\n      status\n      hostPartner\n    }\n    meetingCaseList(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n':
    types.MeetingCaseListDocument,
  '\n  mutation SetMeetingCaseList($input: SetMeetingCaseListInput!) {\n    setMeetingCaseList(input: $input) {\n      ...MeetingCaseListFields\n    }\n  }\n':
    types.SetMeetingCaseListDocument,
  '\n  mutation MarkMeetingCaseListSent($meetingId: ID!) {\n    markMeetingCaseListSent(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n':
    types.MarkMeetingCaseListSentDocument,
  '\n  fragment DelegationMemberFields on DelegationMember {\n    id\n    meetingId\n    partnerCode\n    name\n    ministry\n    function\n    level\n    userId\n  }\n':
    types.DelegationMemberFieldsFragmentDoc,
  '\n  query MeetingDelegations($meetingId: ID!) {\n    meetingDelegations(meetingId: $meetingId) {\n      meetingId\n      partnerCode\n      canEdit\n      members {\n        ...DelegationMemberFields\n      }\n    }\n  }\n':
    types.MeetingDelegationsDocument,
  '\n  query DelegationContinuity($partnerCode: PartnerCode!) {\n    delegationContinuity(partnerCode: $partnerCode) {\n      partnerCode\n      people {\n        name\n        meetingCount\n        firstSeen\n        lastSeen\n        userId\n        attendances {\n          memberId\n          name\n          ministry\n          function\n          level\n          meeting {\n            id\n            title\n            kind\n            city\n            timeZone\n            startsAt\n            status\n          }\n        }\n      }\n      meetingsWithoutRoster {\n        id\n        title\n        kind\n        city\n        timeZone\n        startsAt\n        status\n      }\n    }\n  }\n':
    types.DelegationContinuityDocument,
  '\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n':
    types.AddDelegationMemberDocument,
  '\n  mutation UpdateDelegationMember($input: UpdateDelegationMemberInput!) {\n    updateDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n':
    types.UpdateDelegationMemberDocument,
  '\n  mutation RemoveDelegationMember($id: ID!) {\n    removeDelegationMember(id: $id)\n  }\n':
    types.RemoveDelegationMemberDocument,
  '\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n':
    types.CalendarFeedDocument,
  '\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n':
    types.CreateCalendarFeedDocument,
  '\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n':
    types.RevokeCalendarFeedDocument,
  '\n  query Partners {\n    partners {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n':
    types.PartnersDocument,
  '\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    title\n    venue\n    city\n    timeZone\n    startsAt\n    endsAt\n    status\n    statusReason\n    hostPartner\n    classification\n    partnerCodes\n    canManage\n    icsPath\n  }\n':
    types.MeetingFieldsFragmentDoc,
  '\n  query Meetings($filter: MeetingsFilter!) {\n    meetings(filter: $filter) {\n      ...MeetingFields\n    }\n  }\n':
    types.MeetingsDocument,
  '\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n':
    types.MeetingDocument,
  '\n  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {\n    setMeetingStatus(input: $input) {\n      ...MeetingFields\n    }\n  }\n':
    types.SetMeetingStatusDocument,
  '\n  fragment PollSummaryFields on SchedulingPoll {\n    id\n    title\n    kind\n    venue\n    city\n    timeZone\n    hostPartner\n    status\n    meetingId\n    partnerCodes\n    canManage\n    myPartner\n    createdAt\n  }\n':
    types.PollSummaryFieldsFragmentDoc,
  '\n  fragment PollFields on SchedulingPoll {\n    ...PollSummaryFields\n    slots {\n      id\n      startsAt\n      endsAt\n      rank\n      score\n      problems\n      local {\n        partnerCode\n        timeZone\n        localStart\n        localEnd\n        outsideWorkingHours\n        weekend\n        holiday\n      }\n      partnerAnswers {\n        partnerCode\n        answer\n      }\n      votes {\n        userId\n        displayName\n        partnerCode\n        answer\n      }\n    }\n  }\n':
    types.PollFieldsFragmentDoc,
  '\n  query SchedulingPolls($includeClosed: Boolean!) {\n    schedulingPolls(includeClosed: $includeClosed) {\n      ...PollSummaryFields\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n':
    types.SchedulingPollsDocument,
  '\n  query SchedulingPoll($id: ID!) {\n    schedulingPoll(id: $id) {\n      ...PollFields\n    }\n  }\n':
    types.SchedulingPollDocument,
  '\n  mutation CreateSchedulingPoll($input: CreatePollInput!) {\n    createSchedulingPoll(input: $input) {\n      ...PollFields\n    }\n  }\n':
    types.CreateSchedulingPollDocument,
  '\n  mutation AnswerSchedulingPoll($pollId: ID!, $answers: [PollAnswerInput!]!) {\n    answerSchedulingPoll(pollId: $pollId, answers: $answers) {\n      ...PollFields\n    }\n  }\n':
    types.AnswerSchedulingPollDocument,
  '\n  mutation ConfirmSchedulingPoll($pollId: ID!, $slotId: ID!) {\n    confirmSchedulingPoll(pollId: $pollId, slotId: $slotId) {\n      ...MeetingFields\n    }\n  }\n':
    types.ConfirmSchedulingPollDocument,
  '\n  mutation CloseSchedulingPoll($pollId: ID!) {\n    closeSchedulingPoll(pollId: $pollId) {\n      ...PollFields\n    }\n  }\n':
    types.CloseSchedulingPollDocument,
  '\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      id\n      kind\n      actorName\n      targetTitle\n      targetPath\n      createdAt\n      readAt\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n':
    types.UnreadNotificationCountDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n':
    types.UsersDocument,
  '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n':
    types.InviteUserDocument,
  '\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n':
    types.SetUserDisabledDocument,
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
  source: '\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    description\n    meetingId\n    meeting {\n      id\n      title\n      kind\n      city\n      startsAt\n      status\n    }\n    ownerPartner\n    assignee {\n      id\n      displayName\n      partnerCode\n    }\n    dueDate\n    status\n    overdue\n    classification\n    canEdit\n    completedAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    description\n    meetingId\n    meeting {\n      id\n      title\n      kind\n      city\n      startsAt\n      status\n    }\n    ownerPartner\n    assignee {\n      id\n      displayName\n      partnerCode\n    }\n    dueDate\n    status\n    overdue\n    classification\n    canEdit\n    completedAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n',
): (typeof documents)['\n  query MyActionItems {\n    myActionItems {\n      ...ActionItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingActionItems($meetingId: ID!) {\n    actionItems(filter: { meetingId: $meetingId }) {\n      ...ActionItemFields\n    }\n    openActionItemsForNextMeeting(meetingId: $meetingId) {\n      ...ActionItemFields\n    }\n  }\n',
): (typeof documents)['\n  query MeetingActionItems($meetingId: ID!) {\n    actionItems(filter: { meetingId: $meetingId }) {\n      ...ActionItemFields\n    }\n    openActionItemsForNextMeeting(meetingId: $meetingId) {\n      ...ActionItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActionItemAssignees($ownerPartner: PartnerCode, $classification: Classification!) {\n    actionItemAssignees(ownerPartner: $ownerPartner, classification: $classification) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n',
): (typeof documents)['\n  query ActionItemAssignees($ownerPartner: PartnerCode, $classification: Classification!) {\n    actionItemAssignees(ownerPartner: $ownerPartner, classification: $classification) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgendaPersonFields on AgendaPerson {\n    id\n    displayName\n    partnerCode\n  }\n',
): (typeof documents)['\n  fragment AgendaPersonFields on AgendaPerson {\n    id\n    displayName\n    partnerCode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    proposedBy {\n      id\n      displayName\n      partnerCode\n    }\n    minutes\n    position\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    guestVisible\n    silenceDeadline\n    createdAt\n    updatedAt\n    canEdit\n    links {\n      kind\n      targetId\n      title\n      path\n    }\n    consents {\n      partnerCode\n      position\n      text\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n    history {\n      event\n      fromState\n      toState\n      partnerCode\n      detail\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    proposedBy {\n      id\n      displayName\n      partnerCode\n    }\n    minutes\n    position\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    guestVisible\n    silenceDeadline\n    createdAt\n    updatedAt\n    canEdit\n    links {\n      kind\n      targetId\n      title\n      path\n    }\n    consents {\n      partnerCode\n      position\n      text\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n    history {\n      event\n      fromState\n      toState\n      partnerCode\n      detail\n      at\n      by {\n        id\n        displayName\n        partnerCode\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgendaFields on Agenda {\n    meetingId\n    status\n    version\n    lockedAt\n    partnerCodes\n    allocatedMinutes\n    meetingMinutes\n    isChair\n    speaksFor\n    memberOf\n    items {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AgendaFields on Agenda {\n    meetingId\n    status\n    version\n    lockedAt\n    partnerCodes\n    allocatedMinutes\n    meetingMinutes\n    isChair\n    speaksFor\n    memberOf\n    items {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n',
): (typeof documents)['\n  query Agenda($meetingId: ID!) {\n    agenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgendaVersions($meetingId: ID!) {\n    agendaVersions(meetingId: $meetingId) {\n      number\n      lockedAt\n      reopenedAt\n      reopenReason\n      snapshot\n    }\n  }\n',
): (typeof documents)['\n  query AgendaVersions($meetingId: ID!) {\n    agendaVersions(meetingId: $meetingId) {\n      number\n      lockedAt\n      reopenedAt\n      reopenReason\n      snapshot\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgendaSpeakers($partnerCode: PartnerCode!) {\n    agendaSpeakers(partnerCode: $partnerCode) {\n      ...AgendaPersonFields\n    }\n  }\n',
): (typeof documents)['\n  query AgendaSpeakers($partnerCode: PartnerCode!) {\n    agendaSpeakers(partnerCode: $partnerCode) {\n      ...AgendaPersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerDiplomats($partnerCode: PartnerCode!) {\n    users(filter: { partnerCode: $partnerCode, role: DIPLOMAT }) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n',
): (typeof documents)['\n  query PartnerDiplomats($partnerCode: PartnerCode!) {\n    users(filter: { partnerCode: $partnerCode, role: DIPLOMAT }) {\n      id\n      displayName\n      email\n      disabled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgendaBriefingNotes($search: String) {\n    briefingNotes(filter: { search: $search }, limit: 20) {\n      id\n      title\n      classification\n    }\n  }\n',
): (typeof documents)['\n  query AgendaBriefingNotes($search: String) {\n    briefingNotes(filter: { search: $search }, limit: 20) {\n      id\n      title\n      classification\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeAgendaItem($input: ProposeAgendaItemInput!) {\n    proposeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeAgendaItem($input: ProposeAgendaItemInput!) {\n    proposeAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EditAgendaItem($input: EditAgendaItemInput!) {\n    editAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EditAgendaItem($input: EditAgendaItemInput!) {\n    editAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAgendaConsent($input: RecordConsentInput!) {\n    recordAgendaConsent(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAgendaConsent($input: RecordConsentInput!) {\n    recordAgendaConsent(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenAgendaSilenceProcedure($input: OpenSilenceInput!) {\n    openAgendaSilenceProcedure(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenAgendaSilenceProcedure($input: OpenSilenceInput!) {\n    openAgendaSilenceProcedure(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawAgendaItem($id: ID!) {\n    withdrawAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawAgendaItem($id: ID!) {\n    withdrawAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeferAgendaItem($id: ID!) {\n    deferAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeferAgendaItem($id: ID!) {\n    deferAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReinstateAgendaItem($id: ID!) {\n    reinstateAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReinstateAgendaItem($id: ID!) {\n    reinstateAgendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      ...AgendaFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {\n    reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {\n      ...AgendaFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LockAgenda($meetingId: ID!) {\n    lockAgenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n',
): (typeof documents)['\n  mutation LockAgenda($meetingId: ID!) {\n    lockAgenda(meetingId: $meetingId) {\n      ...AgendaFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenAgenda($meetingId: ID!, $reason: String!) {\n    reopenAgenda(meetingId: $meetingId, reason: $reason) {\n      ...AgendaFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenAgenda($meetingId: ID!, $reason: String!) {\n    reopenAgenda(meetingId: $meetingId, reason: $reason) {\n      ...AgendaFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAgendaSpeaker($userId: ID!, $speaks: Boolean!) {\n    setAgendaSpeaker(userId: $userId, speaks: $speaks) {\n      ...AgendaPersonFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAgendaSpeaker($userId: ID!, $speaks: Boolean!) {\n    setAgendaSpeaker(userId: $userId, speaks: $speaks) {\n      ...AgendaPersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgendaMeetingRefFields on AgendaMeetingRef {\n    id\n    title\n    kind\n    city\n    timeZone\n    startsAt\n    status\n    path\n  }\n',
): (typeof documents)['\n  fragment AgendaMeetingRefFields on AgendaMeetingRef {\n    id\n    title\n    kind\n    city\n    timeZone\n    startsAt\n    status\n    path\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgendaOutcomeFields on AgendaOutcome {\n    state\n    summary\n    positions {\n      partnerCode\n      position\n      text\n    }\n  }\n',
): (typeof documents)['\n  fragment AgendaOutcomeFields on AgendaOutcome {\n    state\n    summary\n    positions {\n      partnerCode\n      position\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgendaItemSummaryFields on AgendaItemSummary {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    minutes\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    path\n    meeting {\n      ...AgendaMeetingRefFields\n    }\n    outcome {\n      ...AgendaOutcomeFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AgendaItemSummaryFields on AgendaItemSummary {\n    id\n    meetingId\n    title\n    description\n    proposingPartner\n    minutes\n    state\n    themeCodes\n    vulnerableGroups\n    influenceRegion\n    path\n    meeting {\n      ...AgendaMeetingRefFields\n    }\n    outcome {\n      ...AgendaOutcomeFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgendaItemsRaisedBefore($themeCodes: [String!]!, $excludeMeetingId: ID, $limit: Int!) {\n    agendaItemsRaisedBefore(\n      themeCodes: $themeCodes\n      excludeMeetingId: $excludeMeetingId\n      limit: $limit\n    ) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AgendaItemsRaisedBefore($themeCodes: [String!]!, $excludeMeetingId: ID, $limit: Int!) {\n    agendaItemsRaisedBefore(\n      themeCodes: $themeCodes\n      excludeMeetingId: $excludeMeetingId\n      limit: $limit\n    ) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgendaItemHistoryOnThemes($itemId: ID!, $limit: Int!) {\n    agendaItemHistoryOnThemes(itemId: $itemId, limit: $limit) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AgendaItemHistoryOnThemes($itemId: ID!, $limit: Int!) {\n    agendaItemHistoryOnThemes(itemId: $itemId, limit: $limit) {\n      sharedThemeCodes\n      item {\n        ...AgendaItemSummaryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgendaSuggestions($meetingId: ID!) {\n    agendaSuggestions(meetingId: $meetingId) {\n      previousMeeting {\n        ...AgendaMeetingRefFields\n      }\n      suggestions {\n        reason\n        why\n        title\n        description\n        alreadyOnAgenda\n        agendaItem {\n          ...AgendaItemSummaryFields\n        }\n        actionItem {\n          id\n          title\n          dueDate\n          status\n          ownerPartner\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AgendaSuggestions($meetingId: ID!) {\n    agendaSuggestions(meetingId: $meetingId) {\n      previousMeeting {\n        ...AgendaMeetingRefFields\n      }\n      suggestions {\n        reason\n        why\n        title\n        description\n        alreadyOnAgenda\n        agendaItem {\n          ...AgendaItemSummaryFields\n        }\n        actionItem {\n          id\n          title\n          dueDate\n          status\n          ownerPartner\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThemeTimeline($themeCode: String!, $limit: Int!) {\n    themeTimeline(themeCode: $themeCode, limit: $limit) {\n      kind\n      id\n      date\n      title\n      meetingCounts {\n        agendaItems\n        states {\n          state\n          count\n        }\n        briefingNotes\n        benchmarkAssessments\n      }\n      partnerCode\n      path\n      meeting {\n        ...AgendaMeetingRefFields\n      }\n      outcome {\n        ...AgendaOutcomeFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThemeTimeline($themeCode: String!, $limit: Int!) {\n    themeTimeline(themeCode: $themeCode, limit: $limit) {\n      kind\n      id\n      date\n      title\n      meetingCounts {\n        agendaItems\n        states {\n          state\n          count\n        }\n        briefingNotes\n        benchmarkAssessments\n      }\n      partnerCode\n      path\n      meeting {\n        ...AgendaMeetingRefFields\n      }\n      outcome {\n        ...AgendaOutcomeFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchAgendaItems($filter: AgendaItemSearchFilter, $limit: Int!, $offset: Int!) {\n    searchAgendaItems(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      results {\n        item {\n          ...AgendaItemSummaryFields\n        }\n        titleHighlights {\n          start\n          length\n        }\n        snippet {\n          text\n          highlights {\n            start\n            length\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchAgendaItems($filter: AgendaItemSearchFilter, $limit: Int!, $offset: Int!) {\n    searchAgendaItems(filter: $filter, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      results {\n        item {\n          ...AgendaItemSummaryFields\n        }\n        titleHighlights {\n          start\n          length\n        }\n        snippet {\n          text\n          highlights {\n            start\n            length\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLog($filter: AuditFilterInput, $offset: Int!, $limit: Int!) {\n    auditLog(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      entries {\n        id\n        at\n        actorId\n        actorEmail\n        action\n        resourceType\n        resourceId\n        outcome\n        ip\n        details\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n',
): (typeof documents)['\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      firstBrokenId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n',
): (typeof documents)['\n  fragment CurrentUserFields on User {\n    id\n    email\n    displayName\n    role\n    clearedForRestricted\n    disabled\n    locale\n    partner {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentUserFields\n    }\n  }\n'];
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
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BenchmarkListFields on Benchmark {\n    id\n    kind\n    statement\n    holder\n    holders\n    targetDate\n    daysToDeadline\n    overdue\n    active\n    themeCodes\n    classification\n    alignedObjective {\n      id\n      title\n    }\n    latestAssessment {\n      id\n      status\n      date\n      partnerCode\n    }\n    trend {\n      direction\n      explanation\n    }\n  }\n',
): (typeof documents)['\n  fragment BenchmarkListFields on Benchmark {\n    id\n    kind\n    statement\n    holder\n    holders\n    targetDate\n    daysToDeadline\n    overdue\n    active\n    themeCodes\n    classification\n    alignedObjective {\n      id\n      title\n    }\n    latestAssessment {\n      id\n      status\n      date\n      partnerCode\n    }\n    trend {\n      direction\n      explanation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Benchmarks($filter: BenchmarksFilter) {\n    benchmarks(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n',
): (typeof documents)['\n  query Benchmarks($filter: BenchmarksFilter) {\n    benchmarks(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SuspensionCriteria($filter: BenchmarksFilter) {\n    suspensionCriteria(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n',
): (typeof documents)['\n  query SuspensionCriteria($filter: BenchmarksFilter) {\n    suspensionCriteria(filter: $filter) {\n      ...BenchmarkListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BenchmarkDashboard($filter: BenchmarkDashboardFilter) {\n    benchmarkDashboard(filter: $filter) {\n      benchmarkCount\n      openConflictCount\n      rounds {\n        meetingId\n        title\n        city\n        startsAt\n        periodStart\n      }\n      rows {\n        themeCode\n        benchmarkCount\n        cells {\n          meetingId\n          average\n          median\n          medianStatus\n          count\n          benchmarkCount\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      upcoming {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n      overdue {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BenchmarkDashboard($filter: BenchmarkDashboardFilter) {\n    benchmarkDashboard(filter: $filter) {\n      benchmarkCount\n      openConflictCount\n      rounds {\n        meetingId\n        title\n        city\n        startsAt\n        periodStart\n      }\n      rows {\n        themeCode\n        benchmarkCount\n        cells {\n          meetingId\n          average\n          median\n          medianStatus\n          count\n          benchmarkCount\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      upcoming {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n      overdue {\n        benchmarkId\n        statement\n        holder\n        kind\n        targetDate\n        daysLeft\n        latestStatus\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Benchmark($id: ID!) {\n    benchmark(id: $id) {\n      id\n      kind\n      statement\n      description\n      holder\n      holders\n      targetDate\n      daysToDeadline\n      overdue\n      active\n      withdrawnAt\n      withdrawnReason\n      themeCodes\n      indicators\n      classification\n      canAssess\n      canEdit\n      canManage\n      alignedObjective {\n        id\n        title\n      }\n      unReference {\n        label\n        instrument\n        article\n        mechanism\n        uprCycle\n      }\n      trend {\n        direction\n        explanation\n        slope\n        change\n        average\n        count\n        window\n        latestStatus\n        latestDate\n      }\n      partnerTrends {\n        partnerCode\n        points {\n          assessmentId\n          date\n          score\n          status\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      assessments {\n        id\n        partnerCode\n        status\n        score\n        date\n        evidence\n        links\n        chinaResponse\n        effective\n        supersedesId\n        supersededById\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      conflicts {\n        ...BenchmarkConflictFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Benchmark($id: ID!) {\n    benchmark(id: $id) {\n      id\n      kind\n      statement\n      description\n      holder\n      holders\n      targetDate\n      daysToDeadline\n      overdue\n      active\n      withdrawnAt\n      withdrawnReason\n      themeCodes\n      indicators\n      classification\n      canAssess\n      canEdit\n      canManage\n      alignedObjective {\n        id\n        title\n      }\n      unReference {\n        label\n        instrument\n        article\n        mechanism\n        uprCycle\n      }\n      trend {\n        direction\n        explanation\n        slope\n        change\n        average\n        count\n        window\n        latestStatus\n        latestDate\n      }\n      partnerTrends {\n        partnerCode\n        points {\n          assessmentId\n          date\n          score\n          status\n        }\n        trend {\n          direction\n          explanation\n        }\n      }\n      assessments {\n        id\n        partnerCode\n        status\n        score\n        date\n        evidence\n        links\n        chinaResponse\n        effective\n        supersedesId\n        supersededById\n        recordedAt\n        recordedBy {\n          id\n          displayName\n        }\n        meeting {\n          id\n          title\n          startsAt\n        }\n      }\n      conflicts {\n        ...BenchmarkConflictFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BenchmarkConflictFields on BenchmarkConflict {\n    id\n    kind\n    status\n    active\n    canResolve\n    detectedAt\n    resolvedAt\n    resolutionNote\n    resolvedBy {\n      id\n      displayName\n    }\n    alignedObjective {\n      id\n      title\n    }\n    sideA {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n    sideB {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n  }\n',
): (typeof documents)['\n  fragment BenchmarkConflictFields on BenchmarkConflict {\n    id\n    kind\n    status\n    active\n    canResolve\n    detectedAt\n    resolvedAt\n    resolutionNote\n    resolvedBy {\n      id\n      displayName\n    }\n    alignedObjective {\n      id\n      title\n    }\n    sideA {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n    sideB {\n      benchmarkId\n      holder\n      partnerCode\n      kind\n      statement\n      targetDate\n      assessmentStatus\n      assessmentDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BenchmarkConflicts($filter: BenchmarkConflictsFilter) {\n    benchmarkConflicts(filter: $filter) {\n      ...BenchmarkConflictFields\n    }\n  }\n',
): (typeof documents)['\n  query BenchmarkConflicts($filter: BenchmarkConflictsFilter) {\n    benchmarkConflicts(filter: $filter) {\n      ...BenchmarkConflictFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BenchmarkMatrix($filter: BenchmarkMatrixFilter) {\n    benchmarkMatrix(filter: $filter) {\n      partners\n      rows {\n        title\n        themeCodes\n        openConflictCount\n        conflictKinds\n        alignedObjective {\n          id\n          title\n        }\n        cells {\n          benchmarkId\n          partnerCode\n          kind\n          targetDate\n          latestStatus\n          overdue\n          trend\n          statement\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BenchmarkMatrix($filter: BenchmarkMatrixFilter) {\n    benchmarkMatrix(filter: $filter) {\n      partners\n      rows {\n        title\n        themeCodes\n        openConflictCount\n        conflictKinds\n        alignedObjective {\n          id\n          title\n        }\n        cells {\n          benchmarkId\n          partnerCode\n          kind\n          targetDate\n          latestStatus\n          overdue\n          trend\n          statement\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AlignedObjectives {\n    alignedObjectives {\n      id\n      title\n      holders\n      canEdit\n      openConflictCount\n    }\n  }\n',
): (typeof documents)['\n  query AlignedObjectives {\n    alignedObjectives {\n      id\n      title\n      holders\n      canEdit\n      openConflictCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateBenchmark($input: CreateBenchmarkInput!) {\n    createBenchmark(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBenchmark($input: UpdateBenchmarkInput!) {\n    updateBenchmark(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AlignBenchmark($benchmarkId: ID!, $alignedObjectiveId: ID) {\n    alignBenchmark(benchmarkId: $benchmarkId, alignedObjectiveId: $alignedObjectiveId) {\n      id\n      alignedObjective {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AlignBenchmark($benchmarkId: ID!, $alignedObjectiveId: ID) {\n    alignBenchmark(benchmarkId: $benchmarkId, alignedObjectiveId: $alignedObjectiveId) {\n      id\n      alignedObjective {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAlignedObjective($input: CreateAlignedObjectiveInput!) {\n    createAlignedObjective(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAlignedObjective($input: CreateAlignedObjectiveInput!) {\n    createAlignedObjective(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordBenchmarkAssessment($input: RecordAssessmentInput!) {\n    recordBenchmarkAssessment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordBenchmarkAssessment($input: RecordAssessmentInput!) {\n    recordBenchmarkAssessment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveBenchmarkConflict($id: ID!, $note: String!) {\n    resolveBenchmarkConflict(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveBenchmarkConflict($id: ID!, $note: String!) {\n    resolveBenchmarkConflict(id: $id, note: $note) {\n      id\n      status\n      resolutionNote\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportBenchmarksCsv($csv: String!, $dryRun: Boolean) {\n    importBenchmarksCsv(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      objectivesCreated\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportBenchmarksCsv($csv: String!, $dryRun: Boolean) {\n    importBenchmarksCsv(csv: $csv, dryRun: $dryRun) {\n      ok\n      dryRun\n      rows\n      created\n      updated\n      unchanged\n      objectivesCreated\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n',
): (typeof documents)['\n  fragment BriefingNoteFields on BriefingNote {\n    id\n    title\n    docName\n    classification\n    archivedAt\n    createdAt\n    updatedAt\n    canEdit\n    canShare\n    ownerPartner {\n      code\n      name\n      nameFr\n      color\n    }\n    themes {\n      code\n      name\n      nameFr\n    }\n    authors {\n      id\n      displayName\n      partnerCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNotes($filter: BriefingNotesFilter) {\n    briefingNotes(filter: $filter) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNote($id: ID!) {\n    briefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n',
): (typeof documents)['\n  query Themes {\n    themes {\n      code\n      name\n      nameFr\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateBriefingNote($input: CreateBriefingNoteInput!) {\n    createBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameBriefingNote($input: RenameBriefingNoteInput!) {\n    renameBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReclassifyBriefingNote($input: ReclassifyBriefingNoteInput!) {\n    reclassifyBriefingNote(input: $input) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveBriefingNote($id: ID!) {\n    archiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UnarchiveBriefingNote($id: ID!) {\n    unarchiveBriefingNote(id: $id) {\n      ...BriefingNoteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NoteCommentThreadFields on NoteCommentThread {\n    id\n    noteId\n    anchorStart\n    anchorEnd\n    quote\n    createdAt\n    resolvedAt\n    canResolve\n    createdBy {\n      ...NotePersonFields\n    }\n    resolvedBy {\n      ...NotePersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...NotePersonFields\n      }\n      mentions {\n        ...NotePersonFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment NoteCommentThreadFields on NoteCommentThread {\n    id\n    noteId\n    anchorStart\n    anchorEnd\n    quote\n    createdAt\n    resolvedAt\n    canResolve\n    createdBy {\n      ...NotePersonFields\n    }\n    resolvedBy {\n      ...NotePersonFields\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        ...NotePersonFields\n      }\n      mentions {\n        ...NotePersonFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNoteComments($noteId: ID!, $includeResolved: Boolean!) {\n    briefingNoteComments(noteId: $noteId, includeResolved: $includeResolved) {\n      ...NoteCommentThreadFields\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNoteComments($noteId: ID!, $includeResolved: Boolean!) {\n    briefingNoteComments(noteId: $noteId, includeResolved: $includeResolved) {\n      ...NoteCommentThreadFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNoteMentionable($noteId: ID!) {\n    briefingNoteMentionable(noteId: $noteId) {\n      ...NotePersonFields\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNoteMentionable($noteId: ID!) {\n    briefingNoteMentionable(noteId: $noteId) {\n      ...NotePersonFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartNoteCommentThread($input: StartNoteCommentThreadInput!) {\n    startNoteCommentThread(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartNoteCommentThread($input: StartNoteCommentThreadInput!) {\n    startNoteCommentThread(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToNoteComment($input: ReplyToNoteCommentInput!) {\n    replyToNoteComment(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplyToNoteComment($input: ReplyToNoteCommentInput!) {\n    replyToNoteComment(input: $input) {\n      ...NoteCommentThreadFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResolveNoteCommentThread($id: ID!) {\n    resolveNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ResolveNoteCommentThread($id: ID!) {\n    resolveNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenNoteCommentThread($id: ID!) {\n    reopenNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenNoteCommentThread($id: ID!) {\n    reopenNoteCommentThread(id: $id) {\n      ...NoteCommentThreadFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotePersonFields on NotePerson {\n    id\n    displayName\n    partnerCode\n  }\n',
): (typeof documents)['\n  fragment NotePersonFields on NotePerson {\n    id\n    displayName\n    partnerCode\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NoteVersionFields on NoteVersion {\n    id\n    noteId\n    number\n    kind\n    name\n    createdAt\n    restoredFromNumber\n    sealedAt\n    createdBy {\n      ...NotePersonFields\n    }\n    sealedBy {\n      ...NotePersonFields\n    }\n    approvals {\n      partnerCode\n      approvedAt\n      approvedBy {\n        ...NotePersonFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment NoteVersionFields on NoteVersion {\n    id\n    noteId\n    number\n    kind\n    name\n    createdAt\n    restoredFromNumber\n    sealedAt\n    createdBy {\n      ...NotePersonFields\n    }\n    sealedBy {\n      ...NotePersonFields\n    }\n    approvals {\n      partnerCode\n      approvedAt\n      approvedBy {\n        ...NotePersonFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNoteVersions($noteId: ID!) {\n    briefingNoteVersions(noteId: $noteId) {\n      ...NoteVersionFields\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNoteVersions($noteId: ID!) {\n    briefingNoteVersions(noteId: $noteId) {\n      ...NoteVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNoteVersion($id: ID!) {\n    briefingNoteVersion(id: $id) {\n      state\n      version {\n        ...NoteVersionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNoteVersion($id: ID!) {\n    briefingNoteVersion(id: $id) {\n      state\n      version {\n        ...NoteVersionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BriefingNoteVersionDiff($fromId: ID!, $toId: ID) {\n    briefingNoteVersionDiff(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      from {\n        id\n        number\n        name\n      }\n      to {\n        id\n        number\n        name\n      }\n      lines {\n        change\n        text\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BriefingNoteVersionDiff($fromId: ID!, $toId: ID) {\n    briefingNoteVersionDiff(fromId: $fromId, toId: $toId) {\n      added\n      removed\n      from {\n        id\n        number\n        name\n      }\n      to {\n        id\n        number\n        name\n      }\n      lines {\n        change\n        text\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NameBriefingNoteVersion($noteId: ID!, $name: String!) {\n    nameBriefingNoteVersion(noteId: $noteId, name: $name) {\n      ...NoteVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation NameBriefingNoteVersion($noteId: ID!, $name: String!) {\n    nameBriefingNoteVersion(noteId: $noteId, name: $name) {\n      ...NoteVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreBriefingNoteVersion($id: ID!) {\n    restoreBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreBriefingNoteVersion($id: ID!) {\n    restoreBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveBriefingNoteVersion($id: ID!) {\n    approveBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveBriefingNoteVersion($id: ID!) {\n    approveBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SealBriefingNoteVersion($id: ID!) {\n    sealBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SealBriefingNoteVersion($id: ID!) {\n    sealBriefingNoteVersion(id: $id) {\n      ...NoteVersionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseListFields on IndividualCase {\n    id\n    reference\n    name\n    nativeName\n    status\n    region\n    ownerPartner\n    themeCodes\n    vulnerableGroups\n    raisedBy\n    awaitingAnswers\n    lastRaising {\n      id\n      partnerCode\n      channel\n      raisedOn\n      answerKind\n      answeredOn\n    }\n    raisings {\n      id\n      raisedOn\n      answerKind\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseListFields on IndividualCase {\n    id\n    reference\n    name\n    nativeName\n    status\n    region\n    ownerPartner\n    themeCodes\n    vulnerableGroups\n    raisedBy\n    awaitingAnswers\n    lastRaising {\n      id\n      partnerCode\n      channel\n      raisedOn\n      answerKind\n      answeredOn\n    }\n    raisings {\n      id\n      raisedOn\n      answerKind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseRaisingFields on CaseRaising {\n    id\n    caseId\n    partnerCode\n    channel\n    raisedOn\n    request\n    answerKind\n    answer\n    answeredOn\n    daysToAnswer\n    recordedAt\n    answerRecordedAt\n    canRecordAnswer\n    meeting {\n      id\n      title\n      startsAt\n    }\n    recordedBy {\n      id\n      displayName\n      partnerCode\n    }\n    answerRecordedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseRaisingFields on CaseRaising {\n    id\n    caseId\n    partnerCode\n    channel\n    raisedOn\n    request\n    answerKind\n    answer\n    answeredOn\n    daysToAnswer\n    recordedAt\n    answerRecordedAt\n    canRecordAnswer\n    meeting {\n      id\n      title\n      startsAt\n    }\n    recordedBy {\n      id\n      displayName\n      partnerCode\n    }\n    answerRecordedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseFields on IndividualCase {\n    ...CaseListFields\n    birthYear\n    detainedOn\n    charges\n    sentence\n    location\n    summary\n    sourceName\n    sourceReference\n    canEdit\n    canManage\n    createdAt\n    updatedAt\n    raisings {\n      ...CaseRaisingFields\n    }\n    namedReaders {\n      id\n      displayName\n      partnerCode\n    }\n    createdBy {\n      id\n      displayName\n      partnerCode\n    }\n    updatedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n',
): (typeof documents)['\n  fragment CaseFields on IndividualCase {\n    ...CaseListFields\n    birthYear\n    detainedOn\n    charges\n    sentence\n    location\n    summary\n    sourceName\n    sourceReference\n    canEdit\n    canManage\n    createdAt\n    updatedAt\n    raisings {\n      ...CaseRaisingFields\n    }\n    namedReaders {\n      id\n      displayName\n      partnerCode\n    }\n    createdBy {\n      id\n      displayName\n      partnerCode\n    }\n    updatedBy {\n      id\n      displayName\n      partnerCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      ...CaseListFields\n    }\n  }\n',
): (typeof documents)['\n  query Cases($filter: CasesFilter) {\n    cases(filter: $filter) {\n      ...CaseListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CasePicker($search: String) {\n    cases(filter: { search: $search }) {\n      id\n      reference\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query CasePicker($search: String) {\n    cases(filter: { search: $search }) {\n      id\n      reference\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n',
): (typeof documents)['\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCaseRaising($input: RecordCaseRaisingInput!) {\n    recordCaseRaising(input: $input) {\n      ...CaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCaseRaising($input: RecordCaseRaisingInput!) {\n    recordCaseRaising(input: $input) {\n      ...CaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCaseAnswer($input: RecordCaseAnswerInput!) {\n    recordCaseAnswer(input: $input) {\n      ...CaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCaseAnswer($input: RecordCaseAnswerInput!) {\n    recordCaseAnswer(input: $input) {\n      ...CaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCaseReaders($input: SetCaseReadersInput!) {\n    setCaseReaders(input: $input) {\n      ...CaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCaseReaders($input: SetCaseReadersInput!) {\n    setCaseReaders(input: $input) {\n      ...CaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseReaderCandidates {\n    actionItemAssignees(classification: PARTNERS) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n',
): (typeof documents)['\n  query CaseReaderCandidates {\n    actionItemAssignees(classification: PARTNERS) {\n      id\n      displayName\n      partnerCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingCaseListFields on MeetingCaseList {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    hostPartner\n    sentAt\n    updatedAt\n    canEdit\n    daysBeforeRound\n    sentBy {\n      id\n      displayName\n      partnerCode\n    }\n    entries {\n      position\n      request\n      case {\n        id\n        reference\n        name\n        nativeName\n        status\n        region\n        detainedOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment MeetingCaseListFields on MeetingCaseList {\n    meetingId\n    meetingTitle\n    meetingStartsAt\n    hostPartner\n    sentAt\n    updatedAt\n    canEdit\n    daysBeforeRound\n    sentBy {\n      id\n      displayName\n      partnerCode\n    }\n    entries {\n      position\n      request\n      case {\n        id\n        reference\n        name\n        nativeName\n        status\n        region\n        detainedOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingCaseList($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      kind\n      title\n      status\n      hostPartner\n    }\n    meetingCaseList(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n',
): (typeof documents)['\n  query MeetingCaseList($meetingId: ID!) {\n    meeting(id: $meetingId) {\n      id\n      kind\n      title\n      status\n      hostPartner\n    }\n    meetingCaseList(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMeetingCaseList($input: SetMeetingCaseListInput!) {\n    setMeetingCaseList(input: $input) {\n      ...MeetingCaseListFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMeetingCaseList($input: SetMeetingCaseListInput!) {\n    setMeetingCaseList(input: $input) {\n      ...MeetingCaseListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkMeetingCaseListSent($meetingId: ID!) {\n    markMeetingCaseListSent(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkMeetingCaseListSent($meetingId: ID!) {\n    markMeetingCaseListSent(meetingId: $meetingId) {\n      ...MeetingCaseListFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DelegationMemberFields on DelegationMember {\n    id\n    meetingId\n    partnerCode\n    name\n    ministry\n    function\n    level\n    userId\n  }\n',
): (typeof documents)['\n  fragment DelegationMemberFields on DelegationMember {\n    id\n    meetingId\n    partnerCode\n    name\n    ministry\n    function\n    level\n    userId\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MeetingDelegations($meetingId: ID!) {\n    meetingDelegations(meetingId: $meetingId) {\n      meetingId\n      partnerCode\n      canEdit\n      members {\n        ...DelegationMemberFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MeetingDelegations($meetingId: ID!) {\n    meetingDelegations(meetingId: $meetingId) {\n      meetingId\n      partnerCode\n      canEdit\n      members {\n        ...DelegationMemberFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DelegationContinuity($partnerCode: PartnerCode!) {\n    delegationContinuity(partnerCode: $partnerCode) {\n      partnerCode\n      people {\n        name\n        meetingCount\n        firstSeen\n        lastSeen\n        userId\n        attendances {\n          memberId\n          name\n          ministry\n          function\n          level\n          meeting {\n            id\n            title\n            kind\n            city\n            timeZone\n            startsAt\n            status\n          }\n        }\n      }\n      meetingsWithoutRoster {\n        id\n        title\n        kind\n        city\n        timeZone\n        startsAt\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DelegationContinuity($partnerCode: PartnerCode!) {\n    delegationContinuity(partnerCode: $partnerCode) {\n      partnerCode\n      people {\n        name\n        meetingCount\n        firstSeen\n        lastSeen\n        userId\n        attendances {\n          memberId\n          name\n          ministry\n          function\n          level\n          meeting {\n            id\n            title\n            kind\n            city\n            timeZone\n            startsAt\n            status\n          }\n        }\n      }\n      meetingsWithoutRoster {\n        id\n        title\n        kind\n        city\n        timeZone\n        startsAt\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddDelegationMember($input: AddDelegationMemberInput!) {\n    addDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateDelegationMember($input: UpdateDelegationMemberInput!) {\n    updateDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateDelegationMember($input: UpdateDelegationMemberInput!) {\n    updateDelegationMember(input: $input) {\n      ...DelegationMemberFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveDelegationMember($id: ID!) {\n    removeDelegationMember(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveDelegationMember($id: ID!) {\n    removeDelegationMember(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n',
): (typeof documents)['\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n',
): (typeof documents)['\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Partners {\n    partners {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n',
): (typeof documents)['\n  query Partners {\n    partners {\n      code\n      name\n      nameFr\n      capital\n      timeZone\n      color\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    title\n    venue\n    city\n    timeZone\n    startsAt\n    endsAt\n    status\n    statusReason\n    hostPartner\n    classification\n    partnerCodes\n    canManage\n    icsPath\n  }\n',
): (typeof documents)['\n  fragment MeetingFields on Meeting {\n    id\n    kind\n    title\n    venue\n    city\n    timeZone\n    startsAt\n    endsAt\n    status\n    statusReason\n    hostPartner\n    classification\n    partnerCodes\n    canManage\n    icsPath\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meetings($filter: MeetingsFilter!) {\n    meetings(filter: $filter) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  query Meetings($filter: MeetingsFilter!) {\n    meetings(filter: $filter) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {\n    setMeetingStatus(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMeetingStatus($input: SetMeetingStatusInput!) {\n    setMeetingStatus(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PollSummaryFields on SchedulingPoll {\n    id\n    title\n    kind\n    venue\n    city\n    timeZone\n    hostPartner\n    status\n    meetingId\n    partnerCodes\n    canManage\n    myPartner\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment PollSummaryFields on SchedulingPoll {\n    id\n    title\n    kind\n    venue\n    city\n    timeZone\n    hostPartner\n    status\n    meetingId\n    partnerCodes\n    canManage\n    myPartner\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PollFields on SchedulingPoll {\n    ...PollSummaryFields\n    slots {\n      id\n      startsAt\n      endsAt\n      rank\n      score\n      problems\n      local {\n        partnerCode\n        timeZone\n        localStart\n        localEnd\n        outsideWorkingHours\n        weekend\n        holiday\n      }\n      partnerAnswers {\n        partnerCode\n        answer\n      }\n      votes {\n        userId\n        displayName\n        partnerCode\n        answer\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PollFields on SchedulingPoll {\n    ...PollSummaryFields\n    slots {\n      id\n      startsAt\n      endsAt\n      rank\n      score\n      problems\n      local {\n        partnerCode\n        timeZone\n        localStart\n        localEnd\n        outsideWorkingHours\n        weekend\n        holiday\n      }\n      partnerAnswers {\n        partnerCode\n        answer\n      }\n      votes {\n        userId\n        displayName\n        partnerCode\n        answer\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchedulingPolls($includeClosed: Boolean!) {\n    schedulingPolls(includeClosed: $includeClosed) {\n      ...PollSummaryFields\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SchedulingPolls($includeClosed: Boolean!) {\n    schedulingPolls(includeClosed: $includeClosed) {\n      ...PollSummaryFields\n      slots {\n        id\n        startsAt\n        endsAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SchedulingPoll($id: ID!) {\n    schedulingPoll(id: $id) {\n      ...PollFields\n    }\n  }\n',
): (typeof documents)['\n  query SchedulingPoll($id: ID!) {\n    schedulingPoll(id: $id) {\n      ...PollFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSchedulingPoll($input: CreatePollInput!) {\n    createSchedulingPoll(input: $input) {\n      ...PollFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSchedulingPoll($input: CreatePollInput!) {\n    createSchedulingPoll(input: $input) {\n      ...PollFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerSchedulingPoll($pollId: ID!, $answers: [PollAnswerInput!]!) {\n    answerSchedulingPoll(pollId: $pollId, answers: $answers) {\n      ...PollFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerSchedulingPoll($pollId: ID!, $answers: [PollAnswerInput!]!) {\n    answerSchedulingPoll(pollId: $pollId, answers: $answers) {\n      ...PollFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmSchedulingPoll($pollId: ID!, $slotId: ID!) {\n    confirmSchedulingPoll(pollId: $pollId, slotId: $slotId) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmSchedulingPoll($pollId: ID!, $slotId: ID!) {\n    confirmSchedulingPoll(pollId: $pollId, slotId: $slotId) {\n      ...MeetingFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseSchedulingPoll($pollId: ID!) {\n    closeSchedulingPoll(pollId: $pollId) {\n      ...PollFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseSchedulingPoll($pollId: ID!) {\n    closeSchedulingPoll(pollId: $pollId) {\n      ...PollFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      id\n      kind\n      actorName\n      targetTitle\n      targetPath\n      createdAt\n      readAt\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($unreadOnly: Boolean!, $limit: Int!) {\n    notifications(unreadOnly: $unreadOnly, limit: $limit) {\n      id\n      kind\n      actorName\n      targetTitle\n      targetPath\n      createdAt\n      readAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Users($filter: UsersFilter) {\n    users(filter: $filter) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      displayName\n      role\n      clearedForRestricted\n      disabled\n      partner {\n        code\n        name\n        nameFr\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n',
): (typeof documents)['\n  mutation SetUserDisabled($input: SetUserDisabledInput!) {\n    setUserDisabled(input: $input) {\n      id\n      disabled\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
