import type { Classification } from '@berne/domain';
import { AppError, CommonErrors } from '../../common/app-error';

export const STATEMENT_MAX = 500;
export const DESCRIPTION_MAX = 8000;
export const ARTICLE_MAX = 60;
export const INDICATOR_MAX = 500;
export const INDICATORS_MAX = 20;
export const REASON_MAX = 500;
export const OBJECTIVE_TITLE_MAX = 300;
export const EVIDENCE_MAX = 8000;
export const CHINA_RESPONSE_MAX = 4000;
export const LINKS_MAX = 20;
export const LINK_MAX = 2000;
export const NOTE_MAX = 2000;
export const NAMED_READERS_MAX = 50;
/** A sanity bound: dates outside it are typing mistakes, not plans. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

const LABEL: Record<Classification, string> = {
  PUBLIC: 'public',
  PARTNERS: 'for partners',
  PARTNER_PRIVATE: 'partner-private',
  RESTRICTED: 'restricted',
};

/** Sentences shared by the GraphQL errors and the CSV import report. */
export const BenchmarkMessages = {
  statementEmpty: 'Write the benchmark’s statement: what should be achieved.',
  statementTooLong: `A statement has at most ${STATEMENT_MAX} characters.`,
  descriptionTooLong: `A description has at most ${DESCRIPTION_MAX} characters.`,
  badDate: (text: string, example = '2027-06-30') =>
    `“${text.slice(0, 20)}” is not a date: write it as YYYY-MM-DD, e.g. ${example}.`,
  dateOutOfRange: `Choose a date between ${YEAR_MIN} and ${YEAR_MAX}.`,
  unknownTheme: (code: string) =>
    `Unknown theme “${code.slice(0, 40)}”: use theme codes such as DEATH_PENALTY or LABOUR_RIGHTS.`,
  kindRequired: 'Say the kind: OBJECTIVE, PRECONDITION or SUSPENSION_CRITERION.',
  unknownKind: (text: string) =>
    `Unknown kind “${text.slice(0, 30)}”: use OBJECTIVE, PRECONDITION or SUSPENSION_CRITERION.`,
  unknownPartner: (text: string) =>
    `Unknown partner “${text.slice(0, 20)}”: use a partner code such as EU, CA or US.`,
  secretariatHolds: 'The secretariat does not hold benchmarks: name the partner that does.',
  holderRequired: 'Say which partner holds the benchmark.',
  holderNotYours: (own: string) =>
    `You record benchmarks held by ${own}; the secretariat records them for any partner.`,
  unknownInstrument: (text: string) =>
    `Unknown UN instrument “${text.slice(0, 30)}”: use ICCPR, ICESCR, CAT, ILO, UN_SPECIAL_PROCEDURES or HRC.`,
  unknownMechanism: (text: string) =>
    `Unknown UN mechanism “${text.slice(0, 40)}”: use a code such as COMMITTEE_AGAINST_TORTURE or SR_TORTURE.`,
  articleTooLong: `An article reference has at most ${ARTICLE_MAX} characters, e.g. “art. 9”.`,
  articleWithoutInstrument: 'Name the UN instrument the article belongs to.',
  badUprCycle: (text: string) =>
    `“${text.slice(0, 10)}” is not a UPR cycle: give its number, 1 (2009) to 9.`,
  unknownClassification: (text: string) =>
    `Unknown classification “${text.slice(0, 20)}”: use PUBLIC, PARTNERS, PARTNER_PRIVATE or RESTRICTED.`,
  classificationNotYours: (classification: Classification) =>
    classification === 'PUBLIC'
      ? 'Only coordinators and the secretariat record public benchmarks.'
      : `You could not read a benchmark ${LABEL[classification]} with this holder: choose another classification.`,
  indicatorTooLong: `An indicator has at most ${INDICATOR_MAX} characters.`,
  tooManyIndicators: `A benchmark has at most ${INDICATORS_MAX} indicators.`,
  objectiveTitleEmpty: 'Give the aligned objective a title.',
  objectiveTitleTooLong: `An aligned objective’s title has at most ${OBJECTIVE_TITLE_MAX} characters.`,
  alreadyHolds: (partner: string, objective: string) =>
    `${partner} already holds “${objective}” with another benchmark: change that one, or withdraw it first.`,
  notEditor: (holder: string) =>
    `Only ${holder}’s staff and the secretariat change this benchmark.`,
  unknownId:
    'There is no benchmark with this id that you can read: leave the id empty to create a new one.',
  holderChanged:
    'A benchmark keeps its holder: leave the holder as it is, or add a new row without an id for the other partner.',
};

