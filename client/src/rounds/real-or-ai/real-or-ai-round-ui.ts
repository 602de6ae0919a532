import type { PlaylistEntry } from '../../../../shared/game/rounds/registry-schemas';
import { t } from '../../i18n/index';
import type { RoundUi } from '../round-ui';
import { PairQuestionView } from './PairQuestionView';
import { realOrAiRevealView } from './real-or-ai-reveal-view';

type RealOrAiEntry = Extract<PlaylistEntry, { kind: 'real-or-ai' }>;

/** "Real or AI?": one real picture, one the project's GAN drew; spot the real one. */
export const realOrAiRoundUi: RoundUi<RealOrAiEntry> = {
  intro: ({ config }) => ({
    title: t('kind.real-or-ai'),
    subtitle: t('roa.intro.subtitle'),
    how: t('roa.intro.how'),
    facts: [
      t('intro.questions', { n: config.questions }),
      config.timerSec === null ? t('intro.noTimer') : t('intro.timer', { n: config.timerSec }),
      t(config.speedScoring ? 'intro.speedOn' : 'intro.speedOff'),
      `${t('roa.cfg.difficulty')}: ${t(`roa.difficulty.${config.difficulty}`)}`,
    ],
  }),
  question: (state) => new PairQuestionView(state),
  reveal: (state) => realOrAiRevealView(state),
};
