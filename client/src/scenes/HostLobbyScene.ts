import type { PlaylistEntry } from '../../../shared/game/rounds/registry-schemas';
import type { AppState } from '../state/app-state';
import { app } from '../app-context';
import { t } from '../i18n/index';
import { confirmDialog } from '../ui/confirm-dialog';
import { button, fill, h, keepingFocus, trackFocusMoves } from '../ui/dom';
import { playlistEditor } from '../ui/playlist-editor';
import { UiScene } from './UiScene';
import { withIcon } from '../ui/icons';

/**
 * The projector's lobby: a room code readable from the back row, the join link and its QR code, players
 * arriving, and the teacher's setup (playlist, lock, start). Parts re-render separately so a player
 * joining never resets a settings field the teacher is editing.
 */
export class HostLobbyScene extends UiScene {
  private playersBox!: HTMLElement;
  private controlsBox!: HTMLElement;
  private playlistBox!: HTMLElement;
  private lastPlaylist = '';
  /** The teacher's latest edit, shown at once and kept until the server echoes it (or refuses it). */
  private draft: PlaylistEntry[] | null = null;

  constructor() {
    super('HostLobby');
  }

  protected render(): void {
    const view = this.state.view!;
    const joinUrl = this.state.session?.joinUrl ?? `${location.origin}/?room=${view.code}`;
    const spaced = view.code.split('').join(' ');
    this.playersBox = h('section', { className: 'card stack players-card', 'aria-labelledby': 'players-title' });
    this.controlsBox = h('div', { className: 'stack' });
    this.playlistBox = h('div');
    trackFocusMoves(this.playlistBox);
    this.root.append(
      h(
        'div',
        { className: 'lobby-grid' },
        h(
          'section',
          { className: 'card stack join-card' },
          h('h1', { className: 'label', text: t('hostLobby.codeLabel') }),
          h('div', { className: 'room-code', 'data-testid': 'room-code', 'aria-label': spaced, text: view.code }),
          h('img', { className: 'qr', src: `/api/rooms/${view.code}/qr.svg`, alt: t('hostLobby.qrAlt'), width: 220, height: 220, 'data-testid': 'qr' }),
          h('p', { className: 'label', text: t('hostLobby.joinAt') }),
          h('a', { className: 'join-url', href: joinUrl, 'data-testid': 'join-url', target: '_blank', rel: 'noopener', text: joinUrl }),
        ),
        h('div', { className: 'stack' }, this.controlsBox, this.playersBox),
        this.playlistBox,
      ),
    );
    this.lastPlaylist = '';
    this.renderParts(this.state);
  }

  protected override onState(state: AppState): void {
    if (state.view) this.renderParts(state);
  }

  private renderParts(state: AppState): void {
    const view = state.view!;
    const { controller } = app();

    keepingFocus(this.playersBox, () => this.playersBox.replaceChildren(
      h('h2', { id: 'players-title', 'data-testid': 'player-count', text: t('hostLobby.players', { count: view.players.length }) }),
      view.players.length === 0
        ? h('p', { className: 'hint', text: t('hostLobby.noPlayers') })
        : h(
            'ul',
            { className: 'player-chips', 'aria-live': 'polite' },
            ...view.players.map((p) =>
              h(
                'li',
                { className: `chip${p.connected ? '' : ' is-offline'}`, 'data-testid': 'lobby-player' },
                h('span', { text: p.nickname }),
                p.connected ? null : h('span', { className: 'hint', text: ` ${t('hostLobby.offline')}` }),
                button('✕', () => void this.kick(p.id, p.nickname), {
                  variant: 'ghost',
                  className: 'chip-kick',
                  'aria-label': t('hostLobby.kickLabel', { name: p.nickname }),
                  title: t('hostLobby.kick'),
                  testid: `kick-${p.nickname}`,
                }),
              ),
            ),
          ),
    ));

    keepingFocus(this.controlsBox, () => fill(this.controlsBox,
      h(
        'div',
        { className: 'row' },
        button(view.preparing ? withIcon('hourglass', t('hostLobby.preparing')) : withIcon('play', t('hostLobby.start')), () => void this.start(), {
          variant: 'primary',
          className: 'btn-huge',
          testid: 'host-start',
          disabled: view.preparing,
          'data-autofocus': true,
        }),
        button(view.locked ? withIcon('unlock', t('hostLobby.unlock')) : withIcon('lock', t('hostLobby.lock')), () => void controller.lock(!view.locked), {
          testid: 'host-lock',
          'aria-pressed': String(view.locked),
        }),
      ),
      view.locked ? h('p', { className: 'notice', role: 'status' }, withIcon('lock', t('hostLobby.locked'))) : null,
      view.preparing ? h('p', { className: 'notice', role: 'status', text: t('hostLobby.preparing') }) : null,
    ));

    // Rebuild the editor only when the list really changed, keeping focus on the control being edited.
    if (this.draft && JSON.stringify(this.draft) === JSON.stringify(view.playlist)) this.draft = null;
    this.renderPlaylist(this.draft ?? view.playlist);
  }

  private renderPlaylist(playlist: PlaylistEntry[]): void {
    const serial = JSON.stringify(playlist);
    if (serial === this.lastPlaylist) return;
    this.lastPlaylist = serial;
    keepingFocus(this.playlistBox, () =>
      this.playlistBox.replaceChildren(playlistEditor(playlist, (next) => void this.editPlaylist(next))),
    );
  }

  /** Edits apply locally at once, so two quick changes never overwrite each other while the first is in flight. */
  private async editPlaylist(next: PlaylistEntry[]): Promise<void> {
    const reshaped = next.length !== (this.draft ?? this.state.view?.playlist ?? []).length;
    this.draft = next;
    // A settings change is redrawn after the browser has finished moving focus (a Tab fires "change"
    // first), so focus can follow; adding or removing a round is redrawn at once.
    if (reshaped) this.renderPlaylist(next);
    else
      setTimeout(() => {
        if (this.draft === next) this.renderPlaylist(next);
      }, 0);
    const ok = await app().controller.setPlaylist(next);
    if (!ok && this.draft === next && this.scene.isActive()) {
      this.draft = null;
      const view = this.state.view;
      if (view) this.renderPlaylist(view.playlist);
    }
  }

  private async start(): Promise<void> {
    const view = this.state.view;
    if (!view) return;
    if (view.players.length === 0 && !(await confirmDialog(t('hostLobby.startEmpty'), t('hostLobby.start')))) return;
    await app().controller.host('host:start');
  }

  private async kick(playerId: string, nickname: string): Promise<void> {
    if (await confirmDialog(t('hostLobby.kickConfirm', { name: nickname }), t('hostLobby.kick'))) {
      await app().controller.kick(playerId);
    }
  }
}
