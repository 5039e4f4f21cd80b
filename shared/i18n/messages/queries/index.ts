import type { AreaMessages } from '../../areaMessages';
import en from './en.json' with { type: 'json' };
import hr from './hr.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import zhHans from './zh-Hans.json' with { type: 'json' };

/** The Queries tab (renderer/queries): coding queries and the matrix. */
const queries: AreaMessages<typeof en> = { en, nb, hr, hu, 'zh-Hans': zhHans };
export default queries;
