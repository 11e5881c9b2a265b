/** All referral chains, gathered from the thematic files. */
import { continuityLineChains } from './continuity-lines';
import { headacheChains } from './headache';
import type { ChainInput } from './helpers';
import { lowerLimbChains } from './lower-limb';
import { myofascialReferralChains } from './myofascial-referral';
import { radicularChains } from './radicular';
import { trunkChains } from './trunk';
import { visceralChains } from './visceral';

export type { ChainInput } from './helpers';

export const chains: ChainInput[] = [
  ...lowerLimbChains,
  ...trunkChains,
  ...headacheChains,
  ...radicularChains,
  ...myofascialReferralChains,
  ...visceralChains,
  ...continuityLineChains,
];
