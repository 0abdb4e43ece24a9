import { allocatedMinutes, allocation, allocationWith } from '../allocation';

describe('time allocation', () => {
  it('sums the minutes of the items that count (withdrawn and deferred take no time)', () => {
    expect(
      allocatedMinutes([
        { minutes: 30, state: 'AGREED' },
        { minutes: 45, state: 'IN_CONSULTATION' },
        { minutes: 60, state: 'DEFERRED' },
        { minutes: 20, state: 'WITHDRAWN' },
        { minutes: 15, state: 'CONTESTED' },
      ]),
    ).toBe(90);
  });

  it('says how much is free, full or over', () => {
    expect(allocation(90, 120)).toEqual({
      allocated: 90,
      meetingMinutes: 120,
      remaining: 30,
      over: 0,
      percent: 75,
      status: 'within',
    });
    expect(allocation(120, 120).status).toBe('full');
    const over = allocation(150, 120);
    expect(over.status).toBe('over');
    expect(over.over).toBe(30);
    expect(over.remaining).toBe(0);
    expect(over.percent).toBe(100);
  });

  it('handles a meeting without length without dividing by zero', () => {
    expect(allocation(0, 0)).toMatchObject({ status: 'full', percent: 100 });
  });

  it('previews a new item or a change of minutes', () => {
    const now = allocation(90, 120);
    expect(allocationWith(now, 45)).toMatchObject({ allocated: 135, status: 'over', over: 15 });
    expect(allocationWith(now, 45, 30)).toMatchObject({ allocated: 105, status: 'within' });
  });
});
