/** Trunk relations: load transfer through the trunk, and spine–organ (somatovisceral) relations. */
import { at, chain, cite, link, via, type ChainInput } from './helpers';

export const trunkChains: ChainInput[] = [
  chain({
    id: 'core-instability-to-back-muscle-tension',
    title: 'Core instability → back muscle tension',
    summary:
      'When the deep abdominal muscles switch on late, the spine is braced by the large back muscles instead, which may keep them tense and tender.',
    links: [
      link({
        from: at('umbilical', 'midline'),
        to: at('lumbar-spine', 'midline'),
        mechanism: 'kinetic-chain',
        via: [
          via('transversus-abdominis', 'same'),
          via('transversus-abdominis', 'opposite'),
          via('thoracolumbar-fascia', 'midline'),
          via('multifidus', 'same'),
          via('erector-spinae', 'same'),
        ],
        explanation:
          'Transversus abdominis wraps the waist and pulls on the thoracolumbar fascia, helping to stiffen the lumbar spine before the arms or legs move. In people with low back pain this muscle switched on later than in people without pain. A common interpretation is that the superficial back muscles then guard the spine and stay overactive; this is plausible, but a systematic review found that changes in transversus activation during treatment were unrelated to changes in pain or disability.',
        evidence: 'limited',
        citations: [
          cite('hodges-1996-transversus'),
          cite('wong-2014-transversus-outcomes'),
          cite('willard-2012-thoracolumbar-fascia'),
        ],
        techniques: [
          'thoracolumbar-myofascial-release',
          'paraspinal-soft-tissue',
          'lumbar-counterstrain',
          'lumbar-functional',
          'neuromuscular-muscle-testing',
        ],
      }),
    ],
    conditions: ['low-back-pain'],
    redFlags: [
      'Back pain with fever, unexplained weight loss, a history of cancer or night pain: investigate for serious pathology.',
    ],
    tags: ['core', 'motor control'],
  }),
  chain({
    id: 'posterior-oblique-sling',
    title: 'Hip → opposite shoulder (posterior oblique sling)',
    summary:
      'Gluteus maximus on one side and latissimus dorsi on the other side pull on the same thoracolumbar fascia, linking a hip to the opposite shoulder.',
    links: [
      link({
        from: at('hip', 'same'),
        to: at('lumbar-spine', 'midline'),
        mechanism: 'myofascial-continuity',
        via: [via('gluteus-maximus', 'same'), via('thoracolumbar-fascia', 'midline')],
        explanation:
          'Upper fibres of gluteus maximus blend into the posterior layer of the thoracolumbar fascia over the sacrum and lower lumbar spine. When the hip extends during walking, this pull tenses the fascia and helps stiffen the sacroiliac joint and low back. The level grades this anatomical continuity, the same relation the back functional line states and graded the same there; that a restricted or weak hip changes the load on the low back is a clinical inference it does not prove.',
        evidence: 'moderate',
        citations: [
          cite('willard-2012-thoracolumbar-fascia'),
          cite('krause-2016-force-transmission'),
        ],
        techniques: ['hip-articulatory', 'gluteal-soft-tissue', 'thoracolumbar-myofascial-release'],
      }),
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('shoulder', 'opposite'),
        mechanism: 'myofascial-continuity',
        via: [via('thoracolumbar-fascia', 'midline'), via('latissimus-dorsi', 'opposite')],
        explanation:
          'Latissimus dorsi arises from the same fascia and crosses to the opposite side of the body, so the fibres of the gluteus maximus on one side and the latissimus dorsi on the other line up across the back. Cadaver and in-vivo studies show that tension can pass across this junction, which is why gait, throwing and trunk rotation couple one hip with the opposite shoulder. This is the back functional line read from the hip upwards, so it carries the same level, which grades the dissection and force-transfer evidence for the continuity; whether it explains shoulder pain in a given patient is unproven.',
        evidence: 'moderate',
        citations: [
          cite('krause-2016-force-transmission'),
          cite('wilke-2016-myofascial-chains'),
          cite('myers-anatomy-trains', 'Standard text (not read): back functional line'),
        ],
        techniques: ['thoracolumbar-myofascial-release', 'spencer-shoulder'],
      }),
    ],
    conditions: ['low-back-pain'],
    tags: ['gait', 'sling', 'back functional line'],
  }),
  chain({
    id: 'rib-dysfunction-to-breathing',
    title: 'Thoracic spine and ribs → breathing (asthma)',
    summary:
      'Stiff upper thoracic segments and ribs may limit chest expansion, and the same segments carry the sympathetic nerves to the lungs; osteopaths treat them to support breathing.',
    links: [
      link({
        from: at('thoracic-spine', 'midline'),
        to: at('chest', 'same'),
        mechanism: 'somatic-dysfunction',
        via: [
          via('erector-spinae', 'same'),
          via('scalenes', 'same'),
          via('pectoralis-minor', 'same'),
          via('serratus-anterior', 'same'),
        ],
        explanation:
          'Each rib moves at joints with the thoracic vertebrae, so stiff segments and tight accessory breathing muscles (scalenes, pectoralis minor) reduce rib excursion. During asthma attacks these accessory muscles work hard and the chest wall often becomes tender and stiff. This local mechanical link is plausible, but it is a clinical observation rather than a tested finding.',
        evidence: 'expert-opinion',
        citations: [
          cite('beal-1985-viscerosomatic'),
          cite('standring-grays-2020', 'Standard text (not read): thorax chapters'),
        ],
        techniques: [
          'rib-raising',
          'supine-thoracic-hvla',
          'scalene-counterstrain',
          'thoracic-inlet-myofascial-release',
        ],
      }),
      link({
        from: at('chest', 'same'),
        to: at('lungs', 'midline'),
        mechanism: 'somatovisceral',
        via: [via('diaphragm', 'midline')],
        explanation:
          'Sympathetic nerves to the airways leave the upper thoracic spinal cord, so osteopathic theory holds that treating these segments can calm reflex activity to the lungs. Trials have not confirmed a clinically useful effect: a Cochrane review found insufficient evidence for manual therapy in asthma, and a pediatric trial of rib raising saw no significant change in lung function. OMT is therefore at most an adjunct to standard asthma care.',
        evidence: 'limited',
        citations: [
          cite('hondras-2005-asthma-cochrane'),
          cite('jones-2021-omt-pediatric-asthma'),
          cite('cicchitti-2015-cid-osteopathy'),
        ],
        techniques: ['rib-raising', 'thoracic-lymphatic-pump', 'diaphragm-release'],
      }),
    ],
    conditions: ['asthma'],
    redFlags: [
      'Breathless at rest, unable to finish sentences, cyanosis, drowsiness or a quiet chest: acute severe asthma, call emergency services.',
      'Never replace inhaled medication with manual treatment.',
    ],
    tags: ['respiratory'],
  }),
  chain({
    id: 'lumbosacral-to-menstrual-pain',
    title: 'Lumbosacral spine → pelvic organs (menstrual pain)',
    summary:
      'The low back, sacrum and uterus share spinal segments, so lumbosacral dysfunction is proposed to influence, or mimic, menstrual pain.',
    links: [
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('sacrum', 'midline'),
        mechanism: 'somatic-dysfunction',
        via: [
          via('thoracolumbar-fascia', 'midline'),
          via('multifidus', 'same'),
          via('quadratus-lumborum', 'same'),
        ],
        explanation:
          'Restricted lumbar and sacroiliac joints and tight lumbopelvic muscles produce aching across the low back and sacrum. Musculoskeletal pain from this area can feel like gynaecological pain and can even vary with the menstrual cycle, which makes the two hard to separate.',
        evidence: 'expert-opinion',
        citations: [
          cite('proctor-2006-dysmenorrhoea-cochrane'),
          cite('sueki-2013-regional-interdependence'),
        ],
        techniques: ['lumbar-roll-hvla', 'sacral-balanced-ligamentous', 'innominate-muscle-energy'],
      }),
      link({
        from: at('sacrum', 'midline'),
        to: at('uterus', 'midline'),
        mechanism: 'somatovisceral',
        explanation:
          'The uterus receives sympathetic fibres from about T10 to L1 and parasympathetic fibres from S2 to S4, the same segments that supply the low back and sacrum. One hypothesis is that spinal dysfunction alters this autonomic supply and pelvic blood flow. A Cochrane review found no evidence that spinal manipulation is more effective than a sham for dysmenorrhoea, so this link is unproven.',
        evidence: 'limited',
        citations: [cite('proctor-2006-dysmenorrhoea-cochrane'), cite('beal-1985-viscerosomatic')],
        techniques: ['sacral-balanced-ligamentous', 'lumbar-functional', 'mesenteric-release'],
      }),
    ],
    conditions: ['menstrual-pain', 'low-back-pain'],
    redFlags: [
      'Severe one-sided pelvic pain with a missed period or positive pregnancy test: possible ectopic pregnancy, emergency care.',
      'Pelvic pain with fever or abnormal discharge, or new painful periods starting later in life: investigate for secondary causes.',
    ],
    tags: ['pelvis', "women's health"],
  }),
];
