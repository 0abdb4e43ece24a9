import { awarenessUser, initials, presentUsers } from '../presence';

const eleanor = { id: 'u-eu', name: 'Eleanor Vance', partner: 'EU', color: '#1c4fa1' };
const genevieve = { id: 'u-ca', name: 'Geneviève Tremblay', partner: 'CA', color: '#b3261e' };
const daniel = { id: 'u-us', name: 'Daniel Okafor', partner: 'US', color: '#22577a' };

describe('who is present in a document', () => {
  it('lists one entry per person, however many editors they have open', () => {
    const states = new Map<number, unknown>([
      [1, { user: eleanor, cursor: null }],
      [2, { user: genevieve }],
      [3, { user: genevieve, cursor: { anchor: {}, head: {} } }],
      [4, { user: daniel }],
    ]);
    const users = presentUsers(states, 1, eleanor.id);
    expect(users.map((u) => [u.name, u.editors, u.self])).toEqual([
      ['Eleanor Vance', 1, true],
      ['Daniel Okafor', 1, false],
      ['Geneviève Tremblay', 2, false],
    ]);
  });

  it('marks the user as themself in another tab too', () => {
    const states = new Map<number, unknown>([
      [7, { user: genevieve }],
      [9, { user: eleanor }],
    ]);
    const users = presentUsers(states, 1, eleanor.id);
    expect(users[0]).toMatchObject({ id: eleanor.id, self: true, editors: 1 });
  });

  it('ignores states without an identity (a client that has not announced itself yet)', () => {
    const states = new Map<number, unknown>([
      [1, null],
      [2, {}],
      [3, { user: { name: 'No id' } }],
      [4, { user: { id: 'x', name: '' } }],
      [5, { user: daniel }],
    ]);
    expect(presentUsers(states, 99, 'me').map((u) => u.id)).toEqual(['u-us']);
  });

  it('keeps only well-formed colours', () => {
    expect(awarenessUser({ user: { ...daniel, color: 'red; background: url(x)' } })?.color).toBe(
      '#495057',
    );
    expect(awarenessUser({ user: { ...daniel, partner: 42 } })?.partner).toBeNull();
  });

  it('makes initials from the first and last names', () => {
    expect(initials('Geneviève Tremblay')).toBe('GT');
    expect(initials('Margrit  von Aebischer')).toBe('MA');
    expect(initials('Eleanor')).toBe('E');
    expect(initials('élodie durand')).toBe('ÉD');
  });
});
