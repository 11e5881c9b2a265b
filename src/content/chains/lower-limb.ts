/** Kinetic-chain relations in the lower limb: load transfer between foot, ankle, knee, hip and back. */
import { at, chain, cite, link, via, type ChainInput } from './helpers';

export const lowerLimbChains: ChainInput[] = [
  chain({
    id: 'ankle-instability-to-knee',
    title: 'Ankle instability → knee → hip',
    summary:
      'A stiff or repeatedly sprained ankle changes how the leg absorbs load, so the knee tends to collapse inward and the hip muscles on the same side work less well.',
    links: [
      link({
        from: at('ankle', 'same'),
        to: at('knee', 'same'),
        mechanism: 'kinetic-chain',
        via: [via('fibularis', 'same'), via('tibialis-anterior', 'same'), via('soleus', 'same')],
        explanation:
          'When the ankle cannot bend upward (dorsiflex) enough during a squat, step or landing, the body borrows movement elsewhere: the foot rolls in, the shin turns in and the knee drifts inward (dynamic knee valgus). A meta-analysis found reduced ankle dorsiflexion in people who show this inward knee collapse. The studies are cross-sectional, so they show an association, not proof that the ankle causes knee pain.',
        evidence: 'moderate',
        citations: [
          cite('lima-2018-ankle-dorsiflexion-valgus'),
          cite('sueki-2013-regional-interdependence'),
        ],
        techniques: ['ankle-articulatory', 'ankle-blt', 'knee-blt'],
      }),
      link({
        from: at('knee', 'same'),
        to: at('hip', 'same'),
        mechanism: 'kinetic-chain',
        via: [via('gluteus-medius', 'same'), via('tensor-fasciae-latae', 'same')],
        explanation:
          'Inward knee collapse is partly a hip movement (the thigh adducts and turns in), which the hip abductors are meant to control. People with repeated ankle sprains on one side had weaker hip abductors on that same side in a small study. Whether the weakness follows the sprain or came first is not known.',
        evidence: 'limited',
        citations: [cite('friel-2006-hip-abductor-ankle'), cite('powers-2010-hip-knee')],
        techniques: ['hip-articulatory', 'gluteal-soft-tissue', 'neuromuscular-muscle-testing'],
      }),
    ],
    conditions: ['chronic-ankle-instability', 'patellofemoral-pain'],
    redFlags: [
      'Unable to bear weight or bony tenderness after an ankle injury: exclude fracture before any manipulation.',
      'Hot, swollen, red joint with fever: possible septic arthritis, urgent medical assessment.',
    ],
    tags: ['sport', 'regional interdependence'],
  }),
  chain({
    id: 'hip-to-knee',
    title: 'Hip joint control → knee',
    summary:
      'Weak or poorly controlled hip muscles let the thigh drop inward and rotate, which increases stress on the knee and kneecap.',
    links: [
      link({
        from: at('hip', 'same'),
        to: at('knee', 'same'),
        mechanism: 'kinetic-chain',
        via: [
          via('gluteus-medius', 'same'),
          via('gluteus-maximus', 'same'),
          via('tensor-fasciae-latae', 'same'),
          via('iliotibial-band', 'same'),
        ],
        explanation:
          'The femur is the upper half of the knee joint, so when the hip lets the thigh adduct and rotate inward, the knee and kneecap are loaded at an angle. Biomechanical and prospective studies link poor hip and trunk control with patellofemoral pain, iliotibial band pain and ACL injury, and inward knee loading on landing predicted ACL injury in female athletes. This supports treating the hip in knee rehabilitation, although not every knee problem has a hip cause.',
        evidence: 'moderate',
        citations: [cite('powers-2010-hip-knee'), cite('hewett-2005-acl-valgus')],
        techniques: [
          'hip-articulatory',
          'gluteal-soft-tissue',
          'knee-blt',
          'neuromuscular-muscle-testing',
        ],
      }),
    ],
    conditions: ['patellofemoral-pain', 'osteoarthritis'],
    redFlags: [
      'Knee locking, giving way after a twisting injury or a large rapid swelling: possible ligament or meniscal tear needing orthopaedic assessment.',
    ],
    tags: ['sport', 'regional interdependence'],
  }),
  chain({
    id: 'tight-hamstrings-to-low-back',
    title: 'Tight hamstrings → low back',
    summary:
      'Short hamstrings limit how far the pelvis can tip forward, so bending forward asks more of the lumbar spine.',
    links: [
      link({
        from: at('posterior-thigh', 'same'),
        to: at('lumbar-spine', 'midline'),
        mechanism: 'kinetic-chain',
        via: [
          via('biceps-femoris', 'same'),
          via('semitendinosus', 'same'),
          via('semimembranosus', 'same'),
          via('erector-spinae', 'same'),
        ],
        explanation:
          'The hamstrings pull on the sit bones, so when they are short the pelvis cannot rotate forward freely when you bend. In a cross-sectional study, people with low back pain moved less at the pelvis and more at the lumbar spine during forward bending. The idea is that the lumbar tissues then take extra strain, but a causal link has not been proven.',
        evidence: 'limited',
        citations: [
          cite('jandre-reis-2015-hamstrings'),
          cite('sueki-2013-regional-interdependence'),
        ],
        techniques: [
          'hamstring-muscle-energy',
          'innominate-muscle-energy',
          'paraspinal-soft-tissue',
        ],
      }),
    ],
    conditions: ['low-back-pain'],
    tags: ['posture', 'regional interdependence'],
  }),
  chain({
    id: 'calf-to-plantar-fascia',
    title: 'Calf tightness → plantar fascia',
    summary:
      'Tight calf muscles and limited ankle dorsiflexion are associated with plantar heel pain, through the heel and the plantar fascia.',
    links: [
      link({
        from: at('calf', 'same'),
        to: at('sole', 'same'),
        mechanism: 'kinetic-chain',
        via: [via('gastrocnemius', 'same'), via('soleus', 'same'), via('plantar-fascia', 'same')],
        explanation:
          'The calf muscles pull on the heel through the Achilles tendon, and the plantar fascia pulls on the same heel bone from below. When the calf is short, the heel rises early and the arch and plantar fascia are stretched harder at each step. People with plantar fasciitis had tighter posterior leg muscles than matched controls, and a clinical guideline lists limited ankle dorsiflexion as a risk factor.',
        evidence: 'moderate',
        citations: [cite('aranda-bolivar-2013-plantar'), cite('martin-2014-heel-pain-cpg')],
        techniques: ['plantar-fascia-myofascial-release', 'ankle-articulatory', 'ankle-blt'],
      }),
    ],
    conditions: ['plantar-fasciitis'],
    redFlags: [
      'Heel pain with night pain, fever or a swollen heel: consider infection, tumour or stress fracture.',
      'Burning, tingling or numbness in the sole: consider nerve entrapment or radiculopathy rather than plantar fasciitis.',
    ],
    tags: ['foot'],
  }),
  chain({
    id: 'hip-joint-to-knee',
    title: 'Hip joint → knee (shared nerve supply)',
    summary:
      'Pain from the hip joint itself can be felt in the thigh and the knee, because the nerves that supply the hip capsule also supply the knee; a painful knee with a normal knee examination calls for a look at the hip.',
    links: [
      link({
        from: at('hip', 'same'),
        to: at('knee', 'same'),
        mechanism: 'somatic-referral',
        via: [],
        explanation:
          'Branches of the obturator and femoral nerves reach both the hip capsule and the knee, so the brain can misplace pain arising in the hip. In patients whose hip pain was confirmed by an anaesthetic joint injection, pain was felt mostly in the buttock, thigh and groin; about a fifth had pain below the knee, but pain at the knee alone was rare (2%). In adolescents a slipped capital femoral epiphysis may show itself first as thigh or knee pain, and these patients were misdiagnosed more often.',
        evidence: 'limited',
        citations: [cite('lesher-2008-hip-referral'), cite('matava-1999-scfe-knee-pain')],
        techniques: ['hip-articulatory'],
      }),
    ],
    conditions: [],
    redFlags: [
      'An adolescent (especially overweight, 10–16 years) with knee or thigh pain and a limp: examine the hip and image it for a slipped capital femoral epiphysis; no manipulation.',
      'Hip or groin pain with fever, or a hot swollen joint: possible septic arthritis, urgent assessment.',
    ],
    tags: ['referred pain', 'shared innervation'],
  }),
];
