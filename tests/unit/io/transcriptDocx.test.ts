import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDocx } from '../../../main/io/transcripts/transcriptDocx';
import { TranscriptParseError } from '../../../shared/transcripts/types';
import { expectWellFormed, turnTexts } from '../transcripts/invariants';
import { buildDocx, documentXml, esc, para, table, writeZip } from '../formats/zipWriter';
import { english } from '../../english';

const docx = (body: string) => parseDocx('call.docx', buildDocx(body));

function docxError(bytes: Uint8Array): string {
  try {
    parseDocx('bad.docx', bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(TranscriptParseError);
    return (e as Error).message;
  }
  throw new Error('expected a TranscriptParseError');
}

afterEach(() => vi.restoreAllMocks());

describe('parseDocx: paragraphs', () => {
  it('reads `Name: text` paragraphs, runs split mid-word, tabs and line breaks', () => {
    const body = [
      para('Focus group 3'),
      para('Moderator: Wel', 'come, everyone.'),
      `<w:p><w:r><w:t>Ines: One</w:t></w:r><w:r><w:tab/><w:t>two</w:t><w:br/><w:t>three &amp; four</w:t></w:r></w:p>`,
      para('Ines: And more.'),
      para('Moderator: Thanks.'),
    ].join('');
    const t = docx(body);
    expectWellFormed(t);
    expect(t.format).toBe('docx');
    // The title paragraph above the first speaker is nobody's words: left out, and said so.
    expect(t.turns.map((x) => x.speaker)).toEqual(['Moderator', 'Ines', 'Moderator']);
    expect(turnTexts(t)).toEqual(['Welcome, everyone.', 'One\ttwo\nthree & four\nAnd more.', 'Thanks.']);
    expect(english(t.warnings)).toEqual([expect.stringMatching(/“Focus group 3” above the first speaker reads as a heading/)]);
  });

  it('reads stamps and Otter-style heading paragraphs with the plain-text rules', () => {
    const t = docx(
      [para('[00:01:02] Ana: Hello.'), para('(00:01:10) Ben: Hi.'), para('Speaker 1  2:03'), para('Text under the heading.')].join(''),
    );
    expect(t.turns.map((x) => [x.speaker, x.startMs])).toEqual([
      ['Ana', 62_000],
      ['Ben', 70_000],
      ['Speaker 1', 123_000],
    ]);
  });

  it('keeps hyperlink text, follows no link, ignores field instructions, deleted text and tab-stop definitions', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const body = `<w:p><w:r><w:t xml:space="preserve">Ana: see </w:t></w:r><w:hyperlink r:id="rId9" w:history="1"><w:r><w:t>our site</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDETEXT "http://evil.example/x"</w:instrText></w:r><w:r><w:t xml:space="preserve"> now</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>${para('Ben: ok.')}`;
    const t = parseDocx(
      'links.docx',
      buildDocx(body, [
        {
          name: 'word/_rels/document.xml.rels',
          data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://evil.example/track" TargetMode="External"/></Relationships>',
        },
      ]),
    );
    expect(turnTexts(t)).toEqual(['see our site now', 'ok.']);
    expect(t.text).not.toMatch(/evil|INCLUDETEXT|gone|\t/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('skips drawings and alternate content (which would repeat text box text)', () => {
    const body = `<w:p><w:r><w:t>Ana: Before</w:t></w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice><w:r><w:t>BOX</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>BOX</w:t></w:r></mc:Fallback></mc:AlternateContent><w:r><w:drawing><w:t>PIC</w:t></w:drawing><w:t xml:space="preserve"> after.</w:t></w:r></w:p>${para('Ben: ok.')}`;
    expect(turnTexts(docx(body))[0]).toBe('Before after.');
  });

  it('works whatever prefix the WordprocessingML namespace has', () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: documentXml([para('Ana: Hej.'), para('Ben: Hallo.')].join(''), 'ns0') }]);
    expect(parseDocx('x.docx', bytes).turns.map((x) => x.speaker)).toEqual(['Ana', 'Ben']);
  });

  it('finds the main part through _rels/.rels', () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const bytes = writeZip([
      { name: '_rels/.rels', data: rels },
      { name: 'word/document2.xml', data: documentXml(para('Ana: moved part.')) },
    ]);
    expect(parseDocx('x.docx', bytes).text).toBe('Ana: moved part.');
  });
});

