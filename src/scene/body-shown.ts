/**
 * Resolves once the first frame with the body has been drawn — or once it is clear that none
 * will be (no WebGL, the model missing or failing). The app holds back everything the first
 * frame does not need (content, panels, picking, the service worker) until then, so the body
 * reaches the screen as early as on a bare three.js page.
 */
let resolveShown: () => void = () => undefined;
export const bodyShown = new Promise<void>((resolve) => {
  resolveShown = resolve;
});

export function markBodyShown(): void {
  resolveShown();
}
