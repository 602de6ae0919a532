import { hostShortcut, isTypingTarget } from '../ui/host-controls';
import { UiScene } from './UiScene';

/**
 * Base of the in-game screens: installs keyboard shortcuts for the scene's lifetime. Host keys (P/N/E)
 * first, then the scene's own (digits, Enter).
 */
export abstract class GameScene extends UiScene {
  override create(): void {
    super.create();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || isTypingTarget(event)) return;
      // Enter and Space on a focused button belong to the button.
      if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement | null)?.tagName === 'BUTTON') return;
      if (hostShortcut(event, this.state) || this.onKey(event)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    this.onTeardown(() => document.removeEventListener('keydown', onKeyDown));
  }

  protected onKey(_event: KeyboardEvent): boolean {
    return false;
  }
}
