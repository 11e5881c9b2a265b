/**
 * The deep-link contract (DESIGN.md "URL contract"): every reachable state is a hash link a
 * lecturer can paste into slides. Pure functions: `encodeRoute` and `decodeRoute` are inverse on
 * every valid route (tested by round-trip property tests). Whether ids exist in the content is
 * checked later, by the state layer, so this codec stays content-free.
 */

export type SideParam = 'left' | 'right';
export type LayerId = 'skin' | 'muscles' | 'skeleton' | 'organs';
export const LAYER_IDS: readonly LayerId[] = ['skin', 'muscles', 'skeleton', 'organs'];

export type Page =
  | { kind: 'home' }
  | { kind: 'region'; region: string }
  | { kind: 'chain'; chain: string; side: SideParam; link: number }
  | { kind: 'technique'; variant: string; side: SideParam; t: number }
  | { kind: 'condition'; condition: string }
  /** The somatic dysfunction trainer; `seed` picks the case (null: no case started yet). */
  | { kind: 'trainer'; seed: string | null };

export interface CameraParam {
  position: [number, number, number];
  target: [number, number, number];
}

/** The map overlays a view can show (DESIGN.md: "Dermatomes", "Referral zones", ...). */
export type OverlayId = 'dermatomes' | 'referral' | 'viscerosomatic';
export const OVERLAY_IDS: readonly OverlayId[] = ['dermatomes', 'referral', 'viscerosomatic'];

/** A point of skin at rest (anatomical position), metres. */
export type RestPoint = [number, number, number];

/** Pain painted on the skin: brush dabs of one radius (metres) at rest positions. */
export interface PaintParam {
  radius: number;
  dabs: RestPoint[];
}

export const MAX_SHOWN_ZONES = 12;
export const MAX_PAINT_DABS = 80;

export interface ViewParams {
  camera?: CameraParam;
  layers?: LayerId[];
  xray?: number;
  /** Map overlays shown. */
  overlays?: OverlayId[];
  /** Zone instances drawn on their own (`trp-soleus.left`, `visceral-heart`). */
  zones?: string[];
  /** Where the skin was touched: the differential of that point. */
  at?: RestPoint;
  /** An area painted on the skin: the differential of that area. */
  paint?: PaintParam;
}

export interface Route {
  page: Page;
  view: ViewParams;
}

export type DecodeResult =
  | {
      ok: true;
      route: Route;
      /** Parts of the link that were read past (repeated options, options for another page). */
      ignored?: string[];
    }
  | { ok: false; reason: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A region id: a base id, optionally with a side suffix (`ankle.left`). */
const REGION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.(?:left|right))?$/;
const MAX_HASH = 2000;
/** A trainer case's seed in a link (`#/trainer/k2x9`). */
export const TRAINER_SEED = /^[a-z0-9]{1,12}$/;
const MAX_T = 3600;

export const HOME: Route = { page: { kind: 'home' }, view: {} };

/**
 * Numbers in links keep three decimals: short links, still sub-millimetre for the camera and a
 * millisecond for technique time. Rounding happens before a value is compared with 0, so a time
 * or x-ray below 0.0005 is left out of the link like 0 itself and reads back as 0.
 */
export const LINK_DECIMALS = 3;
function round(n: number): number {
  // `|| 0` turns -0 into 0, so it prints as "0".
  return Math.round(n * 10 ** LINK_DECIMALS) / 10 ** LINK_DECIMALS || 0;
}
function fmt(n: number): string {
  return String(round(n));
}

function encodePage(page: Page): { path: string; query: [string, string][] } {
  switch (page.kind) {
    case 'home':
      return { path: '/', query: [] };
    case 'region':
      return { path: `/region/${page.region}`, query: [] };
    case 'chain':
      return {
        path: `/chain/${page.chain}/${page.side}`,
        query: page.link > 0 ? [['link', String(page.link + 1)]] : [],
      };
    case 'technique':
      return {
        path: `/technique/${page.variant}/${page.side}`,
        query: round(page.t) > 0 ? [['t', fmt(page.t)]] : [],
      };
    case 'condition':
      return { path: `/condition/${page.condition}`, query: [] };
    case 'trainer':
      return { path: page.seed === null ? '/trainer' : `/trainer/${page.seed}`, query: [] };
  }
}

