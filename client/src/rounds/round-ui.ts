/**
 * What a round kind contributes to the client: its intro card text, its question screen and its reveal.
 * Scenes are generic and look the kind up in the registry (rounds/registry.ts); adding a round kind
 * means one folder here and one line there.
 */
import type { PlaylistEntry } from '../../../shared/game/rounds/registry-schemas';
import type { AppState } from '../state/app-state';

export interface IntroCard {
  title: string;
  subtitle: string;
  how: string;
  facts: string[];
}

/** A mounted question screen body. */
export interface QuestionUi {
  el: HTMLElement;
  /** Called on every state change while the question is on screen. */
  update(state: AppState): void;
  /** Keys not taken by the scene (digits, Enter...). Return true when handled. */
  onKey?(event: KeyboardEvent): boolean;
  dispose(): void;
}

export interface RoundUi<E extends PlaylistEntry = PlaylistEntry> {
  intro(entry: E): IntroCard;
  question(state: AppState): QuestionUi;
  reveal(state: AppState): HTMLElement;
}
