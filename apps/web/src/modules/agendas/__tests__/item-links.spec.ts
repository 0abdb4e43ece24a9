import { EMPTY_DRAFT, itemLinks, linkChoicesOf, linksChanged } from '../item-form';

describe('agenda item links', () => {
  const links = [
    { kind: 'BRIEFING_NOTE' as const, targetId: 'n1', title: 'Note' },
    { kind: 'CASE' as const, targetId: 'c1', title: 'DEMO-001 · Lan Qiuming' },
    { kind: 'BENCHMARK' as const, targetId: 'b1', title: 'Release lawyers' },
  ];

  it('splits an item’s links by kind for the form', () => {
    expect(linkChoicesOf(links)).toEqual({
      notes: [{ id: 'n1', title: 'Note' }],
      cases: [{ id: 'c1', title: 'DEMO-001 · Lan Qiuming' }],
      benchmarks: [{ id: 'b1', title: 'Release lawyers' }],
    });
  });

  it('sends notes, benchmarks and cases, each once', () => {
    const draft = {
      ...EMPTY_DRAFT,
      ...linkChoicesOf(links),
      cases: [
        { id: 'c1', title: 'x' },
        { id: 'c1', title: 'x' },
      ],
    };
    expect(itemLinks(draft)).toEqual([
      { kind: 'BRIEFING_NOTE', targetId: 'n1' },
      { kind: 'BENCHMARK', targetId: 'b1' },
      { kind: 'CASE', targetId: 'c1' },
    ]);
  });

  it('sees a change of case links as a change (and the order of choices as none)', () => {
    const initial = { ...EMPTY_DRAFT, ...linkChoicesOf(links) };
    expect(linksChanged(initial, { ...initial })).toBe(false);
    expect(linksChanged(initial, { ...initial, cases: [] })).toBe(true);
    expect(
      linksChanged(initial, { ...initial, cases: [...initial.cases, { id: 'c2', title: 'y' }] }),
    ).toBe(true);
    const two = {
      ...initial,
      notes: [
        { id: 'n1', title: '' },
        { id: 'n2', title: '' },
      ],
    };
    expect(linksChanged(two, { ...two, notes: [...two.notes].reverse() })).toBe(false);
  });
});
