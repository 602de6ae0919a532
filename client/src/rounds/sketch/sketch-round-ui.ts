import type { PlaylistEntry } from '../../../../shared/game/rounds/registry-schemas';
import { t } from '../../i18n/index';
import type { RoundUi } from '../round-ui';
import { sketchRevealView } from './sketch-reveal-view';
import { SketchQuestionUi } from './SketchQuestionUi';

type SketchEntry = Extract<PlaylistEntry, { kind: 'sketch' }>;

/** Sketch Duet: draw the start, the AI finishes it, the room votes for the best duet. */
export const sketchRoundUi: RoundUi<SketchEntry> = {
  intro: ({ config }) => ({
    title: t('kind.sketch'),
    subtitle: t('sketch.intro.subtitle'),
    how: t('sketch.intro.how'),
    facts: [
      t('sketch.intro.prompts', { n: config.questions }),
      t('sketch.intro.ink', { n: config.inkStrokes }),
      config.timerSec === null ? t('sketch.intro.drawNoTimer') : t('sketch.intro.drawTimer', { n: config.timerSec }),
      config.voteSec === null ? t('sketch.intro.voteNoTimer') : t('sketch.intro.voteTimer', { n: config.voteSec }),
    ],
  }),
  question: (state) => new SketchQuestionUi(state),
  reveal: (state) => sketchRevealView(state),
};