describe('parseDocx: tables', () => {
  it('a table with Time / Speaker / Text headers is a transcript, one turn per speaker change', () => {
    const t = docx(
      para('Interview 7') +
        table([
          ['Time', 'Speaker', 'Text'],
          ['00:00:05', 'Interviewer', 'How did you hear about us?'],
          ['00:00:09', 'Sam Lee', 'A friend, Jo.'],
          ['00:00:14', '', 'She uses it daily.'],
          ['[00:00:20]', 'Interviewer', 'And you?'],
        ]),
    );
    expectWellFormed(t);
    expect(t.turns.map((x) => [x.speaker, x.startMs])).toEqual([
      ['Interviewer', 5000],
      ['Sam Lee', 9000],
      ['Interviewer', 20_000],
    ]);
    expect(english(t.warnings).join()).toMatch(/“Interview 7” above the first speaker/);
    expect(turnTexts(t)[1]).toBe('A friend, Jo.\nShe uses it daily.');
  });

  it('a table without a header is recognised by its columns', () => {
    const t = docx(
      table([
        ['Ana', '0:05', 'Welcome to the session, thanks for coming.'],
        ['Ben', '0:09', 'Glad to be here, the train was late though.'],
        ['Ana', '0:15', 'No problem at all, we just started.'],
      ]),
    );
    expect(t.turns.map((x) => [x.speaker, x.startMs])).toEqual([
      ['Ana', 5000],
      ['Ben', 9000],
      ['Ana', 15_000],
    ]);
    expect(turnTexts(t)[0]).toBe('Welcome to the session, thanks for coming.');
  });

  it('other tables are read as paragraphs, cell by cell', () => {
    const t = docx(
      para('Ana: Here is the plan.') + table([['Step one, rather long text', 'Step two, also long text']]) + para('Ben: Fine.'),
    );
    expect(turnTexts(t)).toEqual(['Here is the plan.\nStep one, rather long text\nStep two, also long text', 'Fine.']);
  });
});

describe('parseDocx: hostile documents', () => {
  it('a zip bomb is refused before inflating', () => {
    const bytes = writeZip([{ name: 'word/document.xml', data: new Uint8Array(30 * 1024 * 1024) }]);
    expect(docxError(bytes)).toMatch(/^the document cannot be opened safely: the entry "word\/document.xml" is compressed more than 200:1/);
  });

  it('a lying size header is refused', () => {
    const xml = documentXml(para(`Ana: ${'blah '.repeat(5000)}`));
    expect(docxError(writeZip([{ name: 'word/document.xml', data: xml, declaredSize: 100 }]))).toMatch(
      /holds more data than its header says/,
    );
  });

  it('zip-slip names make the whole archive refused', () => {
    const bytes = buildDocx(para('Ana: hi'), [{ name: '../../.bashrc', data: 'echo owned' }]);
    expect(docxError(bytes)).toMatch(/climbs out of the archive/);
  });

  it('billion laughs in document.xml is refused with the line', () => {
    const evil = `<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n${documentXml(`<w:p><w:r><w:t>&b;</w:t></w:r></w:p>`).replace(/^<\?xml[^>]*>\n/, '')}`;
    expect(docxError(writeZip([{ name: 'word/document.xml', data: evil }]))).toBe(
      "the document's XML is refused: word/document.xml, line 2: document type declarations (<!DOCTYPE>, <!ENTITY>) are not allowed",
    );
  });

  it('the package relationships get the same XML rules', () => {
    const rels = '<!DOCTYPE r [<!ENTITY x SYSTEM "http://evil.example/">]><Relationships>&x;</Relationships>';
    expect(
      docxError(
        writeZip([
          { name: '_rels/.rels', data: rels },
          { name: 'word/document.xml', data: documentXml(para('Ana: hi')) },
        ]),
      ),
    ).toBe("the document's XML is refused: _rels/.rels, line 1: document type declarations (<!DOCTYPE>, <!ENTITY>) are not allowed");
  });

  it('not a Word document, no text, invalid UTF-8', () => {
    expect(docxError(writeZip([{ name: 'content.xml', data: '<x/>' }]))).toBe('this is not a Word document (word/document.xml is missing)');
    expect(docxError(buildDocx(para('   ')))).toBe('no transcript turns found');
    expect(docxError(writeZip([{ name: 'word/document.xml', data: new Uint8Array([0x3c, 0x61, 0xff, 0x3e]) }]))).toBe(
      'word/document.xml inside the document is not valid UTF-8 text',
    );
    expect(docxError(writeZip([{ name: 'word/document.xml', data: '<html><body/></html>' }]))).toBe(
      'word/document.xml is not a WordprocessingML document',
    );
    expect(docxError(new TextEncoder().encode(esc('not a zip')))).toMatch(/not a zip archive/);
  });
});
