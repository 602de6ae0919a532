import type Phaser from 'phaser';
import type { ScreenKey } from '../state/app-state';
import { ClosedScene } from './ClosedScene';
import { HomeScene } from './HomeScene';
import { HostLobbyScene } from './HostLobbyScene';
import { IntroScene } from './IntroScene';
import { JoinScene } from './JoinScene';
import { LeaderboardScene } from './LeaderboardScene';
import { PlayerLobbyScene } from './PlayerLobbyScene';
import { PodiumScene } from './PodiumScene';
import { QuestionScene } from './QuestionScene';
import { ResumingScene } from './ResumingScene';
import { RevealScene } from './RevealScene';

/** One scene per screen, keyed like ScreenKey so the director can start them by name. */
const SCENES: Record<ScreenKey, new () => Phaser.Scene> = {
  Home: HomeScene,
  Join: JoinScene,
  Resuming: ResumingScene,
  HostLobby: HostLobbyScene,
  PlayerLobby: PlayerLobbyScene,
  Intro: IntroScene,
  Question: QuestionScene,
  Reveal: RevealScene,
  Leaderboard: LeaderboardScene,
  Podium: PodiumScene,
  Closed: ClosedScene,
};

/** Added stopped; the director starts whichever one the state calls for. */
export function registerScenes(game: Phaser.Game): void {
  for (const [key, scene] of Object.entries(SCENES)) game.scene.add(key, scene, false);
}