export const BenchmarkErrors = {
  notFound: () => CommonErrors.notFound('benchmark'),
  objectiveNotFound: () => CommonErrors.notFound('aligned objective'),
  conflictNotFound: () => CommonErrors.notFound('conflict flag'),
  assessmentNotFound: () => CommonErrors.notFound('assessment'),
  staffOnly: () =>
    new AppError('FORBIDDEN', 'Benchmarks are for partner staff and the secretariat.'),
  statementEmpty: () =>
    CommonErrors.badInput(BenchmarkMessages.statementEmpty, { statement: ['required'] }),
  statementTooLong: () =>
    CommonErrors.badInput(BenchmarkMessages.statementTooLong, { statement: ['too long'] }),
  descriptionTooLong: () =>
    CommonErrors.badInput(BenchmarkMessages.descriptionTooLong, { description: ['too long'] }),
  badDate: (field: string, text: string) =>
    CommonErrors.badInput(BenchmarkMessages.badDate(text), { [field]: ['not a date'] }),
  dateOutOfRange: (field: string) =>
    CommonErrors.badInput(BenchmarkMessages.dateOutOfRange, { [field]: ['out of range'] }),
  unknownThemes: (codes: string[]) =>
    CommonErrors.badInput(
      codes.length === 1
        ? BenchmarkMessages.unknownTheme(codes[0])
        : `Unknown themes: ${codes.join(', ')}.`,
      { themeCodes: codes },
    ),
  articleTooLong: () =>
    CommonErrors.badInput(BenchmarkMessages.articleTooLong, { unArticle: ['too long'] }),
  articleWithoutInstrument: () =>
    CommonErrors.badInput(BenchmarkMessages.articleWithoutInstrument, {
      unInstrument: ['required'],
    }),
  badUprCycle: (value: number) =>
    CommonErrors.badInput(BenchmarkMessages.badUprCycle(String(value)), {
      uprCycle: ['out of range'],
    }),
  indicatorTooLong: () =>
    CommonErrors.badInput(BenchmarkMessages.indicatorTooLong, { indicators: ['too long'] }),
  tooManyIndicators: () =>
    CommonErrors.badInput(BenchmarkMessages.tooManyIndicators, { indicators: ['too many'] }),
  holderRequired: () =>
    CommonErrors.badInput(BenchmarkMessages.holderRequired, { holder: ['required'] }),
  secretariatHolds: () =>
    CommonErrors.badInput(BenchmarkMessages.secretariatHolds, { holder: ['not a partner'] }),
  holderNotYours: (own: string) => new AppError('FORBIDDEN', BenchmarkMessages.holderNotYours(own)),
  classificationNotYours: (classification: Classification) =>
    CommonErrors.badInput(BenchmarkMessages.classificationNotYours(classification), {
      classification: ['not allowed'],
    }),
  readersOnlyWhenRestricted: () =>
    CommonErrors.badInput('Named readers apply only to RESTRICTED benchmarks.', {
      namedReaderIds: ['not restricted'],
    }),
  unknownReaders: () =>
    CommonErrors.badInput(
      'Some of the named readers are not staff accounts of the portal: name partner diplomats, coordinators or the secretariat.',
      { namedReaderIds: ['unknown'] },
    ),
  tooManyReaders: () =>
    CommonErrors.badInput(`Name at most ${NAMED_READERS_MAX} readers.`, {
      namedReaderIds: ['too many'],
    }),
  notEditor: (holder: string) => new AppError('FORBIDDEN', BenchmarkMessages.notEditor(holder)),
  withdrawn: () =>
    new AppError(
      'CONFLICT',
      'This benchmark is withdrawn: its holder no longer pursues it. Reinstate it first.',
    ),
  alreadyWithdrawn: () => new AppError('CONFLICT', 'This benchmark is already withdrawn.'),
  notWithdrawn: () => new AppError('CONFLICT', 'This benchmark is not withdrawn.'),
  reasonRequired: () =>
    CommonErrors.badInput('Say why the benchmark is withdrawn: the other partners will read it.', {
      reason: ['required'],
    }),
  reasonTooLong: () =>
    CommonErrors.badInput(`A reason has at most ${REASON_MAX} characters.`, {
      reason: ['too long'],
    }),
  hasAssessments: (count: number) =>
    new AppError(
      'CONFLICT',
      `This benchmark has ${count} assessment${count > 1 ? 's' : ''}: withdraw it instead, so that its history stays.`,
    ),
  alreadyHolds: (partner: string, objective: string) =>
    new AppError('CONFLICT', BenchmarkMessages.alreadyHolds(partner, objective)),
  objectiveTitleEmpty: () =>
    CommonErrors.badInput(BenchmarkMessages.objectiveTitleEmpty, { title: ['required'] }),
  objectiveTitleTooLong: () =>
    CommonErrors.badInput(BenchmarkMessages.objectiveTitleTooLong, { title: ['too long'] }),
  objectiveTitleTaken: (title: string) =>
    CommonErrors.badInput(
      `There is already an aligned objective called “${title}”: join it instead, or choose another title.`,
      { title: ['taken'] },
    ),
  objectiveNotEditor: () =>
    new AppError(
      'FORBIDDEN',
      'Only staff of the partner that created this aligned objective and the secretariat change it.',
    ),
  objectiveNotEmpty: () =>
    new AppError(
      'CONFLICT',
      'Benchmarks are still joined to this aligned objective: they must leave it before it is deleted.',
    ),
  assessingPartnerRequired: () =>
    CommonErrors.badInput('Say which partner’s assessment the secretariat is recording.', {
      partnerCode: ['required'],
    }),
  assessForOwnPartner: (own: string) =>
    new AppError(
      'FORBIDDEN',
      `You record ${own}’s assessments; the secretariat records them for any partner.`,
    ),
  assessmentInFuture: () =>
    CommonErrors.badInput('An assessment cannot be dated in the future.', {
      date: ['in the future'],
    }),
  evidenceTooLong: () =>
    CommonErrors.badInput(`Evidence has at most ${EVIDENCE_MAX} characters.`, {
      evidence: ['too long'],
    }),
  chinaResponseTooLong: () =>
    CommonErrors.badInput(`China’s response has at most ${CHINA_RESPONSE_MAX} characters.`, {
      chinaResponse: ['too long'],
    }),
  tooManyLinks: () =>
    CommonErrors.badInput(`Give at most ${LINKS_MAX} links.`, { links: ['too many'] }),
  badLink: (text: string) =>
    CommonErrors.badInput(
      `“${text.slice(0, 60)}” is not a web address: links start with https:// or http://.`,
      { links: ['not a URL'] },
    ),
  correctionElsewhere: () =>
    CommonErrors.badInput('A correction must be about the same benchmark as what it corrects.', {
      correctsId: ['other benchmark'],
    }),
  alreadyCorrected: () =>
    new AppError('CONFLICT', 'This assessment was corrected already: correct the latest version.'),
  correctionPartner: (partner: string) =>
    CommonErrors.badInput(`This assessment is ${partner}’s: a correction keeps its partner.`, {
      partnerCode: ['other partner'],
    }),
  noteRequired: () =>
    CommonErrors.badInput(
      'Explain how the conflict is resolved: the other partners will read the note.',
      { note: ['required'] },
    ),
  noteTooLong: () =>
    CommonErrors.badInput(`A note has at most ${NOTE_MAX} characters.`, { note: ['too long'] }),
  alreadyResolved: () => new AppError('CONFLICT', 'This conflict flag is already resolved.'),
  conflictCleared: () =>
    new AppError('CONFLICT', 'This conflict no longer holds: there is nothing to resolve.'),
  notConflictParty: () =>
    new AppError(
      'FORBIDDEN',
      'Only staff of the partners on either side and the secretariat resolve a conflict flag.',
    ),
  csvTooLarge: (max: number) =>
    CommonErrors.badInput(`A CSV file has at most ${Math.round(max / 1024)} KB.`, {
      csv: ['too large'],
    }),
};
