/**
 * Nerve-root (radicular) patterns down the limbs and peripheral nerve entrapments. Dermatome maps
 * vary between sources and real root pain often ignores them, so each pattern is a guide, not a rule.
 */
import { at, chain, cite, link, via, type ChainInput } from './helpers';

const CERVICAL_ROOT_RED_FLAGS = [
  'Clumsy hands, unsteady gait, or bladder changes with neck pain: possible cervical myelopathy, urgent referral and no cervical HVLA.',
  'Progressive or severe arm weakness: urgent specialist assessment.',
  'Neck and arm pain with fever, weight loss or a history of cancer: investigate for infection or tumour.',
];

const LUMBAR_ROOT_RED_FLAGS = [
  'Numbness in the saddle area, new difficulty passing or holding urine or stool, or sciatica in both legs: possible cauda equina syndrome, emergency referral.',
  'Progressive leg weakness such as a worsening foot drop: urgent specialist assessment.',
  'Back and leg pain with fever, weight loss, a history of cancer or significant trauma: investigate before manual treatment.',
];

const DERMATOME_CAVEAT =
  'Dermatome maps differ between textbooks and adjacent roots overlap, and in one study about two-thirds of root-pain drawings did not follow a single dermatome.';

export const radicularChains: ChainInput[] = [
  chain({
    id: 'c5-radicular',
    title: 'C5 nerve root → shoulder and outer upper arm',
    summary:
      'Irritation of the C5 root (usually at the C4–C5 level) gives neck pain spreading over the shoulder and the outer upper arm, with possible deltoid and biceps weakness.',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('shoulder', 'same'),
        mechanism: 'radicular',
        via: [via('scalenes', 'same')],
        explanation:
          'A disc bulge or bony spur narrowing the C4–C5 foramen irritates the C5 root, whose fibres supply the skin and muscles over the shoulder. Pain spreads from the neck and medial shoulder blade over the top of the shoulder. Deltoid and supraspinatus may weaken, which can be mistaken for a rotator cuff problem.',
        evidence: 'moderate',
        citations: [
          cite('eubanks-2010-cervical-radiculopathy'),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
        techniques: ['cervical-soft-tissue', 'cervical-fpr', 'scalene-counterstrain'],
      }),
      link({
        from: at('shoulder', 'same'),
        to: at('upper-arm', 'same'),
        mechanism: 'radicular',
        via: [via('deltoid', 'same'), via('biceps-brachii', 'same')],
        explanation: `The C5 skin area continues down the outer upper arm (the "regimental badge" area), and the biceps reflex may be reduced. ${DERMATOME_CAVEAT}`,
        evidence: 'moderate',
        citations: [
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
          cite(
            'murphy-2009-radicular-patterns',
            'Abstract: results (most root pain non-dermatomal; S1 the exception)',
          ),
        ],
        techniques: ['cervical-soft-tissue'],
      }),
    ],
    conditions: ['cervical-radiculopathy', 'neck-pain', 'frozen-shoulder'],
    redFlags: CERVICAL_ROOT_RED_FLAGS,
    tags: ['nerve root', 'dermatome'],
  }),
  chain({
    id: 'c6-radicular',
    title: 'C6 nerve root → thumb side of the arm',
    summary:
      'Irritation of the C6 root (C5–C6 level) sends pain down the outer arm and forearm to the thumb and index finger.',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('upper-arm', 'same'),
        mechanism: 'radicular',
        via: [via('scalenes', 'same'), via('biceps-brachii', 'same')],
        explanation:
          'C5–C6 is one of the most commonly affected cervical levels. The irritated root gives neck and shoulder-blade pain that spreads down the outer arm, with possible biceps weakness.',
        evidence: 'moderate',
        citations: [cite('eubanks-2010-cervical-radiculopathy')],
        techniques: ['cervical-soft-tissue', 'cervical-fpr'],
      }),
      link({
        from: at('upper-arm', 'same'),
        to: at('forearm', 'same'),
        mechanism: 'radicular',
        via: [via('brachioradialis', 'same'), via('wrist-extensors', 'same')],
        explanation:
          'The C6 area continues along the thumb side of the forearm. Wrist extensors and brachioradialis may weaken and the brachioradialis reflex may be reduced.',
        evidence: 'moderate',
        citations: [
          cite('eubanks-2010-cervical-radiculopathy'),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
        techniques: ['cervical-soft-tissue'],
      }),
      link({
        from: at('forearm', 'same'),
        to: at('hand', 'same'),
        mechanism: 'radicular',
        explanation: `Numbness or tingling in the thumb and index finger is typical. ${DERMATOME_CAVEAT}`,
        evidence: 'moderate',
        citations: [
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
          cite(
            'murphy-2009-radicular-patterns',
            'Abstract: results (most root pain non-dermatomal; S1 the exception)',
          ),
        ],
        techniques: [],
      }),
    ],
    conditions: ['cervical-radiculopathy', 'neck-pain', 'carpal-tunnel-syndrome'],
    redFlags: CERVICAL_ROOT_RED_FLAGS,
    tags: ['nerve root', 'dermatome'],
  }),
  chain({
    id: 'c7-radicular',
    title: 'C7 nerve root → back of the arm to the middle finger',
    summary:
      'Irritation of the C7 root (C6–C7 level), the most common cervical radiculopathy, sends pain down the back of the arm to the middle finger.',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('scapula', 'same'),
        mechanism: 'radicular',
        via: [via('serratus-anterior', 'same')],
        explanation:
          'Cervical root pain often starts as a deep ache at the inner edge of the shoulder blade before it spreads into the arm. C7 helps supply muscles of the scapula such as serratus anterior (long thoracic nerve, C5–C7), which attaches along that inner edge; the rhomboids there are C4–C5 and do not belong to this root.',
        evidence: 'moderate',
        citations: [cite('eubanks-2010-cervical-radiculopathy')],
        techniques: ['cervical-soft-tissue', 'cervical-fpr'],
      }),
      link({
        from: at('scapula', 'same'),
        to: at('upper-arm', 'same'),
        mechanism: 'radicular',
        via: [via('triceps-brachii', 'same')],
        explanation:
          'Pain follows the back of the upper arm; triceps may weaken and the triceps reflex may be reduced.',
        evidence: 'moderate',
        citations: [cite('eubanks-2010-cervical-radiculopathy')],
        techniques: [],
      }),
      link({
        from: at('upper-arm', 'same'),
        to: at('hand', 'same'),
        mechanism: 'radicular',
        via: [via('wrist-flexors', 'same')],
        explanation: `The C7 area runs down the back of the forearm to the middle finger, where numbness is typical; wrist flexion (flexor carpi radialis, C6–C7) may weaken. ${DERMATOME_CAVEAT}`,
        evidence: 'moderate',
        citations: [
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
          cite(
            'murphy-2009-radicular-patterns',
            'Abstract: results (most root pain non-dermatomal; S1 the exception)',
          ),
        ],
        techniques: [],
      }),
    ],
    conditions: ['cervical-radiculopathy', 'neck-pain'],
    redFlags: CERVICAL_ROOT_RED_FLAGS,
    tags: ['nerve root', 'dermatome'],
  }),
  chain({
    id: 'c8-radicular',
    title: 'C8 nerve root → little-finger side of the hand',
    summary:
      'Irritation of the C8 root (C7–T1 level) gives pain along the inner forearm to the ring and little fingers, with weak grip.',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('forearm', 'same'),
        mechanism: 'radicular',
        via: [via('wrist-flexors', 'same')],
        explanation:
          'The C8 root supplies the inner (ulnar) forearm and the long finger flexors. Its pain runs down the inner arm and forearm, and grip can weaken.',
        evidence: 'moderate',
        citations: [
          cite('eubanks-2010-cervical-radiculopathy'),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
        techniques: ['cervical-soft-tissue'],
      }),
      link({
        from: at('forearm', 'same'),
        to: at('hand', 'same'),
        mechanism: 'radicular',
        explanation: `Numbness of the little finger and the inner half of the ring finger, with weak small hand muscles, suggests C8; the same fingers are affected by ulnar nerve entrapment at the elbow, which must be told apart. ${DERMATOME_CAVEAT}`,
        evidence: 'moderate',
        citations: [
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
          cite(
            'murphy-2009-radicular-patterns',
            'Abstract: results (most root pain non-dermatomal; S1 the exception)',
          ),
        ],
        techniques: [],
      }),
    ],
    conditions: ['cervical-radiculopathy'],
    redFlags: [
      ...CERVICAL_ROOT_RED_FLAGS,
      'Shoulder and inner-arm pain with a drooping eyelid and small pupil in a smoker: consider an apical lung tumour.',
    ],
    tags: ['nerve root', 'dermatome'],
  }),
  chain({
    id: 'l4-radicular',
    title: 'L4 nerve root → front of the thigh and inner shin',
    summary:
      'Irritation of the L4 root (often at L3–L4) gives pain over the front of the thigh, the knee and the inner shin, with a weak knee reflex.',
    links: [
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('thigh', 'same'),
        mechanism: 'radicular',
        via: [via('rectus-femoris', 'same')],
        explanation:
          'A disc or narrowed foramen at L3–L4 irritates the L4 root, which supplies the quadriceps through the femoral nerve (L2–L4). Pain spreads from the low back over the front of the thigh. (Iliopsoas is mainly L1–L3 and is not drawn on this root.)',
        evidence: 'moderate',
        citations: [
          cite('jensen-2019-sciatica'),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
        techniques: ['lumbar-counterstrain', 'lumbar-functional', 'iliopsoas-counterstrain'],
      }),
      link({
        from: at('thigh', 'same'),
        to: at('knee', 'same'),
        mechanism: 'radicular',
        via: [via('vastus-medialis', 'same')],
        explanation:
          'The knee (patellar) reflex may be reduced and the quadriceps weak, making stairs difficult.',
        evidence: 'moderate',
        citations: [cite('jensen-2019-sciatica')],
        techniques: [],
      }),
      link({
        from: at('knee', 'same'),
        to: at('shin', 'same'),
        mechanism: 'radicular',
        via: [via('tibialis-anterior', 'same')],
        explanation: `The L4 skin area continues over the inner shin towards the inner ankle. ${DERMATOME_CAVEAT}`,
        evidence: 'moderate',
        citations: [
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
          cite(
            'murphy-2009-radicular-patterns',
            'Abstract: results (most root pain non-dermatomal; S1 the exception)',
          ),
        ],
        techniques: [],
      }),
    ],
    conditions: ['sciatica', 'low-back-pain'],
    redFlags: LUMBAR_ROOT_RED_FLAGS,
    tags: ['nerve root', 'dermatome'],
  }),
  chain({
    id: 'l5-radicular',
    title: 'L5 nerve root → outer leg and top of the foot',
    summary:
      'Irritation of the L5 root (usually at L4–L5) gives sciatica down the outer thigh and leg to the top of the foot and big toe, with weak big-toe lifting.',
    links: [
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('buttock', 'same'),
        mechanism: 'radicular',
        via: [via('multifidus', 'same'), via('gluteus-medius', 'same')],
        explanation:
          'Most sciatica comes from a herniated lumbar disc pressing on and inflaming a nerve root, most often L5 or S1. Pain usually starts in the low back and buttock and is often worse than the back pain by the time it reaches the leg.',
        evidence: 'moderate',
        citations: [cite('jensen-2019-sciatica')],
        techniques: ['lumbar-counterstrain', 'lumbar-functional', 'lumbar-roll-hvla'],
      }),
      link({
        from: at('buttock', 'same'),
        to: at('thigh', 'same'),
        mechanism: 'radicular',
        via: [via('tensor-fasciae-latae', 'same')],
        explanation:
          'The pain runs down the outer side of the thigh; hip abductors supplied by L5 may be weak.',
        evidence: 'moderate',
        citations: [
          cite('jensen-2019-sciatica'),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
        techniques: ['gluteal-soft-tissue'],
      }),
      link({
        from: at('thigh', 'same'),
        to: at('shin', 'same'),
        mechanism: 'radicular',
        via: [via('fibularis', 'same'), via('tibialis-anterior', 'same')],
        explanation:
          'Below the knee the L5 pain follows the outer shin. Pain below the knee points more to a nerve root than to referred back pain.',
        evidence: 'moderate',
        citations: [cite('jensen-2019-sciatica')],
        techniques: [],
      }),
      link({
        from: at('shin', 'same'),
        to: at('foot', 'same'),
        mechanism: 'radicular',
        explanation: `Numbness on the top of the foot and big toe, and weakness lifting the big toe, are typical of L5. ${DERMATOME_CAVEAT}`,
        evidence: 'moderate',
        citations: [
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
          cite(
            'murphy-2009-radicular-patterns',
            'Abstract: results (most root pain non-dermatomal; S1 the exception)',
          ),
        ],
        techniques: [],
      }),
    ],
    conditions: ['sciatica', 'low-back-pain'],
    redFlags: LUMBAR_ROOT_RED_FLAGS,
    tags: ['nerve root', 'dermatome', 'sciatica'],
  }),
  chain({
    id: 's1-radicular',
    title: 'S1 nerve root → back of the leg, heel and outer sole',
    summary:
      'Irritation of the S1 root (usually at L5–S1) gives sciatica down the back of the thigh and calf to the heel and outer sole, with a weak ankle reflex.',
    links: [
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('buttock', 'same'),
        mechanism: 'radicular',
        via: [via('gluteus-maximus', 'same')],
        explanation:
          'An L5–S1 disc herniation typically compresses the S1 root. Pain begins in the low back and buttock; sitting, coughing and bending often make it worse.',
        evidence: 'moderate',
        citations: [cite('jensen-2019-sciatica')],
        techniques: ['lumbar-counterstrain', 'lumbar-functional', 'sacral-balanced-ligamentous'],
      }),
      link({
        from: at('buttock', 'same'),
        to: at('posterior-thigh', 'same'),
        mechanism: 'radicular',
        via: [via('biceps-femoris', 'same')],
        explanation:
          'The pain follows the back of the thigh along the sciatic nerve; straight-leg raising often reproduces it.',
        evidence: 'moderate',
        citations: [cite('jensen-2019-sciatica')],
        techniques: [],
      }),
      link({
        from: at('posterior-thigh', 'same'),
        to: at('calf', 'same'),
        mechanism: 'radicular',
        via: [via('gastrocnemius', 'same'), via('soleus', 'same')],
        explanation:
          'The calf muscles are largely S1, so tiptoe walking may be weak and the ankle reflex reduced or absent.',
        evidence: 'moderate',
        citations: [cite('jensen-2019-sciatica')],
        techniques: [],
      }),
      link({
        from: at('calf', 'same'),
        to: at('sole', 'same'),
        mechanism: 'radicular',
        explanation:
          'Numbness of the heel, outer foot and little toe is typical. S1 is the root whose pain most often does follow its dermatome, although dermatome maps still vary between sources.',
        evidence: 'moderate',
        citations: [
          cite(
            'murphy-2009-radicular-patterns',
            'Abstract: results (most root pain non-dermatomal; S1 the exception)',
          ),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
        techniques: [],
      }),
    ],
    conditions: ['sciatica', 'low-back-pain'],
    redFlags: LUMBAR_ROOT_RED_FLAGS,
    tags: ['nerve root', 'dermatome', 'sciatica'],
  }),
  chain({
    id: 'cervical-to-carpal-tunnel',
    title: 'Neck → thoracic outlet → wrist (carpal-tunnel-like symptoms)',
    summary:
      'Tingling in the thumb, index and middle fingers may come from the carpal tunnel, from the C6–C7 roots, or from both together (the "double crush" idea).',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('upper-arm', 'same'),
        mechanism: 'radicular',
        via: [via('scalenes', 'same'), via('pectoralis-minor', 'same')],
        explanation:
          'The median nerve is built from the C6 to T1 roots, which leave the neck and pass between the scalene muscles and under pectoralis minor. Irritation of the C6 or C7 root, or tension at these points, can give arm symptoms that overlap with the median nerve territory.',
        evidence: 'limited',
        citations: [cite('eubanks-2010-cervical-radiculopathy'), cite('siu-2012-omm-cts')],
        techniques: [
          'scalene-counterstrain',
          'thoracic-inlet-myofascial-release',
          'cervical-soft-tissue',
        ],
      }),
      link({
        from: at('upper-arm', 'same'),
        to: at('wrist', 'same'),
        mechanism: 'peripheral-nerve-entrapment',
        via: [via('wrist-flexors', 'same')],
        explanation:
          'At the wrist the median nerve passes under the rigid transverse carpal ligament with the flexor tendons, where it can be compressed. The double-crush hypothesis, based on finding neck lesions in many patients with carpal tunnel syndrome, proposes that a nerve compressed at one point is more vulnerable at another. It remains a hypothesis, but it is why the whole course of the nerve is examined.',
        evidence: 'limited',
        citations: [cite('upton-mccomas-1973'), cite('siu-2012-omm-cts')],
        techniques: ['thoracic-inlet-myofascial-release'],
      }),
      link({
        from: at('wrist', 'same'),
        to: at('hand', 'same'),
        mechanism: 'peripheral-nerve-entrapment',
        explanation:
          'Median-nerve symptoms are felt in the thumb, index, middle and half of the ring finger, often at night. The branch to the skin of the palm leaves the nerve before the carpal tunnel, so numbness of the palm itself, neck pain or a reduced arm reflex point to a root problem; the two can coexist.',
        evidence: 'moderate',
        citations: [cite('siu-2012-omm-cts'), cite('eubanks-2010-cervical-radiculopathy')],
        techniques: [],
      }),
    ],
    conditions: ['carpal-tunnel-syndrome', 'cervical-radiculopathy'],
    redFlags: [
      'Wasting of the thumb muscles or constant numbness: moderate to severe compression, refer for nerve studies and surgical opinion.',
      ...CERVICAL_ROOT_RED_FLAGS,
    ],
    tags: ['nerve entrapment', 'double crush'],
  }),
  chain({
    id: 'piriformis-sciatic-entrapment',
    title: 'Piriformis → sciatic nerve (piriformis syndrome)',
    summary:
      'The sciatic nerve passes below (or sometimes through) piriformis; a tight or irritated piriformis is proposed to compress it and cause buttock pain and sciatica.',
    links: [
      link({
        from: at('buttock', 'same'),
        to: at('posterior-thigh', 'same'),
        mechanism: 'peripheral-nerve-entrapment',
        via: [via('piriformis', 'same')],
        explanation:
          'Piriformis runs from the front of the sacrum to the greater trochanter, and the sciatic nerve usually leaves the pelvis just below it. A systematic review found the most common features to be buttock pain, tenderness near the greater sciatic notch, pain worse with sitting and pain on manoeuvres that tension the muscle. The syndrome remains controversial because no test confirms it.',
        evidence: 'limited',
        citations: [
          cite('hopayian-2010-piriformis'),
          cite('travell-simons-2019', 'Standard text (not read): piriformis chapter'),
        ],
        techniques: ['piriformis-counterstrain', 'gluteal-soft-tissue', 'hip-articulatory'],
      }),
      link({
        from: at('posterior-thigh', 'same'),
        to: at('calf', 'same'),
        mechanism: 'peripheral-nerve-entrapment',
        via: [via('biceps-femoris', 'same')],
        explanation:
          'If the nerve is irritated, pain and tingling may follow the sciatic distribution into the calf. A disc herniation is a far more common cause of sciatica and should be considered first.',
        evidence: 'limited',
        citations: [cite('hopayian-2010-piriformis'), cite('jensen-2019-sciatica')],
        techniques: ['piriformis-counterstrain'],
      }),
    ],
    conditions: ['piriformis-syndrome', 'sciatica'],
    redFlags: LUMBAR_ROOT_RED_FLAGS,
    tags: ['nerve entrapment', 'sciatica'],
  }),
  chain({
    id: 'cervical-to-lateral-elbow',
    title: 'Lower neck → lateral elbow',
    summary:
      'Lateral elbow pain is usually a local tendon problem, but C6–C7 root irritation can refer pain to the same spot, and the two may coexist.',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('elbow', 'same'),
        mechanism: 'radicular',
        via: [via('wrist-extensors', 'same'), via('brachioradialis', 'same')],
        explanation:
          'The forearm extensors that attach at the lateral epicondyle are supplied mainly by the C6 and C7 roots, and these roots also refer pain along the outer arm and forearm. Lateral epicondylalgia shows motor changes on both sides of the body, suggesting nervous-system involvement beyond the tendon. Examining the neck is reasonable in stubborn cases, but evidence that neck treatment helps tennis elbow is limited.',
        evidence: 'limited',
        citations: [
          cite('eubanks-2010-cervical-radiculopathy'),
          cite('bisset-2006-lateral-epicondylalgia'),
          cite('sueki-2013-regional-interdependence'),
        ],
        techniques: ['cervical-soft-tissue', 'cervical-fpr', 'cervical-muscle-energy'],
      }),
    ],
    conditions: ['lateral-epicondylalgia', 'cervical-radiculopathy'],
    redFlags: CERVICAL_ROOT_RED_FLAGS,
    tags: ['nerve root', 'regional interdependence'],
  }),
];
