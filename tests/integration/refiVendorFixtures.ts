/**
 * Synthetic REFI-QDA files in the shapes INTEROP.md documents for tools whose real exports are not in
 * the reference data: MAXQDA (nameless cases, source variables, audio in VideoSource), ATLAS.ti
 * (`<Project>.qde`, `Sources/`, braced upper-case GUIDs, CRLF counted once, quotation names,
 * document groups as "name: value" sets), QualCoder (BOM, code points, annotations, journals) and
 * Taguette (a flat codebook with "/" paths, an empty `<Sets/>` and the `codebook:1:0` namespace).
 */
import { at, atCodePoints, esc, qdpx, selection, withBom } from './refiFixtures';

const NS = 'xmlns="urn:QDA-XML:project:1.0"';

/** MAXQDA: positions over LF text while the file has CRLF (QualCoder's MAXQDA option implies so). */
export function maxqda() {
  const lf =
    'Interviewer: How was the delivery?\nAnna: The driver was friendly.\nAnna: But the price went up again.\nInterviewer: Anything else?\nAnna: Staff at the depot were rude.';
  const lf2 = 'Bert: Prices are fine for me.\nBert: Staff never answer the phone.';
  const u = '11111111-1111-4111-8111-111111111111';
  const c = {
    service: '22222222-0000-4000-8000-000000000001',
    staff: '22222222-0000-4000-8000-000000000002',
    price: '22222222-0000-4000-8000-000000000003',
  };
  const v = { age: '33333333-0000-4000-8000-000000000001', region: '33333333-0000-4000-8000-000000000002' };
  const s1 = '44444444-0000-4000-8000-000000000001';
  const s2 = '44444444-0000-4000-8000-000000000002';
  const value = (variable: string, element: string, text: string) =>
    `<VariableValue><VariableRef targetGUID="${variable}"/><${element}>${text}</${element}></VariableValue>`;
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project ${NS} name="Delivery study" origin="MAXQDA 2022 (Release 22.5.0)">
<Users><User guid="${u}" name="mara"/></Users>
<CodeBook><Codes><Code guid="${c.service}" name="Service" isCodable="true" color="#00FF00"><Code guid="${c.staff}" name="Staff" isCodable="true"/></Code><Code guid="${c.price}" name="Price" isCodable="true" color="#F00"/></Codes></CodeBook>
<Variables><Variable guid="${v.age}" name="Age" typeOfVariable="Integer"/><Variable guid="${v.region}" name="Region" typeOfVariable="Text"/></Variables>
<Cases>
<Case guid="55555555-0000-4000-8000-000000000001">${value(v.age, 'IntegerValue', '34')}${value(v.region, 'TextValue', 'North')}<SourceRef targetGUID="${s1}"/></Case>
<Case guid="55555555-0000-4000-8000-000000000002">${value(v.age, 'IntegerValue', '51')}<SourceRef targetGUID="${s2}"/></Case>
</Cases>
<Sources>
<TextSource guid="${s1}" name="Interview Anna" plainTextPath="internal://${s1}.txt" creatingUser="${u}">
${selection('66666666-0000-4000-8000-000000000001', at(lf, 'The driver was friendly.'), [c.staff], { user: u })}
${selection('66666666-0000-4000-8000-000000000002', at(lf, 'the price went up again'), [c.price], { user: u })}
${selection('66666666-0000-4000-8000-000000000003', at(lf, 'Staff at the depot were rude.'), [c.staff, c.service], { user: u })}
${selection('66666666-0000-4000-8000-000000000004', at(lf, 'Anything else?'), [], { description: 'Ask this earlier next time' })}
</TextSource>
<TextSource guid="${s2}" name="Interview Bert" plainTextPath="internal://${s2}.txt">
${selection('66666666-0000-4000-8000-000000000005', at(lf2, 'Staff never answer the phone.'), [c.staff])}
${value(v.region, 'TextValue', 'South')}
</TextSource>
<VideoSource guid="77777777-0000-4000-8000-000000000001" name="Anna audio" path="internal://77777777-0000-4000-8000-000000000001.m4a"><VideoSelection guid="77777777-0000-4000-8000-000000000002" begin="1000" end="4000"><Coding guid="77777777-0000-4000-8000-000000000003"><CodeRef targetGUID="${c.service}"/></Coding></VideoSelection></VideoSource>
</Sources>
</Project>`;
  const crlf = (t: string) => t.replace(/\n/g, '\r\n');
  return {
    bytes: qdpx(qde, {
      [`sources/${s1}.txt`]: crlf(lf),
      [`sources/${s2}.txt`]: crlf(lf2),
      'sources/77777777-0000-4000-8000-000000000001.m4a': new Uint8Array([0, 1, 2]),
    }),
    lf,
    lf2,
  };
}

/** ATLAS.ti: `Trial.qde`, `Sources/*.TXT`, braced upper-case GUIDs, names holding (possibly truncated) quotations. */
export function atlas() {
  const text =
    'Mabel: I like granola 🥣 in the morning.\r\nMabel: Coke is only for parties.\r\nMabel: The new ad was better than the old one.';
  const lf = text.replace(/\r\n/g, '\n');
  const G = (n: number) => `{A0000000-0000-4000-8000-${String(n).padStart(12, '0')}}`;
  const bare = (n: number) => G(n).slice(1, -1).toLowerCase();
  const ATLAS_USER = 'C32A2BD5-537F-4838-8B17-DF9EFBAFDF4B';
  const long = 'The new ad was better than the old one.';
  const drifted = at(lf, 'Coke is only for parties.');
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project ${NS} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" origin="ATLAS.ti for Mac 26.1.2" name="Trial" basePath="/Users/someone/Documents">
<Users><User guid="${G(1)}" name="Jo Researcher"/><User guid="${ATLAS_USER}" name="ATLAS.ti"/></Users>
<CodeBook><Codes><Code guid="${G(10)}" name="Food" isCodable="true" color="#336699"><NoteRef targetGUID="${G(40)}"/><Code guid="${G(11)}" name="Breakfast" isCodable="true"/></Code><Code guid="${G(12)}" name="Drinks" isCodable="true"/><Code guid="${G(13)}" name="Advertising" isCodable="true"/></Codes></CodeBook>
<Sources>
<TextSource guid="${G(20)}" name="Mabel.txt" plainTextPath="internal://${G(21).slice(1, -1)}.txt" creatingUser="${G(1)}">
${selection(bare(30), at(lf, 'I like granola 🥣 in the morning.'), [G(11).toLowerCase(), G(10)], { name: 'I like granola 🥣 in the morning.', user: G(1) })}
${selection(bare(31), [drifted[0] + 3, drifted[1] + 3], [G(12)], { name: 'Coke is only for parties.', user: G(1) })}
${selection(bare(32), at(lf, long), [G(13)], { name: 'The new ad was better th…', user: G(1) })}
</TextSource>
</Sources>
<Notes><Note guid="${G(40)}" name="Food memo"><PlainTextContent>Food codes cover breakfast too.</PlainTextContent></Note><Note guid="${G(41)}" name="Ad comment"><PlainTextContent>Compare with the 1994 ad.</PlainTextContent></Note></Notes>
<Links><Link guid="${G(50)}" name="Memo-Quotation Relation" direction="OneWay" originGUID="${G(41)}" targetGUID="${bare(32)}"/></Links>
<Sets><Set guid="${G(60)}" name="gender: female"><MemberSource targetGUID="${G(20)}"/></Set><Set guid="${G(61)}" name="Consumption"><MemberCode targetGUID="${G(11)}"/><MemberCode targetGUID="${G(12)}"/></Set></Sets>
<Graphs><Graph guid="${G(70)}" name="Network"><Vertex guid="${G(71)}" firstX="0" firstY="0"/></Graph></Graphs>
</Project>`;
  return { bytes: qdpx(qde, { [`Sources/${G(21).slice(1, -1)}.TXT`]: text }, 'Trial.qde'), lf };
}

/** QualCoder: BOM files, code points over LF text, names holding the text, annotations, a journal. */
export function qualcoder() {
  const text = 'Ana: 😀 Delivery came early 🎉 today.\nAna: The app crashed twice 😡 at checkout.\nAna: Support fixed it quickly.';
  const u = '39633935-3331-3962-6632-373436373264'; // QualCoder's GUIDs are not RFC UUIDs
  const c = {
    feelings: '61616161-0000-3000-6000-000000000001',
    joy: '61616161-0000-3000-6000-000000000002',
    anger: '61616161-0000-3000-6000-000000000003',
  };
  const v = { gender: '62626262-0000-3000-6000-000000000001', score: '62626262-0000-3000-6000-000000000002' };
  const src = '63636363-0000-3000-6000-000000000001';
  const annotated = atCodePoints(text, 'The app crashed twice 😡 at checkout.');
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project ${NS} name="Checkout" origin="QualCoder 3.5">
<Users><User guid="${u}" name="default"/></Users>
<CodeBook><Codes><Code guid="${c.feelings}" name="Feelings" isCodable="false"><Code guid="${c.joy}" name="Joy" isCodable="true" color="#FFD700"/><Code guid="${c.anger}" name="Anger" isCodable="true"><Description>Frustration, rage</Description></Code></Code></Codes></CodeBook>
<Variables><Variable guid="${v.gender}" name="Gender" typeOfVariable="Text"/><Variable guid="${v.score}" name="Score" typeOfVariable="Float"/></Variables>
<Cases><Case guid="64646464-0000-3000-6000-000000000001" name="Ana"><VariableValue><VariableRef targetGUID="${v.gender}"/><TextValue>female</TextValue></VariableValue><VariableValue><VariableRef targetGUID="${v.score}"/><FloatValue>8.5</FloatValue></VariableValue><SourceRef targetGUID="${src}"/></Case></Cases>
<Sources><TextSource guid="${src}" name="ana_interview" plainTextPath="internal://${src}.txt" creatingUser="${u}">
${selection('65656565-0000-3000-6000-000000000001', atCodePoints(text, 'Delivery came early 🎉 today.'), [c.joy], { name: 'Delivery came early 🎉 today.', user: u })}
${selection('65656565-0000-3000-6000-000000000002', annotated, [c.anger], { name: 'The app crashed twice 😡 at checkout.', user: u })}
${selection('65656565-0000-3000-6000-000000000003', atCodePoints(text, 'Support fixed it quickly.'), [c.joy], { name: 'Support fixed it quickly.', user: u })}
<NoteRef targetGUID="66666666-0000-3000-6000-000000000001"/>
</TextSource></Sources>
<Notes>
<Note guid="66666666-0000-3000-6000-000000000001" name="Annotation" creatingUser="${u}"><PlainTextContent>${esc('Crash reported to the app team.')}</PlainTextContent><PlainTextSelection guid="66666666-0000-3000-6000-000000000002" startPosition="${annotated[0]}" endPosition="${annotated[1]}"/></Note>
<Note guid="66666666-0000-3000-6000-000000000003" name="Journal" plainTextPath="internal://journal.txt" creatingUser="${u}"/>
</Notes>
</Project>`;
  return {
    bytes: qdpx(qde, {
      [`sources/${src}.txt`]: withBom(text),
      'sources/journal.txt': withBom('Day 1: three interviews.\r\nDay 2: coding.'),
    }),
    text,
  };
}

/** Taguette's codebook export: flat codes named by path, no colours, an (invalid) empty Sets. */
export function taguetteQdc(): string {
  const code = (guid: string, name: string) => `<Code guid="${guid}" name="${esc(name)}" isCodable="true"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="Taguette 1.4.1">
<Codes>
${code('9F1A3C1E-5B2D-5E8F-9A0B-1C2D3E4F5A6B', 'interview')}
${code('8E2B4D2F-6C3E-5F90-8B1C-2D3E4F5A6B7C', 'interview/pain points')}
${code('7D3C5E30-7D4F-5A01-9C2D-3E4F5A6B7C8D', 'good')}
</Codes>
<Sets/>
</CodeBook>`;
}
