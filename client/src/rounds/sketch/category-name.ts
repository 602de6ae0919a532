/**
 * Category ids as people read them, in the current language. The classifier's guesses are ids of the
 * built-in categories (named in shared/strokes/procedural/categories.ts); a downloaded Magenta category has
 * only its English id ("hot_dog" -> "hot dog").
 */
import { isSketchCategory, SKETCH_CATEGORY_NAMES } from '../../../../shared/strokes/procedural/categories';
import { getLang } from '../../i18n/index';

export function categoryLabel(id: string): string {
  return isSketchCategory(id) ? SKETCH_CATEGORY_NAMES[id][getLang()] : id.replaceAll('_', ' ');
}

/** A prompt's display name, as the server sent it ({ en, ko }). */
export function promptName(name: { en: string; ko: string }): string {
  return name[getLang()];
}

/** The prompt's name in the other language too, for a mixed classroom; null when both are the same. */
export function otherName(name: { en: string; ko: string }): string | null {
  const other = getLang() === 'ko' ? name.en : name.ko;
  return other === promptName(name) ? null : other;
}
