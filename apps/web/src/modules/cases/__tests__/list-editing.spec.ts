import {
  CASE_LIST_MAX,
  addEntry,
  isListChanged,
  listInput,
  listProblems,
  moveEntry,
  removeEntry,
  setRequest,
  type DraftEntry,
} from '../list-editing';

const entry = (n: number, request = ''): DraftEntry => ({
  caseId: `c${n}`,
  reference: `DEMO-00${n}`,
  name: `Person ${n}`,
  status: 'DETAINED',
  request,
});
const ids = (entries: readonly DraftEntry[]) => entries.map((e) => e.caseId);

describe('editing a meeting’s list of cases', () => {
  const list = [entry(1, 'Release.'), entry(2), entry(3)];

  it('moves a case up or down, and ignores moves off the list', () => {
    expect(ids(moveEntry(list, 2, 1))).toEqual(['c1', 'c3', 'c2']);
    expect(ids(moveEntry(list, 0, 1))).toEqual(['c2', 'c1', 'c3']);
    expect(ids(moveEntry(list, 0, -1))).toEqual(['c1', 'c2', 'c3']);
    expect(ids(moveEntry(list, 2, 3))).toEqual(['c1', 'c2', 'c3']);
    // The list it was given is left alone.
    expect(ids(list)).toEqual(['c1', 'c2', 'c3']);
  });

  it('adds a case once, at the end, and removes it', () => {
    expect(ids(addEntry(list, entry(4)))).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(ids(addEntry(list, entry(2)))).toEqual(['c1', 'c2', 'c3']);
    expect(ids(removeEntry(list, 'c2'))).toEqual(['c1', 'c3']);
  });

  it('sees changes of cases, order and requests, but not of surrounding spaces', () => {
    expect(isListChanged(list, [...list])).toBe(false);
    expect(isListChanged(list, moveEntry(list, 0, 1))).toBe(true);
    expect(isListChanged(list, removeEntry(list, 'c3'))).toBe(true);
    expect(isListChanged(list, setRequest(list, 'c2', 'Access to a lawyer.'))).toBe(true);
    expect(isListChanged(list, setRequest(list, 'c1', ' Release. '))).toBe(false);
  });

  it('holds the list to the API’s limits and sends it in order, trimmed', () => {
    expect(listProblems(list)).toEqual([]);
    expect(listProblems(setRequest(list, 'c3', 'r'.repeat(4001)))).toEqual([
      { code: 'requestTooLong', caseId: 'c3', max: 4000 },
    ]);
    const long = Array.from({ length: CASE_LIST_MAX + 1 }, (_, i) => entry(i));
    expect(listProblems(long)).toEqual([{ code: 'tooMany', max: CASE_LIST_MAX }]);
    expect(listInput(setRequest(list, 'c2', '  Information. '))).toEqual([
      { caseId: 'c1', request: 'Release.' },
      { caseId: 'c2', request: 'Information.' },
      { caseId: 'c3', request: '' },
    ]);
  });
});
