import { checkMember, levelOrder } from '../members';

describe('delegation members', () => {
  it('needs a name, a ministry and a function, each within the API’s limits', () => {
    expect(
      checkMember({
        name: ' Anna Keller ',
        ministry: 'FDFA',
        function: 'Head of delegation',
        level: 'AMBASSADOR',
      }),
    ).toEqual({});
    expect(
      checkMember({ name: ' ', ministry: '', function: 'x'.repeat(161), level: 'EXPERT' }),
    ).toEqual({
      name: 'required',
      ministry: 'required',
      function: 'tooLong',
    });
  });

  it('orders levels most senior first', () => {
    expect(levelOrder('MINISTER')).toBeLessThan(levelOrder('AMBASSADOR'));
    expect(levelOrder('SENIOR_OFFICIAL')).toBeLessThan(levelOrder('EXPERT'));
  });
});
