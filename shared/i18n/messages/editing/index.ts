import type { AreaMessages } from '../../areaMessages';
import en from './en.json' with { type: 'json' };
import hr from './hr.json' with { type: 'json' };
import hu from './hu.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import zhHans from './zh-Hans.json' with { type: 'json' };

/** Editing a study: the steps of the undo history (what Undo and Redo name) and why an edit was refused. */
const editing: AreaMessages<typeof en> = { en, nb, hr, hu, 'zh-Hans': zhHans };
export default editing;
