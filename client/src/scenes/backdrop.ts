import Phaser from 'phaser';

/**
 * The arcade backdrop every scene shares: a dark field with faint digits drifting upward, like a
 * neural net's inputs floating by. Decorative only (the canvas is aria-hidden), and cheap: ~24 texts.
 * On resize only the backdrop is rebuilt, never the scene: a phone keyboard opening resizes the
 * viewport, and restarting the scene then would steal focus from the input being typed in.
 */
const GLYPHS = '0123456789';

export function drawBackdrop(scene: Phaser.Scene): void {
  scene.cameras.main.setBackgroundColor('#0d1030');
  let layer = build(scene);
  const onResize = () => {
    layer.destroy();
    layer = build(scene);
    layer.setDepth(-1);
  };
  scene.scale.on(Phaser.Scale.Events.RESIZE, onResize);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => scene.scale.off(Phaser.Scale.Events.RESIZE, onResize));
}

function build(scene: Phaser.Scene): Phaser.GameObjects.Container {
  const { width, height } = scene.scale;
  const layer = scene.add.container(0, 0);
  const grid = scene.add.graphics();
  grid.lineStyle(1, 0x2a2f6b, 0.35);
  const step = 48;
  for (let x = 0; x < width; x += step) grid.lineBetween(x, 0, x, height);
  for (let y = 0; y < height; y += step) grid.lineBetween(0, y, width, y);
  layer.add(grid);

  const count = Math.min(24, Math.round((width * height) / 50_000) + 6);
  for (let i = 0; i < count; i++) {
    const glyph = scene.add
      .text(Phaser.Math.Between(0, width), Phaser.Math.Between(0, height), GLYPHS[i % 10]!, {
        fontFamily: 'monospace',
        fontSize: `${Phaser.Math.Between(28, 96)}px`,
        color: i % 3 === 0 ? '#ff4fa3' : '#4fd8ff',
      })
      .setAlpha(Phaser.Math.FloatBetween(0.05, 0.16));
    layer.add(glyph);
    const tween = scene.tweens.add({
      targets: glyph,
      y: glyph.y - height - 100,
      duration: Phaser.Math.Between(20_000, 45_000),
      repeat: -1,
      onRepeat: () => glyph.setPosition(Phaser.Math.Between(0, width), height + 60),
    });
    glyph.once(Phaser.GameObjects.Events.DESTROY, () => tween.remove());
  }
  return layer;
}
