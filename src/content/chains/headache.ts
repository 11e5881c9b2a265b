/** Headache patterns: neck joints and muscles, jaw and sinuses referring pain into the head. */
import { at, chain, cite, link, via, type ChainInput } from './helpers';

const HEADACHE_RED_FLAGS = [
  'Sudden "thunderclap" headache reaching full intensity within a minute: emergency assessment for haemorrhage.',
  'Headache with fever, neck stiffness, rash or confusion: possible meningitis, emergency care.',
  'New neurological signs, papilloedema, headache worse on coughing or lying down, or a new headache after age 50: investigate before treating.',
];

export const headacheChains: ChainInput[] = [
  chain({
    id: 'lumbar-to-neck-to-headache',
    title: 'Lumbar spine → neck tension → headache',
    summary:
      'Osteopaths often find that a stiff or painful low back is compensated higher up, loading the neck muscles that can in turn refer pain into the head.',
    links: [
      link({
        from: at('lumbar-spine', 'midline'),
        to: at('cervical-spine', 'midline'),
        mechanism: 'somatic-dysfunction',
        via: [
          via('erector-spinae', 'same'),
          via('erector-spinae', 'opposite'),
          via('thoracolumbar-fascia', 'midline'),
          via('trapezius', 'same'),
        ],
        explanation:
          'When one part of the spine moves poorly, neighbouring and distant regions are thought to adapt to keep the head level and the eyes horizontal, so the neck may take up the slack. The erector spinae and their fascia run continuously from the sacrum to the skull, which makes such a link anatomically plausible. This is a regional-interdependence idea drawn from clinical observation; it has not been tested directly for headache.',
        evidence: 'expert-opinion',
        citations: [
          cite('sueki-2013-regional-interdependence'),
          cite('myers-anatomy-trains', 'Standard text (not read): superficial back line'),
        ],
        techniques: [
          'lumbar-roll-hvla',
          'thoracolumbar-myofascial-release',
          'paraspinal-soft-tissue',
        ],
      }),
      link({
        from: at('cervical-spine', 'midline'),
        to: at('occiput', 'midline'),
        mechanism: 'convergence-referral',
        via: [
          via('suboccipitals', 'same'),
          via('splenius-capitis', 'same'),
          via('trapezius', 'same'),
        ],
        explanation:
          'Nerve fibres from the upper three cervical segments meet fibres of the trigeminal nerve in the same brainstem nucleus (the trigeminocervical nucleus). The brain cannot always tell which input is which, so tense upper neck muscles and joints are felt as headache at the back of the head and sometimes the forehead.',
        evidence: 'moderate',
        citations: [cite('bogduk-govind-2009'), cite('fernandez-2015-myofascial-head-pain')],
        techniques: ['suboccipital-release', 'cervical-soft-tissue', 'cervical-muscle-energy'],
      }),
    ],
    conditions: ['tension-headache', 'cervicogenic-headache', 'neck-pain', 'low-back-pain'],
    redFlags: HEADACHE_RED_FLAGS,
    tags: ['headache', 'regional interdependence'],
  }),
  chain({
    id: 'cervicogenic-headache',
    title: 'Upper cervical joints → head (cervicogenic headache)',
    summary:
      'Pain from the upper neck joints is referred to the back of the head and can spread to the forehead and around the eye on the same side.',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('occiput', 'midline'),
        mechanism: 'convergence-referral',
        via: [via('suboccipitals', 'same'), via('splenius-capitis', 'same')],
        explanation:
          'The atlanto-occipital, atlanto-axial and C2–C3 joints are supplied by the C1 to C3 nerves, which converge with trigeminal afferents in the trigeminocervical nucleus. Experimental stimulation of these joints in volunteers produced head pain, and anaesthetic blocks of them can abolish cervicogenic headache. Clinical signs alone diagnose it poorly.',
        evidence: 'moderate',
        citations: [
          cite('bogduk-govind-2009'),
          cite('ichd-3-2018', '11.2.1 Cervicogenic headache'),
        ],
        techniques: [
          'suboccipital-release',
          'cervical-hvla',
          'cervical-muscle-energy',
          'cervical-fpr',
        ],
      }),
      link({
        from: at('occiput', 'midline'),
        to: at('orbit', 'same'),
        mechanism: 'convergence-referral',
        explanation:
          'Because the convergent neurons also receive input from the ophthalmic branch of the trigeminal nerve, the same neck source can be felt further forward, over the forehead and around the eye. The pain usually stays on one side and is provoked by neck movement or sustained postures.',
        evidence: 'moderate',
        citations: [
          cite('bogduk-govind-2009'),
          cite('ichd-3-2018', '11.2.1 Cervicogenic headache'),
        ],
        techniques: ['suboccipital-release', 'cervical-soft-tissue'],
      }),
    ],
    conditions: ['cervicogenic-headache', 'neck-pain'],
    redFlags: [
      ...HEADACHE_RED_FLAGS,
      'Neck pain with headache after trauma or sudden onset with dizziness, double vision or speech disturbance: consider vertebral artery dissection; no cervical manipulation.',
    ],
    tags: ['headache'],
  }),
  chain({
    id: 'suboccipital-headache',
    title: 'Suboccipital muscles → head',
    summary:
      'Trigger points in the small muscles under the skull refer a deep band-like ache from the back of the head towards the temple and eye.',
    links: [
      link({
        from: at('occiput', 'midline'),
        to: at('temple', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('suboccipitals', 'same')],
        explanation:
          'The suboccipital muscles are supplied by C1, whose input converges with the trigeminal system, so irritated points in them are felt as head pain rather than neck pain. Patients often describe a band from the back of the head to the side of the head. In children with chronic tension-type headache, suboccipital trigger points produced the largest referred pain areas of the muscles tested.',
        evidence: 'limited',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): suboccipital muscles chapter'),
          cite('fernandez-2011-children-ctth'),
          cite('fernandez-2015-myofascial-head-pain'),
        ],
        techniques: ['suboccipital-release', 'cervical-fpr', 'cv4'],
      }),
      link({
        from: at('temple', 'same'),
        to: at('orbit', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('suboccipitals', 'same')],
        explanation:
          'The referred band can continue forward to behind the eye, which is why this pattern is easily confused with migraine or eye strain. Trigger-point referral maps come from clinical mapping and injection studies; how reliably examiners can find the points is limited.',
        evidence: 'limited',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): suboccipital muscles chapter'),
          cite('fernandez-2015-myofascial-head-pain'),
        ],
        techniques: ['suboccipital-release'],
      }),
    ],
    conditions: ['tension-headache', 'migraine', 'cervicogenic-headache'],
    redFlags: HEADACHE_RED_FLAGS,
    tags: ['headache', 'trigger point'],
  }),
  chain({
    id: 'upper-trapezius-headache',
    title: 'Upper trapezius → neck → temple',
    summary:
      'A trigger point in the upper trapezius refers pain up the side of the neck, behind the ear and into the temple, in a "question mark" shape.',
    links: [
      link({
        from: at('shoulder', 'same'),
        to: at('cervical-spine', 'midline'),
        mechanism: 'myofascial-trigger-point',
        via: [via('trapezius', 'same')],
        explanation:
          'The free upper border of trapezius, between neck and shoulder, is one of the most common places to find a trigger point. Its referred pain climbs the back and side of the neck on the same side. Sustained shoulder elevation, stress and desk posture are typical perpetuating factors.',
        evidence: 'limited',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): trapezius chapter'),
          cite('fernandez-2007-trapezius-ctth'),
        ],
        techniques: ['cervical-soft-tissue', 'cervical-muscle-energy'],
      }),
      link({
        from: at('cervical-spine', 'midline'),
        to: at('temple', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('trapezius', 'same')],
        explanation:
          'The referral continues behind the ear to the temple. In a controlled study, pressing upper trapezius trigger points reproduced the usual headache in almost half of people with chronic tension-type headache, and the referral reached the temple only in patients, not in controls.',
        evidence: 'limited',
        citations: [
          cite('fernandez-2007-trapezius-ctth'),
          cite('travell-simons-2019', 'Standard text (not read): trapezius chapter'),
        ],
        techniques: ['cervical-soft-tissue', 'cervical-fpr'],
      }),
    ],
    conditions: ['tension-headache', 'neck-pain'],
    redFlags: HEADACHE_RED_FLAGS,
    tags: ['headache', 'trigger point'],
  }),
  chain({
    id: 'sternocleidomastoid-headache',
    title: 'Sternocleidomastoid → eye and forehead',
    summary:
      'Trigger points in the sternocleidomastoid refer pain to the face, around the eye and across the forehead, often without any neck pain.',
    links: [
      link({
        from: at('anterior-neck', 'midline'),
        to: at('orbit', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('sternocleidomastoid', 'same')],
        explanation:
          'The sternal division of the sternocleidomastoid refers pain to the cheek, around and behind the eye and to the back of the head. Because the muscle itself is seldom painful, the headache is easily blamed on the eye or sinuses.',
        evidence: 'limited',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): sternocleidomastoid chapter'),
          cite('fernandez-2015-myofascial-head-pain'),
        ],
        techniques: ['cervical-soft-tissue', 'cervical-fpr'],
      }),
      link({
        from: at('orbit', 'same'),
        to: at('forehead', 'midline'),
        mechanism: 'myofascial-trigger-point',
        via: [via('sternocleidomastoid', 'same')],
        explanation:
          'The clavicular division refers to the forehead, sometimes across the midline, and to the ear. Sternocleidomastoid trigger points have been reported in tension-type headache and migraine; their diagnostic reliability is modest.',
        evidence: 'limited',
        citations: [
          cite('travell-simons-2019', 'Standard text (not read): sternocleidomastoid chapter'),
          cite('fernandez-2015-myofascial-head-pain'),
        ],
        techniques: ['cervical-soft-tissue'],
      }),
    ],
    conditions: ['tension-headache', 'migraine'],
    redFlags: HEADACHE_RED_FLAGS,
    tags: ['headache', 'trigger point'],
  }),
  chain({
    id: 'splenius-capitis-headache',
    title: 'Splenius capitis → top of the head',
    summary:
      'A trigger point in splenius capitis refers pain to the top of the head on the same side.',
    links: [
      link({
        from: at('cervical-spine', 'midline'),
        to: at('cranium', 'midline'),
        mechanism: 'myofascial-trigger-point',
        via: [via('splenius-capitis', 'same')],
        explanation:
          'Splenius capitis runs from the lower neck and upper thoracic spines to the mastoid and the back of the skull. Its trigger point, usually near the top of the neck, refers pain to the vertex. Whiplash and sustained forward-head posture are commonly described triggers.',
        evidence: 'expert-opinion',
        citations: [
          cite(
            'travell-simons-2019',
            'Standard text (not read): splenius capitis and cervicis chapter',
          ),
        ],
        techniques: ['cervical-soft-tissue', 'cervical-fpr', 'cervical-muscle-energy'],
      }),
    ],
    conditions: ['tension-headache', 'cervicogenic-headache'],
    redFlags: HEADACHE_RED_FLAGS,
    tags: ['headache', 'trigger point'],
  }),
  chain({
    id: 'temporomandibular-headache',
    title: 'Jaw joint and chewing muscles → temple and face',
    summary:
      'A painful jaw joint and overworked chewing muscles refer pain to the temple, cheek and ear; ICHD-3 recognises headache attributed to temporomandibular disorder.',
    links: [
      link({
        from: at('tmj', 'same'),
        to: at('temple', 'same'),
        mechanism: 'myofascial-trigger-point',
        via: [via('temporalis', 'same'), via('masseter', 'same'), via('lateral-pterygoid', 'same')],
        explanation:
          'Temporalis trigger points refer to the temple, eyebrow and upper teeth; masseter ones to the cheek, jaw, ear and eyebrow. Clenching, grinding and jaw-joint dysfunction keep these muscles loaded, and the pain is felt through the trigeminal nerve as headache. The headache typically worsens with chewing or jaw movement.',
        evidence: 'limited',
        citations: [
          cite('ichd-3-2018', '11.7 Headache attributed to temporomandibular disorder'),
          cite('travell-simons-2019', 'Standard text (not read): masticatory muscle chapters'),
          cite('cuccia-2010-tmd'),
        ],
        techniques: ['tmj-muscle-energy', 'cervical-soft-tissue', 'cv4'],
      }),
      link({
        from: at('temple', 'same'),
        to: at('face', 'midline'),
        mechanism: 'convergence-referral',
        via: [via('masseter', 'same')],
        explanation:
          'The jaw joint, chewing muscles, teeth and face all send their signals through the same trigeminal nucleus, so pain spreads across the cheek and may be mistaken for toothache or sinusitis.',
        evidence: 'limited',
        citations: [
          cite('ichd-3-2018', '11.7 Headache attributed to temporomandibular disorder'),
          cite('jin-2023-referred-pain'),
        ],
        techniques: ['tmj-muscle-energy'],
      }),
    ],
    conditions: ['temporomandibular-dysfunction', 'tension-headache'],
    redFlags: [
      'New jaw pain on chewing with temple tenderness or visual symptoms in someone over 50: consider giant cell arteritis, same-day medical assessment.',
      'Jaw pain brought on by exertion: consider angina.',
    ],
    tags: ['headache', 'jaw'],
  }),
  chain({
    id: 'paranasal-sinus-to-face',
    title: 'Paranasal sinuses → face and forehead',
    summary:
      'Inflamed sinuses are felt as pressure over the cheeks and forehead through the trigeminal nerve; many self-diagnosed "sinus headaches" are in fact migraine.',
    links: [
      link({
        from: at('paranasal-sinuses', 'midline'),
        to: at('face', 'midline'),
        mechanism: 'convergence-referral',
        explanation:
          'The sinus linings are supplied by branches of the trigeminal nerve, so swelling and blocked drainage are felt as pressure over the cheeks, around the nose and in the upper teeth. ICHD-3 accepts headache attributed to rhinosinusitis only when there is evidence of sinus disease and the headache follows it.',
        evidence: 'moderate',
        citations: [
          cite(
            'ichd-3-2018',
            '11.5 Headache attributed to disorder of the nose or paranasal sinuses',
          ),
          cite('standring-grays-2020', 'Standard text (not read)'),
        ],
        techniques: ['cv4', 'thoracic-inlet-myofascial-release'],
      }),
      link({
        from: at('face', 'midline'),
        to: at('forehead', 'midline'),
        mechanism: 'convergence-referral',
        explanation:
          'Frontal sinus involvement and the shared trigeminal pathway spread the pressure to the forehead. Migraine can produce the same frontal pain with nasal congestion through trigeminal-autonomic activation, which is why many "sinus headaches" are reclassified as migraine.',
        evidence: 'moderate',
        citations: [cite('ichd-3-2018'), cite('jin-2023-referred-pain')],
        techniques: ['cv4'],
      }),
    ],
    conditions: ['sinus-headache', 'sinus-disorder', 'migraine'],
    redFlags: [
      'Swelling or redness around the eye, double vision or reduced vision with sinusitis: possible orbital spread, emergency care.',
      'Severe headache with fever, neck stiffness or confusion: possible intracranial spread.',
    ],
    tags: ['headache', 'ENT'],
  }),
  chain({
    id: 'upper-thoracic-to-sinus-congestion',
    title: 'Thoracic inlet and upper thoracic spine → sinus congestion',
    summary:
      'Traditional osteopathic teaching links the thoracic inlet and upper thoracic segments to drainage and autonomic tone of the head and sinuses.',
    links: [
      link({
        from: at('thoracic-spine', 'midline'),
        to: at('anterior-neck', 'midline'),
        mechanism: 'somatic-dysfunction',
        via: [
          via('scalenes', 'same'),
          via('sternocleidomastoid', 'same'),
          via('pectoralis-minor', 'same'),
        ],
        explanation:
          'The lymph from the head drains through the neck into veins at the thoracic inlet, just behind the first ribs and collarbones. Osteopaths hold that tight fascia and restricted first ribs at this outlet impede drainage; this is a teaching model rather than a measured effect.',
        evidence: 'traditional',
        citations: [
          cite('rowane-2025-rhinosinusitis'),
          cite('standring-grays-2020', 'Standard text (not read): neck: lymphatic drainage'),
        ],
        techniques: ['thoracic-inlet-myofascial-release', 'rib-raising', 'thoracic-lymphatic-pump'],
      }),
      link({
        from: at('anterior-neck', 'midline'),
        to: at('paranasal-sinuses', 'midline'),
        mechanism: 'somatovisceral',
        explanation:
          'Sympathetic fibres to the head and nasal mucosa leave the upper thoracic cord and pass up through the neck, so treatment of these segments and of the neck is proposed to ease congestion. A small non-randomised study reported short-term symptom relief after an OMT sequence in chronic rhinosinusitis; controlled evidence is lacking.',
        evidence: 'limited',
        citations: [cite('rowane-2025-rhinosinusitis'), cite('beal-1985-viscerosomatic')],
        techniques: ['cv4', 'cervical-soft-tissue', 'suboccipital-release'],
      }),
    ],
    conditions: ['sinus-disorder', 'sinus-headache'],
    redFlags: [
      'Sinus symptoms with high fever, facial swelling or eye symptoms need medical treatment; OMT is only an adjunct.',
    ],
    tags: ['ENT', 'lymphatic'],
  }),
];
