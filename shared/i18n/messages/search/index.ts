import type { AreaMessages } from '../../areaMessages';
import en from './en.json' with { type: 'json' };
import hr from './hr.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import zhHans from './zh-Hans.json' with { type: 'json' };

/** Search: text search over the whole study (the Search tab, word frequencies, autocode). */
const search: AreaMessages<typeof en> = { en, nb, hr, hu, 'zh-Hans': zhHans };
export default search;
