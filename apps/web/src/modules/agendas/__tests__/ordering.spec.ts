import { dropOrder, movable, moveBy, moveTo, sameOrder } from '../ordering';

const ids = ['a', 'b', 'c', 'd'];

describe('ordering moves', () => {
  it('moves an item one place up or down', () => {
    expect(moveBy(ids, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveBy(ids, 'a', 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(ids).toEqual(['a', 'b', 'c', 'd']); // unchanged
  });

  it('refuses moves past either end or of unknown items', () => {
    expect(moveBy(ids, 'a', -1)).toBeNull();
    expect(moveBy(ids, 'd', 1)).toBeNull();
    expect(moveBy(ids, 'x', 1)).toBeNull();
    expect(moveBy(ids, 'b', 0)).toBeNull();
  });

  it('keeps every item exactly once (what reorderAgenda requires)', () => {
    const next = moveBy(ids, 'b', 2)!;
    expect(next).toEqual(['a', 'c', 'd', 'b']);
    expect([...next].sort()).toEqual([...ids].sort());
  });

  it('moves to a position, clamped', () => {
    expect(moveTo(ids, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(ids, 0, 99)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveTo(ids, 9, 0)).toEqual(ids);
  });

  it('says which ways an item can move', () => {
    expect(movable(ids, 'a')).toEqual({ up: false, down: true });
    expect(movable(ids, 'b')).toEqual({ up: true, down: true });
    expect(movable(ids, 'd')).toEqual({ up: true, down: false });
    expect(movable(['a'], 'a')).toEqual({ up: false, down: false });
    expect(movable(ids, 'x')).toEqual({ up: false, down: false });
  });

  it('compares orders', () => {
    expect(sameOrder(ids, ['a', 'b', 'c', 'd'])).toBe(true);
    expect(sameOrder(ids, ['b', 'a', 'c', 'd'])).toBe(false);
    expect(sameOrder(ids, ['a', 'b', 'c'])).toBe(false);
  });
});

describe('drag and drop', () => {
  it('puts the dragged item where it was dropped', () => {
    expect(dropOrder(ids, 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(dropOrder(ids, 'd', 'a')).toEqual(['d', 'a', 'b', 'c']);
  });

  it('does nothing when dropped on itself, outside the list, or for unknown items', () => {
    expect(dropOrder(ids, 'b', 'b')).toBeNull();
    expect(dropOrder(ids, 'b', null)).toBeNull();
    expect(dropOrder(ids, 'x', 'a')).toBeNull();
    expect(dropOrder(ids, 'a', 'x')).toBeNull();
  });
});
