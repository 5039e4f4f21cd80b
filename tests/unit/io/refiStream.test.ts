import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseProject } from '../../../main/io/refi/parseProject';
import { readProjectXml } from '../../../main/io/refi/streamProject';
import { DEFAULT_XML_LIMITS, parseXml, XmlError, XmlTooLarge, type XmlLimits } from '../../../main/formats/xml';
import { ZipArchive } from '../../../main/formats/zip';
import { saySentence } from '../../../shared/i18n/sentence';
import { translatorFor } from '../../../shared/i18n/translator';
import { sample } from '../../integration/refiFixtures';

const en = translatorFor('en');

const LIMITS: XmlLimits = { maxChars: 10_000_000, maxDepth: 256, maxNodes: 1_000_000 };

/** Missing GUIDs get random ones; numbering them makes two readings of one file comparable. */
function countedUuids() {
  let n = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
  return () => {
    n = 0;
  };
}
afterEach(() => {
  vi.restoreAllMocks();
});

/** What the whole-tree reading gives, and what the one-pass reading gives, from the same text. */
function bothReadings(xml: string) {
  const reset = countedUuids();
  const tree = parseProject(parseXml(xml, LIMITS, { dropIndentation: true }));
  reset();
  const streamed = readProjectXml(xml, LIMITS);
  return { tree, streamed };
}

const g = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;

/** Every part the one-pass reader handles item by item, in awkward shapes, with indentation and a second container of each kind. */
const RICH = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Rich &amp; odd" origin="Test">
  <Users><User guid="${g(1)}" name="Ana"/><User name="no guid"/></Users>
  <CodeBook><Codes><Code guid="${g(2)}" name="Delivery"><Code name="" guid=""/></Code></Codes></CodeBook>
  <Variables><Variable guid="${g(3)}" name="Segment" typeOfVariable="Text"/></Variables>
  <Cases>
    <Case guid="${g(4)}" name="Case A"><Description>About A</Description><CodeRef targetGUID="${g(2)}"/>
      <VariableValue><VariableRef targetGUID="${g(3)}"/><TextValue>B2B</TextValue></VariableValue>
      <SourceRef targetGUID="${g(5)}"/><SelectionRef targetGUID="${g(6)}"/></Case>
    <Case name="no guid"/>
    <NotACase guid="${g(9)}"/>
  </Cases>
  <Sources>
    <TextSource guid="${g(5)}" name="Interview 1" plainTextPath="internal://${g(5)}.txt" creatingUser="${g(1)}" creationDateTime="2024-01-02T03:04:05Z">
      <Description>first</Description>
      <PlainTextSelection guid="${g(6)}" name="late again" startPosition="0" endPosition="10">
        <Description>memo</Description>
        <Coding guid="${g(7)}" creatingUser="${g(1)}"><CodeRef targetGUID="${g(2)}"/><NoteRef targetGUID="${g(8)}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="" startPosition="x" endPosition="4"><![CDATA[ignored <text>]]></PlainTextSelection>
      <Coding guid="${g(7)}a"><CodeRef targetGUID="${g(2)}"/></Coding>
      <VariableValue><VariableRef targetGUID="${g(3)}"/><IntegerValue>7</IntegerValue></VariableValue>
    </TextSource>
    <PDFSource guid="${g(10)}" name="Report.pdf">
      <Representation guid="${g(11)}" plainTextPath="internal://${g(11)}.txt">
        <PlainTextSelection guid="${g(12)}" startPosition="1" endPosition="3"><Coding guid="${g(13)}"><CodeRef targetGUID="${g(2)}"/></Coding></PlainTextSelection>
      </Representation>
      <PDFSelection guid="${g(12)}" page="1"><Coding guid="${g(14)}"><CodeRef targetGUID="${g(2)}"/></Coding></PDFSelection>
      <PDFSelection guid="${g(15)}" page="2"/>
    </PDFSource>
    <AudioSource guid="${g(16)}" path="relative://call.mp3">
      <Transcript guid="${g(17)}" plainTextPath="internal://${g(17)}.txt">
        <SyncPoint guid="${g(18)}" position="0"/><SyncPoint guid="${g(19)}" position="5"/>
        <TranscriptSelection guid="${g(20)}" fromSyncPoint="${g(18)}" toSyncPoint="${g(19)}"><Coding guid="${g(21)}"><CodeRef targetGUID="${g(2)}"/></Coding></TranscriptSelection>
        <TranscriptSelection guid="${g(22)}" fromSyncPoint="${g(18)}" toSyncPoint="nowhere"/>
      </Transcript>
    </AudioSource>
    <PictureSource guid="${g(23)}" name="Shelf"><PictureSelection guid="${g(24)}"/></PictureSource>
    <SpreadsheetSource guid="${g(25)}" name="Not REFI"/>
  </Sources>
  <Sources><TextSource guid="${g(26)}" name="Second container"><PlainTextContent>inline text</PlainTextContent></TextSource></Sources>
  <Notes>
    <Note guid="${g(8)}" name="Memo 1"><PlainTextContent>Note &lt;text&gt;</PlainTextContent>
      <PlainTextSelection guid="${g(27)}" startPosition="2" endPosition="6"/></Note>
    <Journal guid="${g(28)}"/>
  </Notes>
  <Links><Link guid="${g(29)}" originGUID="${g(6)}" targetGUID="${g(8)}"/></Links>
  <Sets><Set guid="${g(30)}" name="S"><MemberCode targetGUID="${g(2)}"/><MemberSource targetGUID="${g(5)}"/></Set></Sets>
  <NoteRef targetGUID="${g(8)}"/>
