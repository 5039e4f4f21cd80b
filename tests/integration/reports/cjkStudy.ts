import { codingWorkspace } from '../codingFixtures';

/**
 * A study written in Chinese, with Norwegian, Croatian and Hungarian names beside it: participant
 * names, code names, an attribute and its groups, and quotes in Chinese, some with Latin words
 * inside them and no spaces (as Chinese is written), so line breaking has to find its own places.
 */
export const CJK = {
  people: ['王小明', '李娜', 'Bjørn Åsheim', 'Željka Čačić', 'Kővári Ődön'],
  codes: ['价格太贵', '配送延迟', '客服态度', 'Levering – ventetid', 'Dostava – čekanje', 'Szállítás – késés'],
  attribute: '城市等级',
  groups: ['一线城市', '二线城市'],
  /** A long quote: Chinese with WeChat and App inside it, no spaces, over many lines. */
  long: Array.from(
    { length: 12 },
    (_, i) => `第${i + 1}次我们在WeChat上联系客服，他们说App会自动退款，可是钱一直没有到账，真让人失望。`,
  ).join(''),
  turns: {
    wang: '价格太贵了，同样的东西在超市便宜三成。',
    li: '配送总是迟到两个小时，冷冻食品都化了。',
    bjorn: 'Leveringen kom for sent, og isen var smeltet – det går ikke på øyeblikket.',
    zeljka: 'Dostava je kasnila, a ćevapi su stigli hladni; žalosno.',
    kovari: 'A szállítás késett, és a fagyasztott áru felengedett – őszintén szólva szörnyű.',
  },
};

export async function cjkStudy() {
  const ws = await codingWorkspace();
  const { call } = ws;
  const [wang, li, bjorn, zeljka, kovari] = CJK.people as [string, string, string, string, string];
  const turns: [string, string][] = [
    [wang, CJK.turns.wang],
    [li, CJK.turns.li],
    [wang, CJK.long],
    [bjorn, CJK.turns.bjorn],
    [zeljka, CJK.turns.zeljka],
    [kovari, CJK.turns.kovari],
  ];
  const doc = ws.transcript(turns, '焦点小组访谈');
  const text = (await call('documents:get', { id: doc })).text;
  const codes = new Map<string, string>();
  for (const name of CJK.codes)
    codes.set(name, (await call('codes:create', { name, description: { definition: `${name}：顾客怎么说。` } })).id);
  const code = (name: string, words: string) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in document`);
    return call('codings:create', { documentId: doc, start, end: start + words.length, codeId: codes.get(name)! });
  };
  await code('价格太贵', CJK.turns.wang);
  await code('配送延迟', CJK.turns.li);
  await code('客服态度', CJK.long);
  await code('Levering – ventetid', CJK.turns.bjorn);
  await code('Dostava – čekanje', CJK.turns.zeljka);
  await code('Szállítás – késés', CJK.turns.kovari);
  await code('配送延迟', CJK.turns.kovari);
  const tier = await call('attributes:create', { name: CJK.attribute, type: 'category', options: CJK.groups });
  const people = new Map((await call('participants:list', {})).map((p) => [p.displayName, p.id]));
  for (const [i, name] of CJK.people.entries()) {
    await call('participants:setValue', { participantId: people.get(name)!, attributeId: tier.id, value: CJK.groups[i % 2]! });
    await call('participants:setSessionRole', { participantId: people.get(name)!, sessionId: ws.session.id, role: 'participant' });
  }
  const snap = await call('reports:generate', {
    definition: { title: '生鲜配送研究 — Bjørn, Čačak, Győr', quotes: { perTheme: 5, onePerParticipant: false, attributeIds: [tier.id] } },
  });
  const exportAs = async (format: 'pdf' | 'docx' | 'xlsx') =>
    Buffer.from((await call('reports:export', { snapshotId: snap.id, format })).files[0]!.dataBase64, 'base64');
  return { ...ws, exportAs };
}
