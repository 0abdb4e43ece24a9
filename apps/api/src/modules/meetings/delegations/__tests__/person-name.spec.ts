import { normalisePersonName } from '../person-name';

describe('normalisePersonName', () => {
  it('ignores accents, case, punctuation and spacing', () => {
    const key = normalisePersonName('Geneviève Tremblay');
    expect(key).toBe('genevieve tremblay');
    for (const variant of ['genevieve  tremblay', ' GENEVIEVE-Tremblay ', 'Geneviève. Tremblay'])
      expect(normalisePersonName(variant)).toBe(key);
  });

  it('keeps letters of other scripts and tells different people apart', () => {
    expect(normalisePersonName('Zsófia Kertész')).toBe('zsofia kertesz');
    expect(normalisePersonName('王 小明')).toBe('王 小明');
    expect(normalisePersonName('Anna Berg')).not.toBe(normalisePersonName('Anna Bergh'));
  });
});