</Project>`;

describe('reading project.qde in one pass', () => {
  it('gives exactly the model the whole-tree reading gives, for every kind of source, case and note', () => {
    const { tree, streamed } = bothReadings(RICH);
    expect(streamed).toEqual(tree);
    // The comparison is only worth something if the file exercised the parts read item by item.
    expect(streamed.texts.map((t) => t.kind)).toEqual(['text', 'pdf', 'transcript', 'text']);
    expect(streamed.others.map((o) => o.element)).toEqual(['PDFSource', 'AudioSource', 'PictureSource']);
    expect(streamed.cases).toHaveLength(2);
    expect(streamed.notes).toHaveLength(1);
    expect(streamed.dropped.map((d) => saySentence(en, d.what))).toContain('<SpreadsheetSource> "Not REFI"');
    expect(streamed.mapped.some((m) => saySentence(en, m.what).includes('written twice under one GUID'))).toBe(true);
  });

  it.each([
    'qualitative-coding/nvivo_project.qdpx',
    'qualitative-coding/demo.qdpx',
    'pyqdpx/oltas0517.qdpx',
    'ponte/samples/target-atlas-project.qdpx',
    'sky-loom-refi-qda/TestProject.qdpx',
  ])('gives the same model as the whole-tree reading for the vendor sample %s', (path) => {
    const zip = ZipArchive.open(readFileSync(sample(path)));
    const { tree, streamed } = bothReadings(zip.read(zip.names().find((n) => n.endsWith('.qde'))!).toString('utf8'));
    expect(streamed).toEqual(tree);
  });

  it('refuses what the tree parser refuses, with the same message and line', () => {
    const hostile = [
      '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY a "b">]>\n<Project/>',
      '<Project>\n<Sources>\n<TextSource name="a"></Source>\n</Sources></Project>',
      '<Project><Sources><TextSource name="&bogus;"/></Sources></Project>',
      `<Project><Sources><TextSource>${'<a>'.repeat(300)}`,
      '<Project><Sources><TextSource/></Sources>',
      '<Project/><Project/>',
    ];
    for (const xml of hostile) {
      const fromTree = (() => {
        try {
          parseXml(xml, DEFAULT_XML_LIMITS);
        } catch (error) {
          return error as XmlError;
        }
        throw new Error(`the tree parser accepted ${xml}`);
      })();
      expect(fromTree).toBeInstanceOf(XmlError);
      expect(() => readProjectXml(xml, DEFAULT_XML_LIMITS)).toThrow(
        expect.objectContaining({ message: fromTree.message, line: fromTree.line }),
      );
    }
  });

  it('counts every node read against the cap, though it keeps only one source at a time', () => {
    // 3,000 small sources of 1 element + 1 attribute each, with the cap below the total.
    const xml = `<Project><Sources>${'<TextSource name="x"/>'.repeat(3000)}</Sources></Project>`;
    expect(() => readProjectXml(xml, { ...LIMITS, maxNodes: 5000 })).toThrow(XmlTooLarge);
    expect(() => readProjectXml(xml, { ...LIMITS, maxNodes: 7000 })).not.toThrow();
  });
});
