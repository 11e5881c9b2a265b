/**
 * Myofascial continuity lines ("Anatomy Trains", Myers). A systematic review of dissection studies
 * (Wilke 2016) found strong anatomical support for the superficial back line and the back and front
 * functional lines, partial support for the spiral and lateral lines, and none for the superficial
 * front line. Anatomical continuity does not by itself prove that pain travels along a line.
 */
import { at, chain, cite, link, via, type ChainInput } from './helpers';

const wilke = (line: string) => cite('wilke-2016-myofascial-chains', line);
const myers = (line: string) => cite('myers-anatomy-trains', line);

export const continuityLineChains: ChainInput[] = [
  chain({
    id: 'superficial-back-line',
    title: 'Superficial back line: sole → calf → hamstrings → back → head',
    summary:
      'A continuous band of fascia and muscle runs up the back of the body from the sole of the foot to the brow, linking plantar fascia, calf, hamstrings, erector spinae and scalp.',
    links: [
      link({
        from: at('sole', 'same'),
        to: at('calf', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('plantar-fascia', 'same'), via('gastrocnemius', 'same')],
        explanation:
          'The plantar fascia and the Achilles tendon are connected around the back of the heel bone. This transition is one of those with good dissection evidence, which is why calf tightness and heel pain are often treated together.',
        evidence: 'moderate',
        citations: [wilke('superficial back line'), myers('superficial back line')],
        techniques: ['plantar-fascia-myofascial-release', 'ankle-articulatory'],
      }),
      link({
        from: at('calf', 'same'),
        to: at('posterior-thigh', 'same'),
        mechanism: 'myofascial-continuity',
        via: [
          via('gastrocnemius', 'same'),
          via('biceps-femoris', 'same'),
          via('semitendinosus', 'same'),
        ],
        explanation:
          'The heads of gastrocnemius attach just above the knee and interlock with the lower ends of the hamstrings. Dissection studies confirm this continuity; in vivo studies suggest that some tension can pass across it.',
        evidence: 'moderate',
        citations: [wilke('superficial back line'), cite('krause-2016-force-transmission')],
        techniques: ['hamstring-muscle-energy'],
      }),
      link({
        from: at('posterior-thigh', 'same'),
        to: at('sacrum', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('biceps-femoris', 'same')],
        explanation:
          'The long head of biceps femoris continues into the sacrotuberous ligament, which anchors on the sacrum. Hamstring tension can therefore pull on the pelvis and sacroiliac region.',
        evidence: 'moderate',
        citations: [wilke('superficial back line'), cite('krause-2016-force-transmission')],
        techniques: ['hamstring-muscle-energy', 'sacral-balanced-ligamentous'],
      }),
      link({
        from: at('sacrum', 'midline'),
        to: at('lumbar-spine', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [
          via('erector-spinae', 'same'),
          via('erector-spinae', 'opposite'),
          via('thoracolumbar-fascia', 'midline'),
        ],
        explanation:
          'From the sacrotuberous ligament the line continues into the sacral fascia and the erector spinae, which climb the whole length of the spine.',
        evidence: 'moderate',
        citations: [wilke('superficial back line'), myers('superficial back line')],
        techniques: ['thoracolumbar-myofascial-release', 'paraspinal-soft-tissue'],
      }),
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('thoracic-spine', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('erector-spinae', 'same'), via('erector-spinae', 'opposite')],
        explanation:
          'The erector spinae columns span the lumbar and thoracic spine as overlapping layers of muscle and tendon.',
        evidence: 'moderate',
        citations: [myers('superficial back line'), wilke('superficial back line')],
        techniques: ['paraspinal-soft-tissue'],
      }),
      link({
        from: at('thoracic-spine', 'midline'),
        to: at('cervical-spine', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('erector-spinae', 'same'), via('splenius-capitis', 'same')],
        explanation:
          'In the neck the line continues in the upper erector spinae and the deep neck extensors towards the skull.',
        evidence: 'limited',
        citations: [myers('superficial back line')],
        techniques: ['cervical-soft-tissue'],
      }),
      link({
        from: at('cervical-spine', 'midline'),
        to: at('occiput', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('suboccipitals', 'same'), via('suboccipitals', 'opposite')],
        explanation:
          'The extensors attach along the occipital ridge, where the scalp fascia (galea) begins.',
        evidence: 'limited',
        citations: [myers('superficial back line')],
        techniques: ['suboccipital-release'],
      }),
      link({
        from: at('occiput', 'midline'),
        to: at('forehead', 'midline'),
        mechanism: 'myofascial-continuity',
        explanation:
          'The galea aponeurotica carries the line over the skull to the brow ridge. Clinicians use this line to explain why hamstring or calf work may change neck range of motion; trials of such remote effects are small and of low quality.',
        evidence: 'limited',
        citations: [myers('superficial back line'), cite('burk-2020-remote-myofascial')],
        techniques: ['cv4'],
      }),
    ],
    conditions: ['low-back-pain', 'plantar-fasciitis', 'tension-headache'],
    tags: ['anatomy trains', 'fascia'],
  }),
  chain({
    id: 'superficial-front-line',
    title: 'Superficial front line: top of the foot → shin → thigh → abdomen → neck',
    summary:
      'A proposed line running up the front of the body from the toe extensors through the quadriceps and rectus abdominis to the sternocleidomastoid. No dissection study has verified its transitions.',
    links: [
      link({
        from: at('foot', 'same'),
        to: at('shin', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('tibialis-anterior', 'same')],
        explanation:
          'The line starts with the toe extensors and tibialis anterior on the top of the foot and front of the shin.',
        evidence: 'expert-opinion',
        citations: [myers('superficial front line'), wilke('superficial front line')],
        techniques: ['ankle-articulatory'],
      }),
      link({
        from: at('shin', 'same'),
        to: at('knee', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('tibialis-anterior', 'same')],
        explanation:
          'It is said to continue through the fascia over the tibia to the patellar tendon.',
        evidence: 'expert-opinion',
        citations: [myers('superficial front line')],
        techniques: ['knee-blt'],
      }),
      link({
        from: at('knee', 'same'),
        to: at('thigh', 'same'),
        mechanism: 'myofascial-continuity',
        via: [
          via('rectus-femoris', 'same'),
          via('vastus-medialis', 'same'),
          via('vastus-lateralis', 'same'),
        ],
        explanation:
          'The patella and its tendon link the shin to the quadriceps on the front of the thigh.',
        evidence: 'expert-opinion',
        citations: [myers('superficial front line')],
      }),
      link({
        from: at('thigh', 'same'),
        to: at('hypogastrium', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('rectus-femoris', 'same'), via('rectus-abdominis', 'same')],
        explanation:
          'Rectus femoris attaches at the front of the pelvis and rectus abdominis at the pubic bone nearby; the line proposes a fascial connection between them. The review found no study confirming this transition.',
        evidence: 'expert-opinion',
        citations: [wilke('superficial front line'), myers('superficial front line')],
      }),
      link({
        from: at('hypogastrium', 'midline'),
        to: at('sternum', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('rectus-abdominis', 'same'), via('rectus-abdominis', 'opposite')],
        explanation: 'Rectus abdominis runs from the pubis to the lower ribs and sternum.',
        evidence: 'expert-opinion',
        citations: [myers('superficial front line')],
      }),
      link({
        from: at('sternum', 'midline'),
        to: at('anterior-neck', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('sternocleidomastoid', 'same')],
        explanation:
          'From the sternal fascia the line ends in the sternocleidomastoid, which reaches the mastoid process behind the ear. Its clinical use is speculative.',
        evidence: 'expert-opinion',
        citations: [myers('superficial front line'), wilke('superficial front line')],
        techniques: ['cervical-soft-tissue'],
      }),
    ],
    tags: ['anatomy trains', 'fascia'],
  }),
  chain({
    id: 'lateral-line',
    title: 'Lateral line: outer ankle → outer leg → iliotibial band → trunk side → neck',
    summary:
      'A line along the side of the body from the fibular muscles through the iliotibial band and the obliques to the side of the neck; only some of its links have anatomical support.',
    links: [
      link({
        from: at('ankle', 'same'),
        to: at('shin', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('fibularis', 'same')],
        explanation:
          'The fibular (peroneal) muscles run from the outer foot behind the outer ankle bone up the outer leg.',
        evidence: 'limited',
        citations: [myers('lateral line'), wilke('lateral line')],
        techniques: ['ankle-articulatory'],
      }),
      link({
        from: at('shin', 'same'),
        to: at('thigh', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('fibularis', 'same'), via('iliotibial-band', 'same')],
        explanation:
          'At the fibular head and the outer knee, the fibular fascia meets the lower end of the iliotibial band.',
        evidence: 'limited',
        citations: [wilke('lateral line'), myers('lateral line')],
        techniques: ['knee-blt'],
      }),
      link({
        from: at('thigh', 'same'),
        to: at('hip', 'same'),
        mechanism: 'myofascial-continuity',
        via: [
          via('iliotibial-band', 'same'),
          via('tensor-fasciae-latae', 'same'),
          via('gluteus-maximus', 'same'),
        ],
        explanation:
          'The iliotibial band is the shared tendon of tensor fasciae latae and part of gluteus maximus, so it carries hip control down to the knee.',
        evidence: 'limited',
        citations: [myers('lateral line'), cite('powers-2010-hip-knee')],
        techniques: ['hip-articulatory', 'gluteal-soft-tissue'],
      }),
      link({
        from: at('hip', 'same'),
        to: at('flank', 'same'),
        mechanism: 'myofascial-continuity',
        via: [
          via('external-oblique', 'same'),
          via('internal-oblique', 'same'),
          via('quadratus-lumborum', 'same'),
        ],
        explanation:
          'Above the iliac crest the line continues in the lateral abdominal obliques and quadratus lumborum, which side-bend the trunk.',
        evidence: 'limited',
        citations: [myers('lateral line'), wilke('lateral line')],
        techniques: ['lumbar-counterstrain'],
      }),
      link({
        from: at('flank', 'same'),
        to: at('chest', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('external-oblique', 'same'), via('serratus-anterior', 'same')],
        explanation:
          'Along the ribs the line follows the intercostal layers, in a basket-weave pattern up the side of the chest.',
        evidence: 'limited',
        citations: [myers('lateral line')],
        techniques: ['rib-raising'],
      }),
      link({
        from: at('chest', 'same'),
        to: at('anterior-neck', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('sternocleidomastoid', 'same'), via('splenius-capitis', 'same')],
        explanation:
          'It ends in the sternocleidomastoid and splenius capitis, which attach around the mastoid. The review found only about two of five lateral-line transitions supported, so its use to explain pain is speculative.',
        evidence: 'limited',
        citations: [wilke('lateral line'), myers('lateral line')],
        techniques: ['cervical-soft-tissue'],
      }),
    ],
    conditions: ['chronic-ankle-instability', 'patellofemoral-pain'],
    tags: ['anatomy trains', 'fascia'],
  }),
  chain({
    id: 'spiral-line',
    title: 'Spiral line: skull → opposite shoulder blade → abdomen → hip → foot arch',
    summary:
      'A double helix around the trunk and leg, linking the neck and one shoulder blade to the opposite abdominal wall, hip and foot arch; about half of its transitions have dissection support.',
    links: [
      link({
        from: at('occiput', 'midline'),
        to: at('thoracic-spine', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('splenius-capitis', 'same'), via('rhomboids', 'opposite')],
        explanation:
          'Splenius capitis runs from the skull down to the upper thoracic spines, where its fascia is continuous with the rhomboids of the opposite side.',
        evidence: 'limited',
        citations: [myers('spiral line'), wilke('spiral line')],
        techniques: ['cervical-soft-tissue', 'paraspinal-soft-tissue'],
      }),
      link({
        from: at('thoracic-spine', 'midline'),
        to: at('chest', 'opposite'),
        mechanism: 'myofascial-continuity',
        via: [via('rhomboids', 'opposite'), via('serratus-anterior', 'opposite')],
        explanation:
          'The rhomboids and serratus anterior both attach along the inner border of the shoulder blade and together form one sling around the chest wall.',
        evidence: 'limited',
        citations: [wilke('spiral line'), myers('spiral line')],
        techniques: ['rib-raising'],
      }),
      link({
        from: at('chest', 'opposite'),
        to: at('umbilical', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [
          via('serratus-anterior', 'opposite'),
          via('external-oblique', 'opposite'),
          via('internal-oblique', 'same'),
        ],
        explanation:
          "Serratus anterior interdigitates with the external oblique on the lower ribs, which crosses via the abdominal aponeurosis to the internal oblique of the other side. Dissection studies support about half of the spiral line's transitions.",
        evidence: 'limited',
        citations: [wilke('spiral line'), myers('spiral line')],
      }),
      link({
        from: at('umbilical', 'midline'),
        to: at('hip', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('internal-oblique', 'same'), via('tensor-fasciae-latae', 'same')],
        explanation:
          'From the iliac crest the line passes into tensor fasciae latae at the front of the hip.',
        evidence: 'limited',
        citations: [myers('spiral line'), wilke('spiral line')],
        techniques: ['hip-articulatory'],
      }),
      link({
        from: at('hip', 'same'),
        to: at('knee', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('tensor-fasciae-latae', 'same'), via('iliotibial-band', 'same')],
        explanation: 'The iliotibial band carries it down the outer thigh to the lateral tibia.',
        evidence: 'limited',
        citations: [myers('spiral line')],
        techniques: ['knee-blt'],
      }),
      link({
        from: at('knee', 'same'),
        to: at('shin', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('tibialis-anterior', 'same')],
        explanation:
          'Below the knee the line follows tibialis anterior down the front of the shin.',
        evidence: 'limited',
        citations: [myers('spiral line'), wilke('spiral line')],
      }),
      link({
        from: at('shin', 'same'),
        to: at('sole', 'same'),
        mechanism: 'myofascial-continuity',
        via: [via('tibialis-anterior', 'same'), via('fibularis', 'same')],
        explanation:
          'Tibialis anterior and fibularis longus attach close together under the inner arch, forming a "stirrup" that supports the arch. Whether the whole helix influences pain is unproven.',
        evidence: 'limited',
        citations: [myers('spiral line'), wilke('spiral line')],
        techniques: ['ankle-blt', 'plantar-fascia-myofascial-release'],
      }),
    ],
    tags: ['anatomy trains', 'fascia', 'rotation'],
  }),
  chain({
    id: 'back-functional-line',
    title: 'Back functional line: arm → low back → opposite buttock → opposite knee',
    summary:
      'Latissimus dorsi on one side connects through the thoracolumbar fascia to gluteus maximus and vastus lateralis on the other side, linking the arm to the opposite leg.',
    links: [
      link({
        from: at('upper-arm', 'same'),
        to: at('lumbar-spine', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('latissimus-dorsi', 'same'), via('thoracolumbar-fascia', 'midline')],
        explanation:
          'Latissimus dorsi inserts on the upper humerus and arises through a broad aponeurosis from the thoracolumbar fascia. Dissection studies verify this transition.',
        evidence: 'moderate',
        citations: [wilke('back functional line'), cite('willard-2012-thoracolumbar-fascia')],
        techniques: ['thoracolumbar-myofascial-release', 'spencer-shoulder'],
      }),
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('buttock', 'opposite'),
        mechanism: 'myofascial-continuity',
        via: [via('thoracolumbar-fascia', 'midline'), via('gluteus-maximus', 'opposite')],
        explanation:
          'Across the sacrum the fibres continue into gluteus maximus of the opposite side. Studies of force transfer suggest tension can pass across this junction, which underlies the posterior oblique sling used in walking and throwing. The sling chain states the same relation from the hip upwards and carries the same level: both grade the dissection and force-transfer evidence for the continuity, not a proven path for pain.',
        evidence: 'moderate',
        citations: [wilke('back functional line'), cite('krause-2016-force-transmission')],
        techniques: ['gluteal-soft-tissue', 'sacral-balanced-ligamentous'],
      }),
      link({
        from: at('buttock', 'opposite'),
        to: at('knee', 'opposite'),
        mechanism: 'myofascial-continuity',
        via: [via('gluteus-maximus', 'opposite'), via('vastus-lateralis', 'opposite')],
        explanation:
          'Gluteus maximus attaches on the femur next to vastus lateralis, which reaches the knee through the patellar tendon. The anatomy is well supported; its role in pain is a hypothesis.',
        evidence: 'moderate',
        citations: [wilke('back functional line'), myers('back functional line')],
        techniques: ['knee-blt'],
      }),
    ],
    conditions: ['low-back-pain'],
    tags: ['anatomy trains', 'fascia', 'sling'],
  }),
  chain({
    id: 'front-functional-line',
    title: 'Front functional line: chest → abdomen → opposite groin and thigh',
    summary:
      'Lower fibres of pectoralis major link through the rectus sheath and pubis to the adductors of the opposite thigh.',
    links: [
      link({
        from: at('upper-arm', 'same'),
        to: at('umbilical', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('pectoralis-major', 'same'), via('rectus-abdominis', 'same')],
        explanation:
          'The lowest fibres of pectoralis major blend with the sheath of rectus abdominis over the lower ribs. Dissection studies verify this transition.',
        evidence: 'moderate',
        citations: [wilke('front functional line'), myers('front functional line')],
      }),
      link({
        from: at('umbilical', 'midline'),
        to: at('groin', 'opposite'),
        mechanism: 'myofascial-continuity',
        via: [via('rectus-abdominis', 'same'), via('adductors', 'opposite')],
        explanation:
          'The rectus sheath attaches at the pubis, where fibres cross to adductor longus of the opposite side. Studies found at most a slight force transfer across this junction.',
        evidence: 'moderate',
        citations: [wilke('front functional line'), cite('krause-2016-force-transmission')],
        techniques: ['iliopsoas-counterstrain'],
      }),
      link({
        from: at('groin', 'opposite'),
        to: at('thigh', 'opposite'),
        mechanism: 'myofascial-continuity',
        via: [via('adductors', 'opposite')],
        explanation:
          'Adductor longus runs down the inner thigh to the back of the femur. The line is used to reason about groin pain in kicking and throwing sports.',
        evidence: 'moderate',
        citations: [myers('front functional line'), wilke('front functional line')],
        techniques: ['hip-articulatory'],
      }),
    ],
    tags: ['anatomy trains', 'fascia', 'sling'],
  }),
];
