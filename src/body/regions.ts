/**
 * Skin region rules: each skin vertex gets exactly one SURFACE_REGIONS id (with side suffix for
 * paired regions), from its position and the limb group of the nearest skin item.
 * Boundaries follow surface landmarks: clavicles / costal margin / umbilicus / inguinal ligament in
 * front; C7, T12, iliac crests and sacrum behind; joint lines on the limbs.
 */
import { POINTS } from './landmarks';

export function skinRegion(x: number, y: number, z: number, group: string): string {
  const side = x >= 0 ? 'left' : 'right';
  const S = (id: string) => `${id}.${side}`;
  const ax = Math.abs(x);
  if (group === 'head') {
    const ey = POINTS.eye[1];
    const dx = ax - POINTS.eye[0],
      dy = y - ey,
      dz = z - POINTS.eye[2];
    if (dx * dx + dy * dy + dz * dz < 0.028 * 0.028 && z > 0.045) return S('orbit');
    const tm = [0.062, 1.598, 0.012];
    if ((ax - tm[0]!) ** 2 + (y - tm[1]!) ** 2 + (z - tm[2]!) ** 2 < 0.02 ** 2) return S('tmj');
    if (ax > 0.05 && y > ey - 0.004 && y < ey + 0.05 && z > -0.005 && z < 0.07) return S('temple');
    if (z > 0.035 && y >= ey + 0.018 && y < ey + 0.075) return 'forehead';
    if (z > 0.02 && y < ey + 0.018) return 'face';
    if (z < 0.02 && ax < 0.06 && y < ey - 0.02 && y > 1.56 && z < -0.03) return 'occiput';
    if (z < -0.02 && y < ey + 0.03) return 'occiput';
    if (y < 1.585 && z > -0.02) return 'face';
    if (y < 1.59) return z < 0 ? 'cervical-spine' : 'anterior-neck';
    return 'cranium';
  }
  const ac = POINTS.acromion;
  if (group.startsWith('uarm')) {
    const el = POINTS.elbow[1];
    if (y < el + 0.045) return S('elbow');
    if (y > 1.34) return S('shoulder');
    return S('upper-arm');
  }
  if (group.startsWith('farm')) {
    const el = POINTS.elbow[1];
    if (y > el - 0.045) return S('elbow');
    if (y < POINTS.wrist[1] + 0.025) return S('wrist');
    return S('forearm');
  }
  if (group.startsWith('hand')) {
    if (y > POINTS.wrist[1] - 0.012) return S('wrist');
    return S('hand');
  }
  if (group.startsWith('foot') || (group.startsWith('leg') && y < 0.12)) {
    const an = POINTS.ankle;
    if (y < 0.012 || (y < 0.03 && z > -0.04 && z < 0.16 && estimateDown(y))) return S('sole');
    if (y > an[1] + 0.05) return z < an[2] - 0.01 ? S('calf') : S('shin');
    if (z < 0.03 && y > 0.035) return S('ankle');
    return S('foot');
  }
  if (group.startsWith('leg')) {
    const kn = POINTS.knee[1];
    if (Math.abs(y - kn) < 0.05) return S('knee');
    if (y < kn) {
      const cz = POINTS.knee[2] - 0.012;
      return z < cz ? S('calf') : S('shin');
    }
    // thigh: top laterally = hip; back = posterior thigh; top front = groin
    if (y > 0.86 && ax > 0.13) return S('hip');
    if (z < -0.005) return y > 0.85 ? S('buttock') : S('posterior-thigh');
    if (y > 0.84 && ax < 0.1) return S('groin');
    return S('thigh');
  }
  // trunk (incl. neck)
  if (y > 1.47 && (ax < 0.09 || y > 1.5))
    return z < -0.02 + (y - 1.47) * 0.2 ? 'cervical-spine' : 'anterior-neck';
  if (ax > 0.13 && y > 1.36 && ac[1] > 0) return S('shoulder');
  const back = z < -0.02 + (y < 1.0 ? 0.01 : 0);
  if (back) {
    if (y > 1.195) {
      if (ax < 0.045) return 'thoracic-spine';
      if (y > 1.24 && ax < 0.16) return S('scapula');
      return ax > 0.12 ? S('flank') : 'thoracic-spine';
    }
    if (y > 1.03) return ax < 0.09 ? 'lumbar-spine' : S('flank');
    if (y > 0.88 && ax < 0.045) return 'sacrum';
    if (y > 0.99 && ax < 0.09) return 'lumbar-spine';
    if (y > 0.99) return S('flank');
    return S('buttock');
  }
  // front / side
  if (y > 1.19) {
    if (ax > 0.14 && y < 1.34) return S('flank');
    return ax < 0.025 ? 'sternum' : S('chest');
  }
  if (y > 1.09) {
    if (ax > 0.125) return S('flank');
    return ax < 0.05 ? 'epigastrium' : S('hypochondrium');
  }
  if (y > 1.0) {
    if (ax > 0.1) return S('flank');
    return 'umbilical';
  }
  if (y > 0.9) {
    if (ax > 0.135) return S('hip');
    return ax < 0.055 ? 'hypogastrium' : S('iliac-fossa');
  }
  if (ax > 0.13) return S('hip');
  return S('groin');
}

function estimateDown(y: number): boolean {
  return y < 0.02;
}
