import { graphql } from '../../../generated';

export const BenchmarkListFieldsFragment = graphql(`
  fragment BenchmarkListFields on Benchmark {
    id
    kind
    statement
    holder
    holders
    targetDate
    daysToDeadline
    overdue
    active
    themeCodes
    classification
    alignedObjective {
      id
      title
    }
    latestAssessment {
      id
      status
      date
      partnerCode
    }
    trend {
      direction
      explanation
    }
  }
`);

export const BenchmarksQuery = graphql(`
  query Benchmarks($filter: BenchmarksFilter) {
    benchmarks(filter: $filter) {
      ...BenchmarkListFields
    }
  }
`);

export const SuspensionCriteriaQuery = graphql(`
  query SuspensionCriteria($filter: BenchmarksFilter) {
    suspensionCriteria(filter: $filter) {
      ...BenchmarkListFields
    }
  }
`);

export const BenchmarkDashboardQuery = graphql(`
  query BenchmarkDashboard($filter: BenchmarkDashboardFilter) {
    benchmarkDashboard(filter: $filter) {
      benchmarkCount
      openConflictCount
      rounds {
        meetingId
        title
        city
        startsAt
        periodStart
      }
      rows {
        themeCode
        benchmarkCount
        cells {
          meetingId
          average
          median
          medianStatus
          count
          benchmarkCount
        }
        trend {
          direction
          explanation
        }
      }
      statusCounts {
        status
        count
      }
      upcoming {
        benchmarkId
        statement
        holder
        kind
        targetDate
        daysLeft
        latestStatus
      }
      overdue {
        benchmarkId
        statement
        holder
        kind
        targetDate
        daysLeft
        latestStatus
      }
    }
  }
`);

export const BenchmarkQuery = graphql(`
  query Benchmark($id: ID!) {
    benchmark(id: $id) {
      id
      kind
      statement
      description
      holder
      holders
      targetDate
      daysToDeadline
      overdue
      active
      withdrawnAt
      withdrawnReason
      themeCodes
      indicators
      classification
      canAssess
      canEdit
      canManage
      alignedObjective {
        id
        title
      }
      unReference {
        label
        instrument
        article
        mechanism
        uprCycle
      }
      trend {
        direction
        explanation
        slope
        change
        average
        count
        window
        latestStatus
        latestDate
      }
      partnerTrends {
        partnerCode
        points {
          assessmentId
          date
          score
          status
        }
        trend {
          direction
          explanation
        }
      }
      assessments {
        id
        partnerCode
        status
        score
        date
        evidence
        links
        chinaResponse
        effective
        supersedesId
        supersededById
        recordedAt
        recordedBy {
          id
          displayName
        }
        meeting {
          id
          title
          startsAt
        }
      }
      conflicts {
        ...BenchmarkConflictFields
      }
    }
  }
`);

export const BenchmarkConflictFieldsFragment = graphql(`
  fragment BenchmarkConflictFields on BenchmarkConflict {
    id
    kind
    status
    active
    canResolve
    detectedAt
    resolvedAt
    resolutionNote
    resolvedBy {
      id
      displayName
    }
    alignedObjective {
      id
      title
    }
    sideA {
      benchmarkId
      holder
      partnerCode
      kind
      statement
      targetDate
      assessmentStatus
      assessmentDate
    }
    sideB {
      benchmarkId
      holder
      partnerCode
      kind
      statement
      targetDate
      assessmentStatus
      assessmentDate
    }
  }
`);

export const BenchmarkConflictsQuery = graphql(`
  query BenchmarkConflicts($filter: BenchmarkConflictsFilter) {
    benchmarkConflicts(filter: $filter) {
      ...BenchmarkConflictFields
    }
  }
`);

export const BenchmarkMatrixQuery = graphql(`
  query BenchmarkMatrix($filter: BenchmarkMatrixFilter) {
    benchmarkMatrix(filter: $filter) {
      partners
      rows {
        title
        themeCodes
        openConflictCount
        conflictKinds
        alignedObjective {
          id
          title
        }
        cells {
          benchmarkId
          partnerCode
          kind
          targetDate
          latestStatus
          overdue
          trend
          statement
        }
      }
    }
  }
`);

export const AlignedObjectivesQuery = graphql(`
  query AlignedObjectives {
    alignedObjectives {
      id
      title
      holders
      canEdit
      openConflictCount
    }
  }
`);

export const CreateBenchmarkMutation = graphql(`
  mutation CreateBenchmark($input: CreateBenchmarkInput!) {
    createBenchmark(input: $input) {
      id
    }
  }
`);

export const UpdateBenchmarkMutation = graphql(`
  mutation UpdateBenchmark($input: UpdateBenchmarkInput!) {
    updateBenchmark(input: $input) {
      id
    }
  }
`);

export const AlignBenchmarkMutation = graphql(`
  mutation AlignBenchmark($benchmarkId: ID!, $alignedObjectiveId: ID) {
    alignBenchmark(benchmarkId: $benchmarkId, alignedObjectiveId: $alignedObjectiveId) {
      id
      alignedObjective {
        id
        title
      }
    }
  }
`);

export const CreateAlignedObjectiveMutation = graphql(`
  mutation CreateAlignedObjective($input: CreateAlignedObjectiveInput!) {
    createAlignedObjective(input: $input) {
      id
      title
    }
  }
`);

export const RecordBenchmarkAssessmentMutation = graphql(`
  mutation RecordBenchmarkAssessment($input: RecordAssessmentInput!) {
    recordBenchmarkAssessment(input: $input) {
      id
    }
  }
`);

export const ResolveBenchmarkConflictMutation = graphql(`
  mutation ResolveBenchmarkConflict($id: ID!, $note: String!) {
    resolveBenchmarkConflict(id: $id, note: $note) {
      id
      status
      resolutionNote
    }
  }
`);

export const ImportBenchmarksCsvMutation = graphql(`
  mutation ImportBenchmarksCsv($csv: String!, $dryRun: Boolean) {
    importBenchmarksCsv(csv: $csv, dryRun: $dryRun) {
      ok
      dryRun
      rows
      created
      updated
      unchanged
      objectivesCreated
      errors {
        row
        column
        message
      }
    }
  }
`);