export function encodeRoute(route: Route): string {
  const { path, query } = encodePage(route.page);
  const { camera, layers, xray } = route.view;
  if (camera) query.push(['cam', [...camera.position, ...camera.target].map(fmt).join(',')]);
  if (layers) query.push(['layers', layers.length ? layers.join(',') : 'none']);
  if (xray !== undefined && round(xray) > 0) query.push(['xray', fmt(xray)]);
  const { overlays, zones, at, paint } = route.view;
  if (overlays?.length) query.push(['maps', overlays.join(',')]);
  if (zones?.length) query.push(['zones', zones.join(',')]);
  if (at) query.push(['at', at.map(fmt).join(',')]);
  if (paint?.dabs.length)
    query.push([
      'paint',
      // Millimetres: a dab is a few centimetres wide, so a link stays short.
      [mm(paint.radius), ...paint.dabs.map((d) => d.map(mm).join(','))].join(';'),
    ]);
  const qs = query.map(([k, v]) => `${k}=${v}`).join('&');
  return `#${path}${qs ? `?${qs}` : ''}`;
}

const mm = (metres: number) => String(Math.round(metres * 1000));

/** Three numbers within ±3 m; `scale` 1000 reads whole millimetres. */
function parsePoint(raw: string, scale: 1 | 1000): RestPoint | null {
  const raws = raw.split(',');
  if (scale === 1000 && raws.some((p) => !/^-?\d+$/.test(p))) return null;
  const parts = raws.map((p) => parseNumber(p, -3 * scale, 3 * scale));
  if (parts.length !== 3 || parts.some((p) => p === null)) return null;
  return parts.map((p) => p! / scale) as RestPoint;
}

