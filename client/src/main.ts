/**
 * Boot: language, socket, state, then Phaser with one scene per screen. TensorFlow.js is not imported
 * here; rounds load it on demand (see ml/digit-model.ts) so the join screen appears at once on a phone.
 */
import Phaser from 'phaser';
import './styles.css';
import { setApp } from './app-context';
import { initLang } from './i18n/index';
import { GameClient } from './net/game-client';
import { roomCodeFromSearch } from './net/room-code';
import { SessionStore } from './net/session-store';
import { registerScenes } from './scenes/index';
import { AppController } from './state/app-controller';
import { initialState } from './state/app-state';
import { Store } from './state/store';
import { startDirector } from './ui/director';
import { mountOverlays } from './ui/overlays';

initLang();
const linkCode = roomCodeFromSearch(window.location.search);
const store = new Store(initialState(linkCode ? { screen: 'join', code: linkCode } : { screen: 'home' }));
const controller = new AppController(store, new GameClient(), new SessionStore(window.localStorage));
setApp({ store, controller });
mountOverlays(store, controller);

const game = new Phaser.Game({
  // Canvas, not WebGL: the backdrop is simple, and school laptops and phones have weak or blocked GPUs.
  type: Phaser.CANVAS,
  parent: 'game',
  backgroundColor: '#0d1030',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  fps: { target: 30 },
  banner: false,
  audio: { noAudio: true },
});

game.events.once(Phaser.Core.Events.READY, () => {
  registerScenes(game);
  startDirector(game, store);
  controller.start(linkCode);
});

// Let the e2e tests and a curious teacher see the state; harmless, nothing secret beyond this device's own token.
(window as unknown as { neuralArcade?: unknown }).neuralArcade = { store };
