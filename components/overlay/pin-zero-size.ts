/**
 * The overlay's host sits at the end of the market title as a zero-size inline box: the badge is
 * drawn over the page (absolute), so the site's own layout never moves. `!important` so that no page
 * or shadow stylesheet turns it back into a box that takes room.
 */
export function pinZeroSize(host: HTMLElement): void {
  const styles: Record<string, string> = {
    display: 'inline-block',
    width: '0',
    height: '0',
    overflow: 'visible',
    position: 'relative',
    'vertical-align': 'middle',
    'z-index': '20',
  };
  for (const [name, value] of Object.entries(styles)) host.style.setProperty(name, value, 'important');
}