function parseNumber(raw: string | undefined, min: number, max: number): number | null {
  if (raw === undefined || !/^-?\d+(\.\d+)?$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

function decodePage(segments: string[], query: URLSearchParams): Page | string {
  const [kind, a, b, ...rest] = segments;
  if (rest.length) return 'the link has too many parts';
  if (kind === undefined) return { kind: 'home' };
  const side = (s: string | undefined): SideParam | null =>
    s === 'left' || s === 'right' ? s : s === undefined ? 'left' : null;
  switch (kind) {
    case 'region':
      if (!a || !REGION_ID.test(a) || b !== undefined) return 'the region in the link is not valid';
      return { kind: 'region', region: a };
    case 'condition':
      if (!a || !ID.test(a) || b !== undefined) return 'the condition in the link is not valid';
      return { kind: 'condition', condition: a };
    case 'chain': {
      const s = side(b);
      if (!a || !ID.test(a) || !s) return 'the chain in the link is not valid';
      const raw = query.get('link');
      const link = raw === null ? 1 : parseNumber(raw, 1, 99);
      if (link === null || !Number.isInteger(link))
        return 'the chain step in the link is not valid';
      return { kind: 'chain', chain: a, side: s, link: link - 1 };
    }
    case 'technique': {
      const s = side(b);
      if (!a || !ID.test(a) || !s) return 'the technique in the link is not valid';
      const raw = query.get('t');
      const t = raw === null ? 0 : parseNumber(raw, 0, MAX_T);
      if (t === null) return 'the time in the link is not valid';
      return { kind: 'technique', variant: a, side: s, t };
    }
    case 'trainer':
      if (a !== undefined && !TRAINER_SEED.test(a))
        return 'the trainer case in the link is not valid';
      if (b !== undefined) return 'the link has too many parts';
      return { kind: 'trainer', seed: a ?? null };
    default:
      return `"${kind.slice(0, 40)}" is not a page of OMT Atlas`;
  }
}

function decodeView(query: URLSearchParams): ViewParams | string {
  const view: ViewParams = {};
  const cam = query.get('cam');
  if (cam !== null) {
    const parts = cam.split(',').map((p) => parseNumber(p, -100, 100));
    if (parts.length !== 6 || parts.some((p) => p === null))
      return 'the camera in the link is not valid';
    const [px, py, pz, tx, ty, tz] = parts as number[];
    view.camera = { position: [px!, py!, pz!], target: [tx!, ty!, tz!] };
  }
  const layers = query.get('layers');
  if (layers !== null) {
    const list = layers === 'none' ? [] : layers.split(',');
    if (list.some((l) => !LAYER_IDS.includes(l as LayerId)) || new Set(list).size !== list.length)
      return 'the layers in the link are not valid';
    view.layers = LAYER_IDS.filter((l) => list.includes(l));
  }
  const xray = query.get('xray');
  if (xray !== null) {
    const x = parseNumber(xray, 0, 1);
    if (x === null) return 'the x-ray value in the link is not valid';
    view.xray = x;
  }
  const maps = query.get('maps');
  if (maps !== null) {
    const list = maps.split(',');
    if (
      list.some((m) => !OVERLAY_IDS.includes(m as OverlayId)) ||
      new Set(list).size !== list.length
    )
      return 'the maps in the link are not valid';
    view.overlays = OVERLAY_IDS.filter((m) => list.includes(m));
  }
  const zones = query.get('zones');
  if (zones !== null) {
    const list = zones.split(',');
    if (
      list.length > MAX_SHOWN_ZONES ||
      list.some((z) => !REGION_ID.test(z)) ||
      new Set(list).size !== list.length
    )
      return 'the zones in the link are not valid';
    view.zones = list;
  }
  const at = query.get('at');
  if (at !== null) {
    const point = parsePoint(at, 1);
    if (!point) return 'the touched point in the link is not valid';
    view.at = point;
  }
  const paint = query.get('paint');
  if (paint !== null) {
    const [r, ...dabs] = paint.split(';');
    const radius = parseNumber(r, 5, 100);
    const points = dabs.map((d) => parsePoint(d, 1000));
    if (
      radius === null ||
      !Number.isInteger(radius) ||
      points.length === 0 ||
      points.length > MAX_PAINT_DABS ||
      points.some((p) => p === null)
    )
      return 'the painted area in the link is not valid';
    view.paint = { radius: radius / 1000, dabs: points as RestPoint[] };
  }
  return view;
}

/** The link options, each with the one kind of page it belongs to (null: every page). */
const OPTION_PAGES = {
  link: 'chain',
  t: 'technique',
  cam: null,
  layers: null,
  xray: null,
  maps: null,
  zones: null,
  at: null,
  paint: null,
} as const satisfies Record<string, Page['kind'] | null>;

/** Decodes a location hash (`#/region/ankle.left?layers=skin`). Never throws. */
export function decodeRoute(hash: string): DecodeResult {
  if (hash.length > MAX_HASH) return { ok: false, reason: 'the link is too long' };
  const raw = hash.replace(/^#/, '');
  if (raw === '' || raw === '/') return { ok: true, route: HOME };
  if (!raw.startsWith('/')) return { ok: false, reason: 'the link does not start with "#/"' };
  const [path = '', qs = '', ...extra] = raw.split('?');
  if (extra.length) return { ok: false, reason: 'the link has more than one "?"' };
  let segments: string[];
  try {
    segments = path.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return { ok: false, reason: 'the link is not properly encoded' };
  }
  if (segments.at(-1) === '') segments.pop();
  const query = new URLSearchParams(qs);
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (!Object.hasOwn(OPTION_PAGES, key))
      return { ok: false, reason: `"${key.slice(0, 20)}" is not a known link option` };
    if (seen.has(key)) ignored.push(`"${key}" is given more than once; the first one is used`);
    seen.add(key);
  }
  const page = decodePage(segments, query);
  if (typeof page === 'string') return { ok: false, reason: page };
  for (const key of seen) {
    const only = OPTION_PAGES[key as keyof typeof OPTION_PAGES];
    if (only && only !== page.kind) ignored.push(`"${key}" only applies to ${only} pages`);
  }
  const view = decodeView(query);
  if (typeof view === 'string') return { ok: false, reason: view };
  return ignored.length
    ? { ok: true, route: { page, view }, ignored }
    : { ok: true, route: { page, view } };
}

// ---------------------------------------------------------------------------------------------
// Links that are not a view of the body: a shared lesson and the presenter console window.

/** The presenter console opens in a second window at this hash (it shows no body). */
export const CONSOLE_HASH = '#/console';
const LESSON_PREFIX = '#/lesson/';
/** A shared lesson link longer than this is not offered: it would not survive every channel. */
export const MAX_LESSON_LINK = MAX_HASH;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export type AppLink =
  | { kind: 'route'; result: DecodeResult }
  | { kind: 'lesson'; payload: string }
  | { kind: 'console' }
  | { kind: 'invalid'; reason: string };

export function isConsoleHash(hash: string): boolean {
  return hash === CONSOLE_HASH || hash === `${CONSOLE_HASH}/`;
}

/** `#/lesson/<payload>`: the payload is base64url text (the lesson codec lives in lesson.ts). */
export function encodeLessonLink(payload: string): string {
  return `${LESSON_PREFIX}${payload}`;
}

/**
 * Sorts a hash into the kind of link it is, before `decodeRoute` reads body views. Never throws.
 * The lesson payload is only checked for its alphabet and length here; its content is checked by
 * the lesson validator.
 */
export function decodeAppLink(hash: string): AppLink {
  if (isConsoleHash(hash)) return { kind: 'console' };
  if (hash.startsWith(LESSON_PREFIX)) {
    if (hash.length > MAX_LESSON_LINK)
      return { kind: 'invalid', reason: 'the lesson link is too long' };
    const payload = hash.slice(LESSON_PREFIX.length);
    if (!BASE64URL.test(payload))
      return { kind: 'invalid', reason: 'the lesson link is not valid' };
    return { kind: 'lesson', payload };
  }
  return { kind: 'route', result: decodeRoute(hash) };
}
