import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentStudy } from '../../shared/domain/study';
import { isUiLocale, type UiLocale } from '../../shared/i18n/locales';
import { translatorFor, type Translator } from '../../shared/i18n/translator';

const MAX_RECENT = 12;
const SettingsFile = z.object({
  recent: z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })).default([]),
  // A language this version does not know (a newer one wrote it) reads as "follow the system".
  language: z.string().nullable().default(null).catch(null),
});
type SettingsFile = z.infer<typeof SettingsFile>;

/**
 * App-wide settings kept outside any study (the recent list, the language). A damaged settings file is
 * replaced rather than stopping the app: losing the recent list is better than not starting.
 */
export class AppSettings {
  private readonly file: string;

  constructor(appDataDir: string) {
    this.file = join(appDataDir, 'settings.json');
  }

  recent(): RecentStudy[] {
    return this.read().recent.map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  rememberOpened(path: string, title: string, openedAt: string): void {
    const s = this.read();
    s.recent = [{ path, title, openedAt }, ...s.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.write(s);
  }

  forget(path: string): void {
    const s = this.read();
    s.recent = s.recent.filter((r) => r.path !== path);
    this.write(s);
  }

  /** The language the user chose (null: follow the system). */
  language(): UiLocale | null {
    const chosen = this.read().language;
    return isUiLocale(chosen) ? chosen : null;
  }

  /**
   * The UI's language as the backend can know it: what the page passed, else the user's choice. Only
   * the page knows the system's language, so without either the words are English.
   */
  uiTranslator(passed?: UiLocale): Translator {
    return translatorFor(passed ?? this.language() ?? 'en');
  }

  setLanguage(language: UiLocale | null): void {
    const s = this.read();
    s.language = language;
    this.write(s);
  }

  private read(): SettingsFile {
    if (!existsSync(this.file)) return { recent: [], language: null };
    try {
      const parsed = SettingsFile.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : { recent: [], language: null };
    } catch {
      return { recent: [], language: null }; // unreadable JSON: start afresh (see class comment)
    }
  }

  /** Write to a temporary file, then rename: a crash never leaves half a settings file. */
  private write(s: SettingsFile): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(s, null, 2));
    renameSync(tmp, this.file);
  }
}
