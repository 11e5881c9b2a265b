/**
 * Myofascial trigger-point referral patterns (Travell & Simons). Referral maps come from clinical
 * mapping and injection studies; finding trigger points by palpation is only moderately reliable, so
 * most links here are graded `expert-opinion` or `limited`.
 */
import { at, chain, cite, link, via, type ChainInput } from './helpers';

const TRP_MECHANISM_NOTE =
  'Referred pain from a trigger point is thought to arise because nerve fibres from the muscle and from the distant area converge on the same spinal neurons, which become sensitised.';

export const myofascialReferralChains: ChainInput[] = [
  chain({
    id: 'piriformis-referral',
    title: 'Piriformis trigger point → buttock, hip and back of the thigh',
    summary:
      'Piriformis trigger points refer pain over the sacroiliac region and buttock, behind the hip and down the upper back of the thigh.',
    links: [
      link({
        from: at('buttock', 'same'),
        to: at('hip', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('piriformis', 'same')],
        explanation: `Piriformis lies deep to gluteus maximus, from the sacrum to the top of the greater trochanter. Its trigger points refer across the buttock and over the back of the hip joint, and often to the sacroiliac region. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): piriformis chapter'),
          cite('jin-2023-referred-pain'),
        ],
        techniques: ['piriformis-counterstrain', 'gluteal-soft-tissue', 'hip-articulatory'],
      }),
      link({
        from: at('hip', 'same'),
        to: at('posterior-thigh', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('piriformis', 'same')],
        explanation:
          'The referral zone may extend over the upper two-thirds of the back of the thigh. Unlike true sciatica it does not usually reach below the knee or cause numbness; if it does, consider nerve involvement.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): piriformis chapter'),
          cite('hopayian-2010-piriformis'),
        ],
        techniques: ['piriformis-counterstrain'],
      }),
    ],
    conditions: ['piriformis-syndrome', 'low-back-pain'],
    tags: ['trigger point', 'hip'],
  }),
  chain({
    id: 'gluteus-minimus-referral',
    title: 'Gluteus minimus trigger point → outer leg ("pseudo-sciatica")',
    summary:
      'Gluteus minimus trigger points refer pain down the outside of the thigh and leg to the ankle, closely imitating L5 sciatica.',
    links: [
      link({
        from: at('buttock', 'same'),
        to: at('thigh', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('gluteus-minimus', 'same')],
        explanation: `The anterior fibres of gluteus minimus, deep under gluteus medius, refer pain down the outer thigh; posterior fibres refer to the back of the thigh. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): gluteus minimus chapter'),
        ],
        techniques: ['gluteal-soft-tissue', 'hip-articulatory'],
      }),
      link({
        from: at('thigh', 'same'),
        to: at('shin', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('gluteus-minimus', 'same'), via('iliotibial-band', 'same')],
        explanation:
          'The zone can continue below the knee along the outer leg to the ankle, the same territory as an L5 root. Normal reflexes, strength and sensation, and pain reproduced by pressing the muscle, favour a muscular source.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): gluteus minimus chapter'),
          cite('jensen-2019-sciatica'),
        ],
        techniques: ['gluteal-soft-tissue'],
      }),
    ],
    conditions: ['sciatica', 'low-back-pain'],
    tags: ['trigger point', 'hip'],
  }),
  chain({
    id: 'gluteus-medius-referral',
    title: 'Gluteus medius trigger point → sacrum and low back',
    summary:
      'Gluteus medius trigger points refer pain along the back of the iliac crest, over the sacroiliac joint and sacrum: a common muscular source of "low back" pain.',
    links: [
      link({
        from: at('buttock', 'same'),
        to: at('sacrum', 'midline'),
        mechanism: 'myofascial-trigger-point',
        via: [via('gluteus-medius', 'same')],
        explanation: `Gluteus medius, under the iliac crest, keeps the pelvis level when standing on one leg and is overloaded by long walks, running and standing with weight on one leg. Its trigger points refer along the posterior iliac crest to the sacroiliac joint and sacrum, and into the buttock. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): gluteus medius chapter'),
        ],
        techniques: [
          'gluteal-soft-tissue',
          'innominate-muscle-energy',
          'sacral-balanced-ligamentous',
        ],
      }),
    ],
    conditions: ['low-back-pain'],
    tags: ['trigger point', 'hip'],
  }),
  chain({
    id: 'quadratus-lumborum-referral',
    title: 'Quadratus lumborum trigger point → buttock and hip',
    summary:
      'Quadratus lumborum trigger points refer pain to the iliac crest, the sacroiliac joint and lower buttock, and to the side of the hip.',
    links: [
      link({
        from: at('flank', 'same'),
        to: at('buttock', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('quadratus-lumborum', 'same'), via('thoracolumbar-fascia', 'midline')],
        explanation: `Quadratus lumborum runs from the 12th rib and lumbar transverse processes to the iliac crest. Its deeper trigger points refer to the sacroiliac joint and lower buttock; turning in bed and standing from sitting are typically painful. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): quadratus lumborum chapter'),
        ],
        techniques: [
          'lumbar-counterstrain',
          'thoracolumbar-myofascial-release',
          'paraspinal-soft-tissue',
        ],
      }),
      link({
        from: at('buttock', 'same'),
        to: at('hip', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('quadratus-lumborum', 'same')],
        explanation:
          'More superficial trigger points refer along the iliac crest and to the greater trochanter, so the pain may be mistaken for trochanteric bursitis. Referral to the lower abdomen and groin has also been described.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): quadratus lumborum chapter'),
        ],
        techniques: ['lumbar-counterstrain', 'hip-articulatory'],
      }),
    ],
    conditions: ['low-back-pain'],
    redFlags: [
      'Flank pain with fever, blood in the urine or colicky waves: consider kidney stone or infection.',
    ],
    tags: ['trigger point', 'back'],
  }),
  chain({
    id: 'iliopsoas-referral',
    title: 'Iliopsoas trigger point → lumbar spine and sacrum',
    summary:
      'Iliopsoas trigger points refer pain vertically along the lumbar spine on the same side down to the sacroiliac region, and to the front of the thigh.',
    links: [
      link({
        from: at('groin', 'same'),
        to: at('lumbar-spine', 'midline'),
        mechanism: 'myofascial-trigger-point',
        via: [via('iliopsoas', 'same')],
        explanation: `Psoas attaches to the lumbar vertebrae and discs and iliacus lines the inside of the pelvis; both insert at the lesser trochanter, below the groin. Trigger points in them refer a vertical band of pain alongside the lumbar spine, so a person may feel "back pain" that is eased by bending the hip. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [cite('travell-simons-2019', 'Standard text (not read): iliopsoas chapter')],
        techniques: ['iliopsoas-counterstrain', 'lumbar-counterstrain', 'lumbar-functional'],
      }),
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('sacrum', 'midline'),
        mechanism: 'myofascial-trigger-point',
        via: [via('iliopsoas', 'same')],
        explanation:
          'The band extends down to the sacroiliac area and upper buttock; referral to the front of the thigh is also described. Because psoas lies on the lumbar spine, it also moves the lumbar joints directly, so muscle and joint sources are hard to separate.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): iliopsoas chapter'),
          cite('standring-grays-2020', 'Standard text (not read)'),
        ],
        techniques: ['iliopsoas-counterstrain', 'sacral-balanced-ligamentous'],
      }),
    ],
    conditions: ['low-back-pain'],
    redFlags: [
      'Groin or back pain with fever and a flexed, painful hip: consider psoas abscess or septic arthritis.',
    ],
    tags: ['trigger point', 'back', 'hip'],
  }),
  chain({
    id: 'tensor-fasciae-latae-referral',
    title: 'Tensor fasciae latae trigger point → outer thigh and knee',
    summary:
      'Tensor fasciae latae trigger points refer pain to the front and side of the hip and down the outer thigh towards the knee.',
    links: [
      link({
        from: at('hip', 'same'),
        to: at('thigh', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('tensor-fasciae-latae', 'same'), via('iliotibial-band', 'same')],
        explanation: `Tensor fasciae latae sits at the front of the hip and pulls on the iliotibial band. Its trigger points refer over the greater trochanter and down the outer thigh, so sitting with the hip bent or lying on that side becomes uncomfortable. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): tensor fasciae latae chapter'),
        ],
        techniques: ['hip-articulatory', 'gluteal-soft-tissue'],
      }),
      link({
        from: at('thigh', 'same'),
        to: at('knee', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('iliotibial-band', 'same')],
        explanation:
          'The referral may reach the outer knee. The iliotibial band also transmits hip control to the knee, which is why hip weakness is linked with lateral knee pain.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): tensor fasciae latae chapter'),
          cite('powers-2010-hip-knee'),
        ],
        techniques: ['knee-blt'],
      }),
    ],
    conditions: ['patellofemoral-pain', 'osteoarthritis'],
    tags: ['trigger point', 'hip'],
  }),
  chain({
    id: 'infraspinatus-referral',
    title: 'Infraspinatus trigger point → front of the shoulder and arm',
    summary:
      'Infraspinatus trigger points on the shoulder blade refer deep pain to the front of the shoulder and down the outer arm, so the patient points to the front while the source is at the back.',
    links: [
      link({
        from: at('scapula', 'same'),
        to: at('shoulder', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('infraspinatus', 'same'), via('teres-minor', 'same')],
        explanation: `Infraspinatus covers most of the back of the shoulder blade and is a rotator-cuff muscle. Its trigger points refer deep into the front of the shoulder joint, and sleeping on either side and reaching behind the back become painful. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [cite('travell-simons-2019', 'Standard text (not read): infraspinatus chapter')],
        techniques: ['spencer-shoulder', 'neuromuscular-muscle-testing'],
      }),
      link({
        from: at('shoulder', 'same'),
        to: at('upper-arm', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('infraspinatus', 'same')],
        explanation:
          'The zone continues down the front and outer arm and may reach the thumb side of the forearm, overlapping with C5–C6 root pain.',
        evidence: 'expert-opinion',
        citations: [cite('travell-simons-2019', 'Standard text (not read): infraspinatus chapter')],
        techniques: ['spencer-shoulder'],
      }),
    ],
    conditions: ['frozen-shoulder', 'neck-pain'],
    tags: ['trigger point', 'shoulder'],
  }),
  chain({
    id: 'scalene-referral',
    title: 'Scalene trigger points → chest, arm and hand',
    summary:
      'Scalene trigger points refer pain to the chest, the front and back of the arm, the thumb side of the hand and the inner edge of the shoulder blade.',
    links: [
      link({
        from: at('anterior-neck', 'midline'),
        to: at('chest', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('scalenes', 'same')],
        explanation: `The scalenes run from the cervical transverse processes to the first two ribs and lift them when breathing hard. Their trigger points refer to the upper chest, which can mimic heart pain, and to the inner border of the shoulder blade. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): scalene muscles chapter'),
        ],
        techniques: ['scalene-counterstrain', 'cervical-soft-tissue'],
      }),
      link({
        from: at('chest', 'same'),
        to: at('upper-arm', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('scalenes', 'same')],
        explanation: 'Pain also spreads down the front and back of the upper arm.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): scalene muscles chapter'),
        ],
        techniques: ['scalene-counterstrain'],
      }),
      link({
        from: at('upper-arm', 'same'),
        to: at('hand', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('scalenes', 'same')],
        explanation:
          'The zone reaches the thumb side of the forearm and the thumb and index finger. The brachial plexus passes between the scalenes, so nerve compression (thoracic outlet) is a second, separate way the same muscles can cause arm symptoms.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): scalene muscles chapter'),
          cite('standring-grays-2020', 'Standard text (not read)'),
        ],
        techniques: ['scalene-counterstrain', 'thoracic-inlet-myofascial-release'],
      }),
    ],
    conditions: ['neck-pain', 'carpal-tunnel-syndrome'],
    redFlags: [
      'Chest and arm pain with exertion, sweating or breathlessness must be treated as cardiac until proven otherwise.',
    ],
    tags: ['trigger point', 'neck'],
  }),
  chain({
    id: 'levator-scapulae-referral',
    title: 'Levator scapulae trigger point → neck angle and shoulder blade',
    summary:
      'Levator scapulae trigger points refer pain to the angle of the neck and along the inner border of the shoulder blade; turning the head becomes stiff ("stiff neck").',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('scapula', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('levator-scapulae', 'same')],
        explanation: `Levator scapulae runs from the upper four cervical vertebrae to the upper corner of the shoulder blade. Its trigger points refer to the angle between neck and shoulder and down the inner edge of the shoulder blade, and rotation to the same side is limited. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): levator scapulae chapter'),
        ],
        techniques: ['cervical-soft-tissue', 'cervical-muscle-energy', 'cervical-fpr'],
      }),
      link({
        from: at('scapula', 'same'),
        to: at('shoulder', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('levator-scapulae', 'same')],
        explanation: 'A smaller spill-over zone reaches the back of the shoulder.',
        evidence: 'expert-opinion',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): levator scapulae chapter'),
        ],
        techniques: ['spencer-shoulder'],
      }),
    ],
    conditions: ['neck-pain', 'tension-headache'],
    tags: ['trigger point', 'neck'],
  }),
  chain({
    id: 'soleus-referral',
    title: 'Soleus trigger point → heel',
    summary:
      'Soleus trigger points refer pain to the back and underside of the heel, which can be confused with plantar fasciitis or Achilles problems.',
    links: [
      link({
        from: at('calf', 'same'),
        to: at('sole', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('soleus', 'same')],
        explanation: `Soleus lies under gastrocnemius and joins it in the Achilles tendon. Its lower trigger points refer to the back and underside of the heel, so walking uphill and climbing stairs hurt. Occasional referral to the sacroiliac region on the same side has also been described. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [cite('travell-simons-2019', 'Standard text (not read): soleus chapter')],
        techniques: [
          'ankle-articulatory',
          'plantar-fascia-myofascial-release',
          'pedal-lymphatic-pump',
        ],
      }),
    ],
    conditions: ['plantar-fasciitis'],
    redFlags: [
      'Calf pain with swelling, warmth and tenderness, especially after immobility or surgery: exclude deep vein thrombosis before any massage or manipulation.',
    ],
    tags: ['trigger point', 'foot'],
  }),
  chain({
    id: 'gastrocnemius-referral',
    title: 'Gastrocnemius trigger point → instep and back of the knee',
    summary:
      'Gastrocnemius trigger points refer pain to the instep of the foot and up to the back of the knee, and are linked with night calf cramps.',
    links: [
      link({
        from: at('calf', 'same'),
        to: at('sole', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('gastrocnemius', 'same')],
        explanation: `Gastrocnemius crosses both the knee and the ankle. Its medial-head trigger points refer to the instep (the inner arch of the sole), and others to the back of the knee and calf. ${TRP_MECHANISM_NOTE}`,
        evidence: 'expert-opinion',
        citations: [cite('travell-simons-2019', 'Standard text (not read): gastrocnemius chapter')],
        techniques: ['ankle-articulatory', 'plantar-fascia-myofascial-release'],
      }),
    ],
    conditions: ['plantar-fasciitis'],
    redFlags: [
      'Calf pain with swelling, warmth and tenderness: exclude deep vein thrombosis before treatment.',
      'A sudden "kick in the calf" with inability to push off: possible Achilles or calf rupture.',
    ],
    tags: ['trigger point', 'foot'],
  }),
];
