/**
 * Delimited tables: the header row that labels the columns, the rows below it, and the column of an offset.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { columnAt, countFields, isHeaderRow, splitFields, tableAt } from '../../src/engine/table';

const cells = (line: string, d: string) => splitFields(line, d).map(([s, e]) => line.slice(s, e));

describe('tables', () => {
  it('counts as many fields as splitFields finds, quotes or none, for each delimiter', () => {
    const line = fc.array(fc.constantFrom('a', '1', ' ', '"', ',', '\t', ';', '|'), { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(line, fc.constantFrom(',', '\t', ';', '|'), (l, d) => countFields(l, d) === splitFields(l, d).length),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('splits fields at the delimiter, keeping quoted delimiters and doubled quotes inside a field', () => {
    assert.deepEqual(cells('a,"b, c",d', ','), ['a', '"b, c"', 'd']);
    assert.deepEqual(cells('"say ""hi""",x', ','), ['"say ""hi"""', 'x']);
    assert.deepEqual(cells('a\tb\t', '\t'), ['a', 'b', '']);
    assert.deepEqual(cells('it"s,fine', ','), ['it"s', 'fine'], 'a quote inside a field does not open a quoted field');
  });

  it('finds a CSV table from its header line to its last row, and the column of an offset', () => {
    const text = 'intro\nname,dob,city\nAna Silva,1990-07-14,Lisboa\n"Chen, Olivia",1985-11-30,Boston\n\nafter,the,table\n';
    const t = tableAt(text, text.indexOf('name'));
    assert.ok(t);
    assert.deepEqual([t.delimiter, t.headers], [',', ['name', 'dob', 'city']]);
    assert.equal(text.slice(t.bodyStart, t.end), 'Ana Silva,1990-07-14,Lisboa\n"Chen, Olivia",1985-11-30,Boston');
    assert.equal(columnAt(t, text, text.indexOf('1985')), 'dob');
    assert.equal(columnAt(t, text, text.indexOf('Olivia')), 'name');
    assert.equal(columnAt(t, text, text.indexOf('after')), undefined, 'outside the table');
  });

  it('reads TSV, semicolon and Markdown tables', () => {
    const tsv = 'First Name\tLast Name\nMarie\tCurie\n';
    assert.deepEqual(tableAt(tsv, 0)?.headers, ['First Name', 'Last Name']);
    const semi = 'Name;Geburtsdatum;Betrag (EUR)\nHans Müller;12.03.1984;12,50\r\n';
    assert.deepEqual(tableAt(semi, 0)?.headers, ['Name', 'Geburtsdatum', 'Betrag (EUR)']);
    const md = '| Patient | DOB |\n|---|---|\n| Olivia Chen | 1990-02-11 |\n';
    const t = tableAt(md, 0);
    assert.deepEqual(t?.headers, ['', 'Patient', 'DOB', '']);
    assert.equal(columnAt(t!, md, md.indexOf('1990')), 'DOB');
    const numbered = '| # | Full name | Date of birth |\n|---|---|---|\n| 1 | Aiko Brennan | 1995-03-11 |\n';
    assert.equal(columnAt(tableAt(numbered, 0)!, numbered, numbered.indexOf('1995')), 'Date of birth', 'a "#" column of row numbers');
  });

  it('takes no code line, prose or lone header for a table', () => {
    assert.equal(tableAt('const row = f(name, dob);\nconst x = g(a, b);\n', 0), undefined, 'code');
    assert.equal(tableAt('Hello, world\nGoodbye\n', 0), undefined, 'no row with as many fields');
    assert.equal(tableAt('name,dob\n', 0), undefined, 'a header without rows');
    assert.equal(tableAt('12,34\n56,78\n', 0), undefined, 'numbers are not labels');
    assert.equal(tableAt('# a, b\n1, 2\n', 0), undefined, 'a comment is not a "#" column');
    assert.equal(tableAt(`${'x,'.repeat(10_000)}\nA,B\n`, 0), undefined, 'a line too long to be a row');
  });

  it('tells a line that could head a table from a row of data, whichever way its first field opens', () => {
    const text = ['name,email', '\tname\temail', ' "Name";"E-mail"', '1000000,18633,SKU-87960', ' "12",name', '"3 days",name,email', '_id,name'].join('\n');
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    assert.deepEqual(
      starts.map((at) => isHeaderRow(text, at)),
      [true, true, true, false, false, false, true],
    );
  });
});
