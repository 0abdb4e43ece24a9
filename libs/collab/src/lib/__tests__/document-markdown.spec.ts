import { escapeMarkdownText, proseMirrorJSONToMarkdown } from '../document/markdown';
import { pm } from '../document/builders';
import type { ProseMirrorNodeJSON } from '../document/prosemirror-json';

const md = (...content: ProseMirrorNodeJSON[]) => proseMirrorJSONToMarkdown(pm.doc(...content));
const marked = (text: string, ...types: string[]) =>
  pm.text(text, ...types.map((type) => ({ type })));

describe('ProseMirror JSON to Markdown', () => {
  it('renders an empty document as an empty string', () => {
    expect(md()).toBe('');
    expect(md(pm.p(), pm.p())).toBe('');
  });

  it('renders headings and paragraphs separated by blank lines', () => {
    expect(md(pm.h2('Aims'), pm.p('First.'), pm.h3('Detail'), pm.p('Second.'))).toBe(
      '## Aims\n\nFirst.\n\n### Detail\n\nSecond.',
    );
  });

  it('renders bold, italic, strike and code, and keeps one run across adjacent text nodes', () => {
    expect(
      md(
        pm.p(
          marked('all bold ', 'bold'),
          marked('and italic', 'bold', 'italic'),
          marked(' again', 'bold'),
          ' then ',
          marked('gone', 'strike'),
          ' and ',
          pm.code('x = 1'),
        ),
      ),
    ).toBe('**all bold *and italic* again** then ~~gone~~ and `x = 1`');
  });

  it('moves whitespace at the edges of a mark outside its delimiters', () => {
    expect(md(pm.p('a', marked(' bold ', 'bold'), 'b'))).toBe('a **bold** b');
    expect(md(pm.p(marked('   ', 'italic'), 'x'))).toBe('x');
  });

  it('fences code spans longer than the backticks inside them', () => {
    expect(md(pm.p(pm.code('a`b')))).toBe('``a`b``');
    expect(md(pm.p(pm.code('`tick')))).toBe('`` `tick ``');
    // Code is literal: no escaping inside.
    expect(md(pm.p(pm.code('*not bold*')))).toBe('`*not bold*`');
  });

  it('renders web and mail links and keeps only the text of other links', () => {
    expect(
      md(
        pm.p(
          'See ',
          pm.link('the ICCPR', 'https://www.ohchr.org/en/instruments/iccpr'),
          ', ',
          pm.link('write', 'mailto:secretariat@berne.example'),
          ', ',
          pm.link('this', 'javascript:alert(1)'),
          ' or ',
          pm.link('that', '/relative'),
        ),
      ),
    ).toBe(
      'See [the ICCPR](https://www.ohchr.org/en/instruments/iccpr), [write](mailto:secretariat@berne.example), this or that',
    );
  });

  it('keeps a link destination intact when it holds spaces or parentheses', () => {
    expect(md(pm.p(pm.link('wiki', 'https://example.org/a (b)')))).toBe(
      '[wiki](https://example.org/a%20%28b%29)',
    );
  });

  it('nests bold inside a link and a link inside bold', () => {
    const link = { type: 'link', attrs: { href: 'https://example.org' } };
    expect(
      md(
        pm.p(
          pm.text('one ', link),
          pm.text('two', link, { type: 'bold' }),
          pm.text(' three', link),
        ),
      ),
    ).toBe('[one **two** three](https://example.org)');
    expect(md(pm.p(marked('bold ', 'bold'), pm.text('link', link, { type: 'bold' })))).toBe(
      '**bold** [**link**](https://example.org)',
    );
  });

  it('escapes Markdown syntax in text so it reads back literally', () => {
    expect(md(pm.p('2 * 3 = 6, a_b, [x](y), <b>, `c`, ~s~, a|b, \\ and &amp;'))).toBe(
      '2 \\* 3 = 6, a\\_b, \\[x\\](y), \\<b\\>, \\`c\\`, \\~s\\~, a\\|b, \\\\ and \\&amp;',
    );
    expect(md(pm.p('R&D stays readable'))).toBe('R&D stays readable');
  });

  it('escapes what would start a block at the beginning of a line only', () => {
    expect(md(pm.p('# not a heading'))).toBe('\\# not a heading');
    expect(md(pm.p('- not a list'))).toBe('\\- not a list');
    expect(md(pm.p('+ not a list'))).toBe('\\+ not a list');
    expect(md(pm.p('1. not a list'))).toBe('1\\. not a list');
    expect(md(pm.p('2008) not a list'))).toBe('2008\\) not a list');
    expect(md(pm.p('==='))).toBe('\\===');
    expect(md(pm.p('a - b # c 1. d'))).toBe('a - b # c 1. d');
    expect(md(pm.p('-5 degrees'))).toBe('-5 degrees');
    expect(md(pm.p('line', pm.br(), '# again'))).toBe('line\\\n\\# again');
  });

  it('renders hard breaks as backslash line ends, closing marks before them', () => {
    expect(md(pm.p(marked('a', 'bold'), pm.br(), marked('b', 'bold')))).toBe('**a**\\\n**b**');
  });

  it('renders nested bullet and ordered lists with their indentation', () => {
    expect(
      md(
        pm.ul(
          'Berne',
          [pm.p('Brussels'), pm.ol('ICCPR', 'CAT', [pm.p('ICESCR'), pm.ul('deep')])],
          'Geneva',
        ),
      ),
    ).toBe(
      [
        '- Berne',
        '- Brussels',
        '  1. ICCPR',
        '  2. CAT',
        '  3. ICESCR',
        '     - deep',
        '- Geneva',
      ].join('\n'),
    );
  });

  it('starts ordered lists at their start number and indents continuation under wide markers', () => {
    const list: ProseMirrorNodeJSON = {
      type: 'orderedList',
      attrs: { start: 9 },
      content: pm.ol('nine', [pm.p('ten'), pm.p('second paragraph')]).content,
    };
    expect(md(list)).toBe('9. nine\n10. ten\n\n    second paragraph');
  });

  it('keeps adjacent lists apart by switching their markers', () => {
    expect(md(pm.ul('a'), pm.ul('b'), pm.ul('c'))).toBe('- a\n\n* b\n\n- c');
    expect(md(pm.ol('a'), pm.ol('b'))).toBe('1. a\n\n1) b');
    expect(md(pm.ul('a'), pm.ol('b'))).toBe('- a\n\n1. b');
  });

  it('renders an empty list item as a bare marker', () => {
    expect(md({ type: 'bulletList', content: [{ type: 'listItem', content: [pm.p()] }] })).toBe(
      '-',
    );
  });

  it('renders block quotes and horizontal rules', () => {
    expect(md(pm.quote(pm.p('Quoted'), pm.ul('point')), pm.hr(), pm.p('After'))).toBe(
      '> Quoted\n>\n> - point\n\n---\n\nAfter',
    );
  });

  it('renders GFM tables with a header row, escaped pipes and breaks as <br>', () => {
    expect(
      md(
        pm.table(
          ['Instrument', 'Status'],
          ['ICCPR', pm.p(marked('ratified', 'bold'))],
          ['CAT | OP', pm.p('signed', pm.br(), '2008')],
          ['', pm.p(pm.code('a|b'))],
        ),
      ),
    ).toBe(
      [
        '| Instrument | Status |',
        '| --- | --- |',
        '| ICCPR | **ratified** |',
        '| CAT \\| OP | signed<br>2008 |',
        '|   | `a\\|b` |',
      ].join('\n'),
    );
  });

  it('pads rows to the widest row and leaves spanned positions empty', () => {
    const table: ProseMirrorNodeJSON = {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', attrs: { colspan: 2 }, content: [pm.p('Both')] },
            { type: 'tableHeader', content: [pm.p('C')] },
          ],
        },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [pm.p('only one')] }] },
      ],
    };
    expect(md(table)).toBe('| Both |   | C |\n| --- | --- | --- |\n| only one |   |   |');
  });

  it('flattens lists inside table cells onto one line', () => {
    expect(md(pm.table(['Points'], [pm.ul('one', 'two')]))).toBe(
      '| Points |\n| --- |\n| - one<br>- two |',
    );
  });
});

describe('escapeMarkdownText', () => {
  it('leaves plain words alone and never emits a line break', () => {
    expect(escapeMarkdownText('Berne Process, 2026')).toBe('Berne Process, 2026');
    expect(escapeMarkdownText('a\nb')).toBe('a b');
  });
});
