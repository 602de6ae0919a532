import type { PlaylistEntry } from '../../../../shared/game/rounds/registry-schemas';
import { t } from '../../i18n/index';
import type { RoundUi } from '../round-ui';
import { DrawRaceView } from './DrawRaceView';
import { RevealRaceView } from './RevealRaceView';
import { digitsRevealView } from './digits-reveal-view';

type DigitsEntry = Extract<PlaylistEntry, { kind: 'digits' }>;

export const digitsRoundUi: RoundUi<DigitsEntry> = {
  intro: ({ config }) => ({
    title: t('kind.digits'),
    subtitle: t(`variant.${config.variant}`),
    how: t(
      config.variant === 'reveal'
        ? config.speedScoring ? 'intro.howReveal' : 'intro.howRevealCalm'
        : config.speedScoring ? 'intro.howDraw' : 'intro.howDrawCalm',
    ),
    facts: [
      t('intro.questions', { n: config.questions }),
      config.timerSec === null ? t('intro.noTimer') : t('intro.timer', { n: config.timerSec }),
      t(config.speedScoring ? 'intro.speedOn' : 'intro.speedOff'),
      `${t('playlist.difficulty')}: ${t(`difficulty.${config.difficulty}`)}`,
    ],
  }),
  question: (state) => {
    const view = state.question?.view;
    return view?.kind === 'digits' && view.variant === 'draw' ? new DrawRaceView(state) : new RevealRaceView(state);
  },
  reveal: (state) => digitsRevealView(state),
};
